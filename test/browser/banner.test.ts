import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import type { APIRequestContext, Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { BANNER_FILE, buildBanner } from '../../web/banner/build.mjs';
import { unexpectedProblems } from '../helpers/admin-page.js';
import {
  adminApi,
  applyBannerRegister,
  createOrganisation,
  createSite,
  type FixtureSite,
  SITE_HOST,
  startFixtureSite,
} from '../helpers/banner-site.js';
import { describeWithBrowser, launchBrowser, openWatchedPage } from '../helpers/browser.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const axeSource = readFileSync(join(dirname(createRequire(import.meta.url).resolve('axe-core')), 'axe.min.js'), 'utf8');
const LANGUAGES = ['nl', 'fr', 'en', 'de'] as const;
type Lang = (typeof LANGUAGES)[number];
const ANALYTICS = 'analytics-cookies';
const MARKETING = 'marketing-cookies';

interface Texts {
  hash: string;
  title: string;
  acceptAll: string;
  rejectAll: string;
  choose: string;
  save: string;
  close: string;
  reopen: string;
}
interface Config {
  registerVersion: number;
  renewalDays: number;
  categories: { id: string; purposes: { id: string; hash: string }[] }[];
  texts: Record<Lang, Texts>;
}
interface ConsentPost {
  site: string;
  visitor: string;
  registerVersion: number;
  noticeHash: string;
  language: string;
  method: string;
  choices: Record<string, boolean>;
}

/** A page of the test website, with everything it sent and every problem it had. */
interface SitePage {
  page: Page;
  context: BrowserContext;
  problems: string[];
  /** Every URL the page (and its frames) requested. */
  requests: string[];
  /** The bodies of POST /api/consent, in order. */
  posts: ConsentPost[];
}

/** The element that has focus, looking into the banner's shadow root: "TAG text". */
const FOCUSED = `(() => {
  let a = document.activeElement;
  while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
  if (!a) return '';
  const modal = a.closest('[aria-modal="true"]') ? ' (in modal)' : '';
  return a.tagName + ' ' + (a.getAttribute('data-category') || a.textContent.trim()) + modal;
})()`;

/** The focused element's outline: visible focus (WCAG 2.4.7). */
const FOCUS_OUTLINE = `(() => {
  let a = document.activeElement;
  while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
  const s = getComputedStyle(a);
  return s.outlineStyle + ' ' + s.outlineWidth;
})()`;

/** The sum of layout shifts so far (Cumulative Layout Shift without session windows). */
const LAYOUT_SHIFT = `new Promise((done) => {
  let sum = 0;
  new PerformanceObserver((list) => { for (const e of list.getEntries()) sum += e.value; })
    .observe({ type: 'layout-shift', buffered: true });
  setTimeout(() => done(sum), 300);
})`;

/** Saves a picture of the banner, cut to `target` and a margin, under docs/images when DIJK_SCREENSHOTS=1. */
async function saveBannerScreenshot(page: Page, target: Locator, name: string): Promise<void> {
  if (process.env.DIJK_SCREENSHOTS !== '1') {
    return;
  }
  const file = join(ROOT, 'docs', 'images', name);
  mkdirSync(dirname(file), { recursive: true });
  await page.mouse.move(0, 0); // no hover look in the picture
  await page.waitForTimeout(300); // the entrance animation
  const box = await target.boundingBox();
  const margin = 16;
  const clip = box && {
    x: Math.max(0, box.x - margin),
    y: Math.max(0, box.y - margin),
    width: box.width + 2 * margin,
    height: box.height + 2 * margin,
  };
  await page.screenshot({ path: file, ...(clip ? { clip } : {}) });
}

describeWithBrowser('cookie banner on a website of another origin, against the real Dijk server', () => {
  let server: TestServer;
  let browser: Browser;
  let site: FixtureSite;
  let api: APIRequestContext;
  let siteKey = '';
  let config: Config;
  let dijk = '';

  beforeAll(async () => {
    // The server serves web/banner/dist: a missing or stale build would test old code, so say so plainly.
    const fresh = await buildBanner({ write: false });
    if (!existsSync(BANNER_FILE) || !fresh.equals(readFileSync(BANNER_FILE))) {
      throw new Error('web/banner/dist is missing or older than web/banner/src: run `npm run build` first.');
    }
    server = await startTestServer();
    dijk = new URL(server.url).origin;
    site = await startFixtureSite(server.url);
    api = await adminApi(server);
    await createOrganisation(api);
    await applyBannerRegister(api);
    siteKey = await createSite(api, site.origin);
    site.setSiteKey(siteKey);
    config = await loadConfig();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await api?.dispose();
    await site?.close();
    await server?.close();
  });

  async function loadConfig(): Promise<Config> {
    const res = await api.get(`/api/consent/config?site=${siteKey}`, { headers: { origin: site.origin } });
    expect(res.status(), await res.text()).toBe(200);
    return (await res.json()) as Config;
  }

  /** Opens a context that may reach only the website and Dijk, and records what the page sends. */
  async function openSite(options: { locale?: string; gpc?: boolean } = {}): Promise<SitePage> {
    const watched = await openWatchedPage(browser, site.origin, {
      ...(options.locale ? { locale: options.locale } : {}),
      viewport: { width: 1024, height: 640 },
    });
    const { context } = watched;
    // Registered after openWatchedPage's own route, so it runs first: Dijk is the one other origin allowed.
    await context.route('**/*', async (route) => {
      if (new URL(route.request().url()).origin === dijk) {
        await route.continue();
      } else {
        await route.fallback();
      }
    });
    const requests: string[] = [];
    const posts: ConsentPost[] = [];
    context.on('request', (req) => {
      requests.push(req.url());
      if (req.method() === 'POST' && req.url() === `${dijk}/api/consent`) {
        posts.push(JSON.parse(req.postData() ?? '{}') as ConsentPost);
      }
    });
    await context.addInitScript({
      content: `document.addEventListener('dijk:consent', (e) => { (window.__events = window.__events || []).push(e.detail); });`,
    });
    if (options.gpc) {
      await context.addInitScript({
        content: `Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true });`,
      });
    }
    return { ...watched, requests, posts };
  }

  /** The cookies of the website as `name@domain/path`, sorted. */
  async function cookies(context: BrowserContext): Promise<string[]> {
    return (await context.cookies()).map((c) => `${c.name}@${c.domain}${c.path}`).sort();
  }

  async function names(context: BrowserContext): Promise<string[]> {
    return [...new Set((await context.cookies()).map((c) => c.name))].sort();
  }

  /** The visitor id the banner stored in its cookie. */
  async function visitorOf(context: BrowserContext): Promise<string> {
    const value = (await context.cookies()).find((c) => c.name === 'dijk_consent')?.value ?? '';
    return (JSON.parse(decodeURIComponent(value)) as { v: string }).v;
  }

  /** What the ledger says about a visitor, per purpose. */
  async function ledgerState(visitor: string): Promise<Record<string, string>> {
    const res = await api.get(`/api/consent/state?site=${siteKey}&visitor=${visitor}`, {
      headers: { origin: site.origin },
    });
    expect(res.status(), await res.text()).toBe(200);
    const body = (await res.json()) as { purposes: Record<string, { state: string }> };
    return Object.fromEntries(
      Object.entries(body.purposes)
        .filter(([id]) => id === ANALYTICS || id === MARKETING)
        .map(([id, p]) => [id, p.state]),
    );
  }

  function dialog(page: Page, lang: Lang = 'nl') {
    return page.getByRole('dialog', { name: config.texts[lang].title });
  }

  /** Every request went to the website or to Dijk, and nothing else went wrong on the page. */
  function expectCleanPage(s: SitePage): void {
    const elsewhere = s.requests.filter((url) => ![site.origin, dijk].includes(new URL(url).origin));
    expect(elsewhere).toEqual([]);
    expect(s.problems).toEqual([]);
  }

  it('runs nothing before consent; Accept all runs the blocked scripts and the embed without a reload; the ledger holds the proof', async () => {
    const s = await openSite();
    const { page, context } = s;
    try {
      await page.goto(site.pageUrl('nl'));
      await dialog(page).waitFor();
      // Before any choice: no blocked script ran, no embed loaded, only the site's own necessary cookie exists.
      expect(await page.evaluate('[typeof window.__fakeAnalytics, typeof window.__fakeMarketing]')).toEqual([
        'undefined',
        'undefined',
      ]);
      expect(await page.locator('iframe').getAttribute('src')).toBeNull();
      expect(await cookies(context)).toEqual([`pll_language@${SITE_HOST}/`]);
      // Consent Mode v2: all four signals denied by default.
      expect(await page.evaluate('JSON.stringify(window.dataLayer.map((a) => Array.from(a)))')).toBe(
        JSON.stringify([
          [
            'consent',
            'default',
            {
              ad_storage: 'denied',
              ad_user_data: 'denied',
              ad_personalization: 'denied',
              analytics_storage: 'denied',
              wait_for_update: 500,
            },
          ],
        ]),
      );
      expect(await page.evaluate('window.dijk.consent("analytics")')).toBe(false);
      // Fixed, out of the flow: the page does not move when the banner appears.
      expect(await page.evaluate(LAYOUT_SHIFT)).toBe(0);
      expect(await page.evaluate('getComputedStyle(document.querySelector("dijk-banner")).position')).toBe('fixed');

      await dialog(page).getByRole('button', { name: config.texts.nl.acceptAll }).click();
      await expect.poll(() => page.evaluate('[window.__fakeAnalytics, window.__fakeMarketing]')).toEqual([1, 1]);
      await expect.poll(() => page.locator('iframe').getAttribute('src')).toBe('/fake-video.html');
      await expect
        .poll(() => names(context))
        .toEqual(['_fbp', '_ga', '_ga_ABC', '_ga_HOST', '_ga_SHOP', '_vid', 'dijk_consent', 'pll_language'].sort());
      expect(await page.evaluate('window.__pageLoads')).toBe(1);
      expect(await dialog(page).count()).toBe(0);
      expect(await page.getByRole('button', { name: config.texts.nl.reopen }).isVisible()).toBe(true);
      expect(await page.evaluate('[window.dijk.consent("analytics"), window.dijk.consent("marketing")]')).toEqual([
        true,
        true,
      ]);
      expect(await page.evaluate('JSON.stringify(Array.from(window.dataLayer.at(-1)))')).toBe(
        JSON.stringify([
          'consent',
          'update',
          {
            ad_storage: 'granted',
            ad_user_data: 'granted',
            ad_personalization: 'granted',
            analytics_storage: 'granted',
          },
        ]),
      );
      expect(await page.evaluate('JSON.stringify(window.__events)')).toBe(
        JSON.stringify([
          { consent: { strictly_necessary: true, analytics: true, marketing: true }, method: 'accept_all' },
        ]),
      );

      // The proof: the choice, with the notice shown and the register version, is in the ledger.
      expect(s.posts).toEqual([
        {
          site: siteKey,
          visitor: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/),
          registerVersion: config.registerVersion,
          noticeHash: config.texts.nl.hash,
          language: 'nl',
          method: 'accept_all',
          choices: { [ANALYTICS]: true, [MARKETING]: true },
        },
      ]);
      const visitor = await visitorOf(context);
      expect(s.posts[0]?.visitor).toBe(visitor);
      await expect.poll(() => ledgerState(visitor)).toEqual({ [ANALYTICS]: 'given', [MARKETING]: 'given' });

      // The next page view: no banner, the scripts run from the stored choice, nothing is sent again.
      await page.reload();
      await expect.poll(() => page.evaluate('window.__fakeAnalytics')).toBe(1);
      await page.getByRole('button', { name: config.texts.nl.reopen }).waitFor();
      expect(await dialog(page).count()).toBe(0);
      expect(s.posts).toHaveLength(1);
      expectCleanPage(s);
    } finally {
      await context.close();
    }
  });

  it('Reject all: nothing runs, and cookies of refused categories are deleted on every path and domain; the necessary cookie stays', async () => {
    const s = await openSite();
    const { page, context } = s;
    try {
      await page.goto(site.pageUrl('nl'));
      await dialog(page).waitFor();
      // Left by a tag that ran before the banner: on the parent domain, the host, and path prefixes.
      await page.evaluate(`
        document.cookie = '_ga=old; path=/; domain=site.localhost';
        document.cookie = '_ga_OLD=old; path=/shop';
        document.cookie = '_ga_PAGE=old; path=/shop/page.html';
        document.cookie = '_fbp=old; path=/shop/; domain=www.site.localhost';
      `);
      expect(await names(context)).toEqual(['_fbp', '_ga', '_ga_OLD', '_ga_PAGE', 'pll_language']);
      await dialog(page).getByRole('button', { name: config.texts.nl.rejectAll }).click();
      await expect.poll(() => names(context)).toEqual(['dijk_consent', 'pll_language']);
      expect(await page.evaluate('[typeof window.__fakeAnalytics, typeof window.__fakeMarketing]')).toEqual([
        'undefined',
        'undefined',
      ]);
      expect(s.posts.map((p) => [p.method, p.choices])).toEqual([
        ['reject_all', { [ANALYTICS]: false, [MARKETING]: false }],
      ]);
      await expect
        .poll(async () => ledgerState(await visitorOf(context)))
        .toEqual({
          [ANALYTICS]: 'refused',
          [MARKETING]: 'refused',
        });
      // A refusal holds on the next page view: no banner, still nothing runs.
      await page.reload();
      await page.getByRole('button', { name: config.texts.nl.reopen }).waitFor();
      expect(await dialog(page).count()).toBe(0);
      expect(await page.evaluate('typeof window.__fakeAnalytics')).toBe('undefined');
      expectCleanPage(s);
    } finally {
      await context.close();
    }
  });

  it('withdrawal through the reopen button deletes the cookies, unloads the embed and is recorded as withdrawn', async () => {
    const s = await openSite();
    const { page, context } = s;
    try {
      await page.goto(site.pageUrl('nl'));
      await dialog(page).getByRole('button', { name: config.texts.nl.acceptAll }).click();
      await expect.poll(() => names(context)).toContain('_vid');
      await expect.poll(() => names(context)).toContain('_ga_SHOP');

      // Withdraw marketing only: its cookies go, the embed is unloaded, analytics stays.
      await page.getByRole('button', { name: config.texts.nl.reopen }).click();
      const choices = page.getByRole('dialog', { name: config.texts.nl.title });
      expect(await choices.getAttribute('aria-modal')).toBe('true');
      const marketingBox = choices.locator('input[data-category="marketing"]');
      const analyticsBox = choices.locator('input[data-category="analytics"]');
      expect([await analyticsBox.isChecked(), await marketingBox.isChecked()]).toEqual([true, true]);
      await marketingBox.uncheck();
      await choices.getByRole('button', { name: config.texts.nl.save }).click();
      await expect
        .poll(() => names(context))
        .toEqual(['_ga', '_ga_ABC', '_ga_HOST', '_ga_SHOP', 'dijk_consent', 'pll_language'].sort());
      expect(await page.locator('iframe').getAttribute('src')).toBe('about:blank');
      expect(await page.evaluate('[window.dijk.consent("analytics"), window.dijk.consent("marketing")]')).toEqual([
        true,
        false,
      ]);

      // Then withdraw the rest with Reject all in the second layer.
      await page.getByRole('button', { name: config.texts.nl.reopen }).click();
      expect(await choices.locator('input[data-category="analytics"]').isChecked()).toBe(true);
      expect(await choices.locator('input[data-category="marketing"]').isChecked()).toBe(false);
      await choices.getByRole('button', { name: config.texts.nl.rejectAll }).click();
      await expect.poll(() => names(context)).toEqual(['dijk_consent', 'pll_language']);
      expect(await page.evaluate('JSON.stringify(Array.from(window.dataLayer.at(-1)))')).toBe(
        JSON.stringify([
          'consent',
          'update',
          { ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied', analytics_storage: 'denied' },
        ]),
      );

      expect(s.posts.map((p) => [p.method, p.choices])).toEqual([
        ['accept_all', { [ANALYTICS]: true, [MARKETING]: true }],
        ['withdraw', { [ANALYTICS]: true, [MARKETING]: false }],
        ['withdraw', { [ANALYTICS]: false, [MARKETING]: false }],
      ]);
      expect(new Set(s.posts.map((p) => p.visitor)).size).toBe(1);
      await expect
        .poll(async () => ledgerState(await visitorOf(context)))
        .toEqual({
          [ANALYTICS]: 'withdrawn',
          [MARKETING]: 'withdrawn',
        });
      expectCleanPage(s);
    } finally {
      await context.close();
    }
  });

  it('honours Global Privacy Control: marketing refused and recorded as gpc at once; the rest is still asked', async () => {
    const s = await openSite({ gpc: true });
    const { page, context } = s;
    try {
      await page.goto(site.pageUrl('en'));
      await dialog(page, 'en').waitFor();
      await expect
        .poll(() => s.posts.map((p) => [p.method, p.choices]))
        .toEqual([['gpc', { [ANALYTICS]: false, [MARKETING]: false }]]);
      await expect.poll(async () => (await ledgerState(await visitorOf(context)))[MARKETING]).toBe('refused');

      // The visitor then allows analytics only.
      await dialog(page, 'en').getByRole('button', { name: config.texts.en.choose }).click();
      const choices = page.getByRole('dialog', { name: config.texts.en.title });
      expect(await choices.locator('input[data-category="marketing"]').isChecked()).toBe(false);
      await choices.locator('input[data-category="analytics"]').check();
      await choices.getByRole('button', { name: config.texts.en.save }).click();
      await expect.poll(() => page.evaluate('window.__fakeAnalytics')).toBe(1);
      expect(await page.evaluate('typeof window.__fakeMarketing')).toBe('undefined');
      expect(s.posts.map((p) => p.method)).toEqual(['gpc', 'custom']);
      expect(s.posts[1]?.visitor).toBe(s.posts[0]?.visitor);

      // Answered: the next page view neither asks nor records GPC again.
      await page.reload();
      await page.getByRole('button', { name: config.texts.en.reopen }).waitFor();
      expect(await dialog(page, 'en').count()).toBe(0);
      expect(s.posts).toHaveLength(2);
      expectCleanPage(s);
    } finally {
      await context.close();
    }
  });

  it('works with the keyboard only: Tab reaches the buttons, focus is visible and trapped in the second layer, Escape is not a choice', async () => {
    const s = await openSite();
    const { page, context } = s;
    const t = config.texts.nl;
    try {
      await page.goto(site.pageUrl('nl'));
      await dialog(page).waitFor();
      // The banner comes first in the Tab order.
      for (let i = 0; i < 6 && (await page.evaluate(FOCUSED)) !== `BUTTON ${t.acceptAll}`; i++) {
        await page.keyboard.press('Tab');
      }
      expect(await page.evaluate(FOCUSED)).toBe(`BUTTON ${t.acceptAll}`);
      expect(await page.evaluate(FOCUS_OUTLINE)).toBe('solid 3px');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(FOCUSED)).toBe(`BUTTON ${t.rejectAll}`);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(FOCUSED)).toBe(`BUTTON ${t.choose}`);

      // The second layer opens with focus inside it, and Tab / Shift+Tab never leave it.
      await page.keyboard.press('Enter');
      expect(await page.evaluate(FOCUSED)).toBe(`BUTTON ${t.close} (in modal)`);
      const seen = new Set<string>();
      for (let i = 0; i < 12; i++) {
        await page.keyboard.press('Tab');
        const focused = (await page.evaluate(FOCUSED)) as string;
        expect(focused).toMatch(/\(in modal\)$/);
        seen.add(focused);
      }
      expect(seen).toContain(`INPUT analytics (in modal)`);
      expect(seen).toContain(`BUTTON ${t.save} (in modal)`);
      expect(seen).toContain(`BUTTON ${t.close} (in modal)`); // wrapped around
      for (let i = 0; i < 12; i++) {
        await page.keyboard.press('Shift+Tab');
        expect(await page.evaluate(FOCUSED)).toMatch(/\(in modal\)$/);
      }

      // Escape closes the second layer, back to the first: no choice is made or stored.
      await page.keyboard.press('Escape');
      expect(await page.locator('[aria-modal="true"]').count()).toBe(0);
      await dialog(page).waitFor();
      expect(await page.evaluate(FOCUSED)).toBe(`BUTTON ${t.choose}`);
      expect(s.posts).toEqual([]);
      expect(await names(context)).toEqual(['pll_language']);

      // Choose analytics with Space, save with Enter.
      await page.keyboard.press('Enter');
      while ((await page.evaluate(FOCUSED)) !== 'INPUT analytics (in modal)') {
        await page.keyboard.press('Tab');
      }
      await page.keyboard.press('Space');
      while ((await page.evaluate(FOCUSED)) !== `BUTTON ${t.save} (in modal)`) {
        await page.keyboard.press('Tab');
      }
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate('window.__fakeAnalytics')).toBe(1);
      expect(s.posts.map((p) => [p.method, p.choices])).toEqual([
        ['custom', { [ANALYTICS]: true, [MARKETING]: false }],
      ]);
      // Focus lands on the button that reopens the choices, not on the page's start.
      expect(await page.evaluate(FOCUSED)).toBe(`BUTTON ${t.reopen}`);
      await page.keyboard.press('Enter');
      expect(await page.evaluate(FOCUSED)).toBe(`BUTTON ${t.close} (in modal)`);
      await page.keyboard.press('Escape');
      expect(await page.evaluate(FOCUSED)).toBe(`BUTTON ${t.reopen}`);
      expectCleanPage(s);
    } finally {
      await context.close();
    }
  });

  it('axe-core finds nothing serious or critical on either layer', async () => {
    // axe is injected as a script, which the page's CSP would block: this context bypasses the CSP for the scan.
    const context = await browser.newContext({ bypassCSP: true, locale: 'en-GB' });
    try {
      const page = await context.newPage();
      await page.goto(site.pageUrl('en'));
      await dialog(page, 'en').waitFor();
      await page.addScriptTag({ content: axeSource });
      const scan = async () => {
        // axe measures contrast on what is painted: let the 0.2 s entrance animation finish first.
        await page.waitForTimeout(400);
        return (await page.evaluate(
          `axe.run().then((r) => r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
             .map((v) => v.id + ': ' + v.help + ' ' + v.nodes.map((n) => JSON.stringify(n.target)).join(', ')))`,
        )) as string[];
      };
      expect(await scan()).toEqual([]);
      await dialog(page, 'en').getByRole('button', { name: config.texts.en.choose }).click();
      await page.locator('[aria-modal="true"]').waitFor();
      expect(await scan()).toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await scan()).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('speaks the language of <html lang>, else of the browser, else English; the three choices look alike', async () => {
    for (const lang of LANGUAGES) {
      const s = await openSite({ locale: 'en-GB' });
      const { page, context } = s;
      try {
        await page.goto(site.pageUrl(lang));
        const first = dialog(page, lang);
        await first.waitFor();
        const t = config.texts[lang];
        const buttons = [t.acceptAll, t.rejectAll, t.choose].map((name) => first.getByRole('button', { name }));
        // Equal prominence: the same colours, border, weight and height for accept, reject and choose.
        const looks = await Promise.all(
          buttons.map((b) =>
            b.evaluate((e) => {
              // Runs in the page; the test tsconfig has no DOM types.
              const view = globalThis as unknown as { getComputedStyle(e: unknown): Record<string, string> };
              const c = view.getComputedStyle(e);
              return [c.color, c.backgroundColor, c.borderColor, c.borderWidth, c.fontWeight, c.fontSize].join(' ');
            }),
          ),
        );
        expect(new Set(looks).size).toBe(1);
        // The site's own `button` rule (red, !important) does not reach them.
        expect(looks[0]).toMatch(/^rgb\(27, 27, 27\) rgb\(255, 255, 255\) /);
        const heights = await Promise.all(buttons.map(async (b) => Math.round((await b.boundingBox())?.height ?? 0)));
        expect(new Set(heights).size).toBe(1);
        await saveBannerScreenshot(page, first, `banner-${lang}.png`);
        if (lang === 'en') {
          await first.getByRole('button', { name: t.choose }).click();
          await saveBannerScreenshot(page, page.locator('[aria-modal="true"]'), 'banner-choices-en.png');
        }
        expectCleanPage(s);
      } finally {
        await context.close();
      }
    }
    for (const [locale, lang] of [
      ['de-DE', 'de'],
      ['fr-BE', 'fr'],
      ['es-ES', 'en'],
    ] as const) {
      const s = await openSite({ locale });
      try {
        await s.page.goto(site.pageUrl());
        await dialog(s.page, lang).waitFor();
        expectCleanPage(s);
      } finally {
        await s.context.close();
      }
    }
  });

  it('asks again on the next page when the ledger could not record a consent (no proof, no consent)', async () => {
    const s = await openSite();
    const { page, context } = s;
    try {
      await context.route(`${dijk}/api/consent`, async (route) => {
        if (route.request().method() === 'POST') {
          await route.fulfill({ status: 503, contentType: 'application/problem+json', body: '{}' });
        } else {
          await route.fallback();
        }
      });
      await page.goto(site.pageUrl('nl'));
      await dialog(page).getByRole('button', { name: config.texts.nl.acceptAll }).click();
      await expect.poll(() => page.evaluate('window.__fakeAnalytics')).toBe(1);
      await expect
        .poll(async () => (await context.cookies()).find((c) => c.name === 'dijk_consent')?.value ?? '')
        .toContain(encodeURIComponent('"t":0'));
      await context.unroute(`${dijk}/api/consent`);
      await page.reload();
      await dialog(page).waitFor();
      expect(await page.evaluate('typeof window.__fakeAnalytics')).toBe('undefined');
      expect(await names(context)).toEqual(['dijk_consent', 'pll_language']);
      // The same visitor answers again, and this time the ledger holds it.
      await dialog(page).getByRole('button', { name: config.texts.nl.acceptAll }).click();
      await expect.poll(() => s.posts.length).toBe(2);
      expect(s.posts[1]?.visitor).toBe(s.posts[0]?.visitor);
      await expect
        .poll(async () => ledgerState(await visitorOf(context)))
        .toEqual({
          [ANALYTICS]: 'given',
          [MARKETING]: 'given',
        });
      expect(unexpectedProblems(s.problems, [503])).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('asks again when the stored choice expired or a consent purpose changed in a new register version', async () => {
    const s = await openSite();
    const { page, context } = s;
    try {
      await page.goto(site.pageUrl('nl'));
      await dialog(page).getByRole('button', { name: config.texts.nl.acceptAll }).click();
      await expect.poll(() => names(context)).toContain('_ga');
      const stored = (await context.cookies()).find((c) => c.name === 'dijk_consent');
      const value = JSON.parse(decodeURIComponent(stored?.value ?? '')) as { t: number };

      // Older than the renewal period: asked again, and the consent no longer counts (its cookies are deleted).
      const expired = { ...value, t: value.t - config.renewalDays * 86400 };
      await context.addCookies([
        { name: 'dijk_consent', value: encodeURIComponent(JSON.stringify(expired)), url: site.origin },
      ]);
      await page.reload();
      await dialog(page).waitFor();
      await expect.poll(() => names(context)).toEqual(['dijk_consent', 'pll_language']);
      await dialog(page).getByRole('button', { name: config.texts.nl.acceptAll }).click();
      await expect.poll(() => names(context)).toContain('_ga');

      // A material change to the analytics purpose (its retention) changes its hash: asked again.
      await applyBannerRegister(api, (yaml) =>
        yaml.replace(
          '{ id: analytics-cookies, purposes: [analytics-cookies], duration: P13M',
          '{ id: analytics-cookies, purposes: [analytics-cookies], duration: P25M',
        ),
      );
      // The server takes a new version into account within a few seconds (it caches the latest one briefly).
      await expect
        .poll(async () => (await loadConfig()).registerVersion, { timeout: 10_000 })
        .toBeGreaterThan(config.registerVersion);
      const changed = await loadConfig();
      const hashOf = (c: Config, id: string) => c.categories.flatMap((k) => k.purposes).find((p) => p.id === id)?.hash;
      expect(hashOf(changed, ANALYTICS)).not.toBe(hashOf(config, ANALYTICS));
      expect(hashOf(changed, MARKETING)).toBe(hashOf(config, MARKETING));
      // A fresh context (the browser may cache the old configuration for a minute) with the same cookies.
      const next = await openSite();
      try {
        await next.context.addCookies(await context.cookies());
        await next.page.goto(site.pageUrl('nl'));
        await next.page.getByRole('dialog', { name: changed.texts.nl.title }).waitFor();
        // Only the changed purpose waits for the answer; marketing, unchanged, keeps its consent meanwhile.
        await expect.poll(() => next.page.evaluate('window.__fakeMarketing')).toBe(1);
        expect(await next.page.evaluate('typeof window.__fakeAnalytics')).toBe('undefined');
        expect(await names(next.context)).not.toContain('_ga');
        await next.page.getByRole('button', { name: changed.texts.nl.acceptAll }).click();
        await expect
          .poll(() => next.posts.map((p) => [p.method, p.registerVersion]))
          .toEqual([['accept_all', changed.registerVersion]]);
        expectCleanPage(next);
      } finally {
        await next.context.close();
      }
      expectCleanPage(s);
    } finally {
      await context.close();
    }
  });
});
