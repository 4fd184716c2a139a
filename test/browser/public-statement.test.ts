import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { type Browser, type Page, request } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { adminSessionServiceFactory } from '../../src/domain/accounts/admin-session.service.js';
import { adminSessionStore } from '../../src/store/admin-session.store.js';
import { organisationStore } from '../../src/store/organisation.store.js';
import { describeWithBrowser, launchBrowser, openWatchedPage } from '../helpers/browser.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

const root = resolve(import.meta.dirname, '..', '..');
// Bpart serves NL and EN; here it serves French too, so every page has a full language switch.
const bpart = readFileSync(join(root, 'examples', 'bpart.yaml'), 'utf8').replace(
  'languages: [nl, en]',
  'languages: [nl, fr, en]',
);
const axeSource = readFileSync(join(dirname(createRequire(import.meta.url).resolve('axe-core')), 'axe.min.js'), 'utf8');

/** The pages a reader lands on, with their language and the languages the switch must offer. */
const PAGES = [
  { path: '/privacy/nl', lang: 'nl', h1: 'Privacyverklaring' },
  { path: '/privacy/fr', lang: 'fr', h1: 'confidentialité' },
  { path: '/privacy/en', lang: 'en', h1: 'Privacy statement' },
  { path: '/cookies/nl', lang: 'nl', h1: 'Cookieverklaring' },
] as const;

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** h1–h6 levels in document order. */
function headingLevels(page: Page): Promise<number[]> {
  return page.$$eval('h1, h2, h3, h4, h5, h6', (elements) => elements.map((e) => Number(e.tagName.slice(1))));
}

async function focusedSelector(page: Page): Promise<string> {
  return page.evaluate(
    'document.activeElement ? document.activeElement.tagName + "#" + document.activeElement.id + "[" + (document.activeElement.getAttribute("hreflang") || "") + "]" : ""',
  );
}

