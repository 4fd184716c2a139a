import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { organisationStore } from '../../src/store/organisation.store.js';
import { assertAdminUiBuilt, expectText, loginWithSetupLink } from '../helpers/admin-page.js';
import { describeWithBrowser, launchBrowser, openWatchedPage, type WatchedPage } from '../helpers/browser.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

const root = resolve(import.meta.dirname, '..', '..');
const bpart = readFileSync(join(root, 'examples', 'bpart.yaml'), 'utf8');
const axeSource = readFileSync(join(dirname(createRequire(import.meta.url).resolve('axe-core')), 'axe.min.js'), 'utf8');

/** YYYY-MM-DD, `days` after today (UTC, as the server counts). */
function day(days = 0): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

describeWithBrowser('admin UI: the Statements area', () => {
  let server: TestServer;
  let browser: Browser;
  let watched: WatchedPage;

  beforeAll(async () => {
    assertAdminUiBuilt();
    server = await startTestServer();
    browser = await launchBrowser();
    await organisationStore(server.server.store.db).insertOrganisation({ slug: 'bpart', name: 'Bpart BV' });
    watched = await openWatchedPage(browser, server.url);
    // Log in as test/browser/register.test.ts does: a one-time link, redeemed by the page.
    await loginWithSetupLink(watched.page, server);
  });

  afterAll(async () => {
    await watched?.context.close();
    await browser?.close();
    await server?.close();
  });

  /** Stores a register text as the new active version, with the page's own session cookie. */
  async function applyRegister(page: Page, source: string): Promise<number> {
    const response = await page.request.put(`${server.url}/api/register`, { data: { source } });
    expect(response.status(), await response.text()).toBeLessThan(300);
    return ((await response.json()) as { version: { version: number } }).version.version;
  }

  it('previews the statement of the active register in NL, FR and EN beside a summary of that register', async () => {
    const { page, problems } = watched;
    expect(await applyRegister(page, bpart)).toBe(1);
    await page.getByTestId('nav-statements').click();
    await page.waitForURL(`${server.url}/admin/statements`);
    await expectText(page, 'page-heading', 'Statements');
    expect(await page.getByTestId('nav-statements').getAttribute('aria-current')).toBe('page');

    const preview = page.getByTestId('preview-html');
    for (const lang of ['nl', 'fr', 'en'] as const) {
      await page.getByTestId(`preview-lang-${lang}`).click();
      expect(await page.getByTestId(`preview-lang-${lang}`).getAttribute('aria-pressed')).toBe('true');
      await preview.locator(`article[lang="${lang}"]`).waitFor();
      await expectText(page, 'preview-html', 'Bpart BV');
    }
    // The statement's own headings sit under the page's: one h1 on the page, the statement's title an h3.
    expect(await page.locator('h1').count()).toBe(1);
    expect(await preview.locator('h1, h2').count()).toBe(0);
    await expectText(page, 'preview-html', /Privacy statement/i);

    await page.getByTestId('preview-kind-cookies').click();
    await expectText(page, 'preview-html', /cookie/i);
    expect(await preview.locator('table').count()).toBeGreaterThan(0);

    await expectText(page, 'register-summary-version', 'Active register version 1');
    await expectText(page, 'register-summary-purposes', 'Orders and management of your Bpart application');
    await expectText(page, 'register-summary-purposes', /Art\. 6\(1\)/);
    expect(Number(await page.getByTestId('register-summary-recipients').innerText())).toBeGreaterThan(0);
    expect(await page.getByTestId('register-summary-link').getAttribute('href')).toBe('/admin/register');
    await expectText(page, 'versions-empty', 'Nothing has been published yet.');
    expect(problems).toEqual([]);
  });

  it('publishes register version 1 as statement version 1 from today, and then refuses to publish it again', async () => {
    const { page, problems } = watched;
    await expectText(page, 'publish-what', 'Register version 1 will be published as the first version');
    const date = page.getByTestId('publish-date');
    const today = await date.inputValue();
    expect(today >= day(0)).toBe(true);
    expect(await date.getAttribute('min')).toBe(today);

    await page.getByTestId('publish-button').click();
    await expectText(page, 'publish-result-title', 'Statement version 1 is published, from register version 1');
    await expectText(page, 'material-flag', 'The first version');
    const links = page.getByTestId('publish-result').getByTestId('public-links');
    expect(await links.locator('a[href="/privacy/nl"]').count()).toBe(1);
    expect(await links.locator('a[href="/privacy/v/1/en"]').count()).toBe(1);
    expect(await links.locator('a[href="/cookies/v/1/fr"]').count()).toBe(1);

    // The same register version again: the button is disabled, with the reason; the API refuses it too (409).
    await expectText(page, 'publish-already', 'Register version 1 is already published, as statement version 1');
    expect(await page.getByTestId('publish-button').isDisabled()).toBe(true);
    const again = await page.request.post(`${server.url}/api/statements/publish`, { data: { registerVersion: 1 } });
    expect(again.status()).toBe(409);

    await expectText(page, 'publication-1', 'Statement version 1');
    await expectText(page, 'publication-1', 'In force');
    expect(problems).toEqual([]);
  });

  it('publishes a longer retention as version 2, announced for a later date, with its material change', async () => {
    const { page, problems } = watched;
    expect(await applyRegister(page, bpart.replace('duration: P7Y', 'duration: P10Y'))).toBe(2);
    await page.reload();
    await expectText(page, 'publish-what', 'Register version 2 will be published.');
    await expectText(page, 'publish-what', 'statement version 1, was made from register version 1');
    await expectText(page, 'publish-changes', /Longer retention .*P7Y → P10Y/);
    expect(await page.getByTestId('publish-changes').getByTestId('change-material').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('publish-button').isDisabled()).toBe(false);

    const later = day(14);
    await page.getByTestId('publish-date').fill(later);
    await page.getByTestId('publish-button').click();
    await expectText(page, 'publish-result-title', 'Statement version 2 is published, from register version 2');
    await expectText(page, 'publish-result', 'Material change');
    await expectText(page, 'publish-result-changes', /Longer retention .*P7Y → P10Y/);
    expect(await page.getByTestId('publish-result').locator('a[href="/privacy/v/2/nl"]').count()).toBe(1);

    // Both versions listed, newest first: version 2 announced, version 1 still in force.
    const items = page.getByTestId('statement-versions').locator('.publication');
    await expect.poll(() => items.count()).toBe(2);
    expect(await items.first().getAttribute('data-testid')).toBe('publication-2');
    await expectText(page, 'publication-2', 'Announced');
    await expectText(page, 'publication-2', 'From register version 2');
    await expectText(page, 'publication-2', 'Tell the people concerned before this version takes effect.');
    await expectText(page, 'publication-1', 'In force');
    await page.getByTestId('publication-2').locator('summary').click();
    await expectText(page, 'publication-2-changes', /Longer retention .*P7Y → P10Y/);
    const versions = page.getByTestId('statement-versions');
    expect(await versions.getByTestId('public-version-2-en').getAttribute('href')).toBe('/privacy/v/2/en');
    expect(await versions.getByTestId('public-version-1-fr').getAttribute('href')).toBe('/privacy/v/1/fr');
    await expectText(page, 'publish-already', 'Register version 2 is already published');

    // The public page of the announced version exists already.
    const v2 = await page.request.get(`${server.url}/privacy/v/2/en`);
    expect(v2.status()).toBe(200);

    // In French, too.
    await page.getByTestId('language-fr').click();
    await expectText(page, 'page-heading', 'Déclarations');
    await expectText(page, 'publication-2', 'Annoncée');
    await page.getByTestId('language-en').click();
    await page.getByTestId('page-heading').waitFor();

    // axe-core over the whole area, in a context with the same session that bypasses the CSP (script-src 'self'
    // would block the injected axe script; the CSP itself is watched on the page above).
    const scan = await browser.newContext({ bypassCSP: true, storageState: await watched.context.storageState() });
    try {
      const scanned = await scan.newPage();
      await scanned.goto(`${server.url}/admin/statements`);
      await scanned.getByTestId('preview-html').waitFor();
      await scanned.getByTestId('publication-2').waitFor();
      await scanned.addScriptTag({ content: axeSource });
      const violations = (await scanned.evaluate('axe.run().then((r) => r.violations)')) as {
        id: string;
        impact: string | null;
        nodes: { target: string[] }[];
      }[];
      const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
        [],
      );
    } finally {
      await scan.close();
    }

    if (process.env.DIJK_SCREENSHOTS === '1') {
      const target = join(root, 'docs', 'img', 'admin-statements.png');
      mkdirSync(dirname(target), { recursive: true });
      await page.evaluate('window.scrollTo(0, 0)');
      await page.mouse.move(0, 799);
      await page.screenshot({ path: target, fullPage: false });
    }
    expect(problems).toEqual([]);
  });
});