describeWithBrowser('public statement pages, as a reader sees them', () => {
  let server: TestServer;
  let browser: Browser;
  /** Every axe violation below "serious", reported (not failed) per page. */
  const minor: string[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    await organisationStore(server.server.store.db).insertOrganisation({ slug: 'bpart', name: 'Bpart BV' });
    // Publish through the API, as an admin would: a one-time login link gives the session cookie.
    const { token } = await adminSessionServiceFactory({
      store: adminSessionStore(server.server.store.db),
      now: () => new Date(),
    }).createLoginLink();
    const api = await request.newContext({ baseURL: server.url });
    await api.get(`/admin/login?token=${encodeURIComponent(token)}`, { maxRedirects: 0 });
    expect((await api.put('/api/register', { data: { source: bpart } })).status()).toBeLessThan(300);
    expect((await api.post('/api/statements/publish', { data: {} })).status()).toBe(201);
    await api.dispose();
  });

  afterAll(async () => {
    if (minor.length > 0) {
      console.info(`axe, moderate and minor:\n${minor.join('\n')}`);
    }
    await browser?.close();
    await server?.close();
  });

  for (const target of PAGES) {
    it(`${target.path}: renders with its language, headings in order, a working language switch and skip link`, async () => {
      const { page, context, problems } = await openWatchedPage(browser, server.url);
      try {
        const response = await page.goto(`${server.url}${target.path}`);
        expect(response?.status()).toBe(200);
        expect(await page.locator('html').getAttribute('lang')).toBe(target.lang);
        expect(await page.locator('h1').count()).toBe(1);
        expect(await page.locator('h1').innerText()).toContain(target.h1);

        const levels = await headingLevels(page);
        expect(levels[0]).toBe(1);
        levels.forEach((level, i) => {
          if (i > 0) {
            expect(level, `heading ${i + 1} (h${level}) after h${levels[i - 1]}`).toBeLessThanOrEqual(
              (levels[i - 1] ?? 1) + 1,
            );
          }
        });

        // The skip link is the first stop and moves focus to the main content.
        await page.keyboard.press('Tab');
        expect(await page.locator('.skip-link:focus').count()).toBe(1);
        await page.keyboard.press('Enter');
        await expect.poll(() => focusedSelector(page)).toBe('MAIN#main[]');

        // The language switch: the current language marked, the others linked with hreflang.
        const others = (['nl', 'fr', 'en'] as const).filter((l) => l !== target.lang);
        const switcher = page.locator('header nav');
        expect(await switcher.locator(`a[aria-current="page"][lang="${target.lang}"]`).count()).toBe(1);
        const kind = target.path.split('/')[1];
        for (const other of others) {
          expect(await switcher.locator(`a[hreflang="${other}"]`).getAttribute('href')).toBe(`/${kind}/${other}`);
        }
        // By keyboard, from the top: Tab to the first other language, Enter follows it.
        await page.goto(`${server.url}${target.path}`);
        for (let i = 0; i < 6 && !(await focusedSelector(page)).endsWith(`[${others[0]}]`); i++) {
          await page.keyboard.press('Tab');
        }
        expect(await focusedSelector(page)).toBe(`A#[${others[0]}]`);
        await page.keyboard.press('Enter');
        await page.waitForURL(`${server.url}/${kind}/${others[0]}`);
        expect(await page.locator('html').getAttribute('lang')).toBe(others[0]);

        if (target.path === '/privacy/nl' && process.env.DIJK_SCREENSHOTS === '1') {
          await page.goto(`${server.url}${target.path}`);
          const file = join(root, 'docs', 'img', 'public-privacy-nl.png');
          mkdirSync(dirname(file), { recursive: true });
          await page.screenshot({ path: file, fullPage: false });
        }
        // No console error, uncaught error, CSP violation or request elsewhere on any of these pages.
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    });

    it(`${target.path}: axe-core finds nothing serious or critical`, async () => {
      // The public pages allow only scripts from 'self' (CSP script-src 'self'), which would block the injected axe
      // script. This context bypasses the CSP for the scan only; the CSP itself is checked in the test above.
      const context = await browser.newContext({ bypassCSP: true, locale: 'en-GB' });
      try {
        const page = await context.newPage();
        await page.goto(`${server.url}${target.path}`);
        await page.addScriptTag({ content: axeSource });
        const result = (await page.evaluate(
          'axe.run().then((r) => ({ violations: r.violations, passes: r.passes.length }))',
        )) as { violations: AxeViolation[]; passes: number };
        expect(result.passes, 'axe ran its rules').toBeGreaterThan(10);
        const violations = result.violations;
        const describe = (v: AxeViolation) =>
          `${target.path} ${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`;
        minor.push(...violations.filter((v) => v.impact !== 'serious' && v.impact !== 'critical').map(describe));
        expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map(describe)).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }

  it('/privacy and /cookies redirect to the reader’s language (Accept-Language)', async () => {
    for (const [locale, lang] of [
      ['fr-BE', 'fr'],
      ['nl-BE', 'nl'],
      ['en-US', 'en'],
      ['de-DE', 'en'], // no served language matches: English, which is served
    ] as const) {
      const { page, context, problems } = await openWatchedPage(browser, server.url, { locale });
      await page.goto(`${server.url}/privacy`);
      expect(page.url()).toBe(`${server.url}/privacy/${lang}`);
      expect(await page.locator('html').getAttribute('lang')).toBe(lang);
      await page.goto(`${server.url}/cookies`);
      expect(page.url()).toBe(`${server.url}/cookies/${lang}`);
      expect(problems).toEqual([]);
      await context.close();
    }
  });

  it('prints without the navigation', async () => {
    const { page, context, problems } = await openWatchedPage(browser, server.url);
    await page.goto(`${server.url}/privacy/en`);
    expect(await page.locator('header nav').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header nav').isVisible()).toBe(false);
    expect(await page.locator('footer nav').isVisible()).toBe(false);
    expect(await page.locator('main h1').isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });
});
