import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { assertAdminUiBuilt, expectText } from '../helpers/admin-page.js';
import { describeWithBrowser, launchBrowser, openWatchedPage, type WatchedPage } from '../helpers/browser.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

const root = resolve(import.meta.dirname, '..', '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

/** The text of the element with this data-testid, once it is visible. */
async function textOf(page: Page, testId: string): Promise<string> {
  const locator = page.getByTestId(testId);
  await locator.waitFor({ state: 'visible' });
  return (await locator.innerText()).trim();
}

/** Whether the element matching `selector` has keyboard focus. */
async function hasFocus(page: Page, selector: string): Promise<boolean> {
  return (await page.locator(`${selector}:focus`).count()) === 1;
}

describeWithBrowser('admin UI in Chromium, served by the real server', () => {
  let server: TestServer;
  let browser: Browser;
  const pages: WatchedPage[] = [];

  async function open(path: string, options: Parameters<typeof openWatchedPage>[2] = {}): Promise<WatchedPage> {
    const watched = await openWatchedPage(browser, server.url, options);
    pages.push(watched);
    await watched.page.goto(`${server.url}${path}`);
    return watched;
  }

  beforeAll(async () => {
    assertAdminUiBuilt();
    server = await startTestServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const { context } of pages) {
      await context.close();
    }
    await browser?.close();
    await server?.close();
  });

  it('renders the dashboard with the live server and database status, under the strict CSP', async () => {
    const { page, problems } = await open('/admin/');
    const response = await page.request.get(`${server.url}/admin/`);
    expect(response.headers()['content-security-policy']).toContain("script-src 'self'");

    await expectText(page, 'db-store', 'Embedded (PGlite)');
    await expectText(page, 'db-reachable', /^Reachable$/);
    expect(await textOf(page, 'db-latency')).toMatch(/^[\d.,]+\s?ms$/);
    expect(await textOf(page, 'version')).toBe(version);
    expect(await textOf(page, 'migrations-pending')).toBe('0');
    expect(Number(await textOf(page, 'migrations-applied'))).toBeGreaterThan(0);
    expect(await textOf(page, 'readiness')).toBe('Ready');
    expect(await textOf(page, 'uptime')).toMatch(/second|minute/);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.title()).toBe('Dashboard – Dijk');
    // Landmarks: one header, one navigation, one main.
    expect(await page.locator('header').count()).toBe(1);
    expect(await page.getByRole('navigation').count()).toBe(1);
    expect(await page.getByRole('main').count()).toBe(1);

    // The refresh button asks the server again.
    const refreshed = page.waitForResponse((r) => r.url().endsWith('/api/status') && r.status() === 200);
    await page.getByTestId('refresh').click();
    await refreshed;

    if (process.env.DIJK_SCREENSHOTS === '1') {
      const target = join(root, 'docs', 'img', 'admin-dashboard.png');
      mkdirSync(dirname(target), { recursive: true });
      await page.mouse.move(0, 799);
      await page.screenshot({ path: target, fullPage: false });
    }
    expect(problems).toEqual([]);
  });

  it('shows a loading state, then refreshes by itself every 10 seconds', async () => {
    const watched = await openWatchedPage(browser, server.url);
    pages.push(watched);
    const { page, problems } = watched;
    await page.clock.install();
    let statusCalls = 0;
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/api/status', async (route) => {
      statusCalls += 1;
      if (statusCalls === 1) {
        await held; // Hold the first answer so the loading state can be seen.
      }
      await route.fallback();
    });
    await page.goto(`${server.url}/admin/`);
    await expectText(page, 'loading', 'Loading the status…');
    release();
    await expectText(page, 'db-reachable', 'Reachable');
    expect(statusCalls).toBe(1);

    const automatic = page.waitForResponse((r) => r.url().endsWith('/api/status'));
    await page.clock.runFor(10_000);
    await automatic;
    expect(statusCalls).toBe(2);
    expect(problems).toEqual([]);
  });

  it('switches language to FR and NL, sets html[lang] and remembers the choice', async () => {
    const { page, problems } = await open('/admin/');
    await expectText(page, 'db-reachable', 'Reachable');

    await page.getByTestId('language-fr').click();
    await expectText(page, 'page-heading', 'Tableau de bord');
    await expectText(page, 'db-reachable', 'Joignable');
    await expectText(page, 'db-store', 'Intégré (PGlite)');
    await expectText(page, 'nav-register', 'Registre');
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    expect(await page.getByTestId('language-fr').getAttribute('aria-pressed')).toBe('true');
    expect(await page.title()).toBe('Tableau de bord – Dijk');

    await page.getByTestId('language-nl').click();
    await expectText(page, 'db-reachable', 'Bereikbaar');
    await expectText(page, 'nav-statements', 'Verklaringen');
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');

    await page.reload();
    await expectText(page, 'db-store', 'Ingebouwd (PGlite)');
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    expect(problems).toEqual([]);
  });

  it('starts in the browser language when nothing was chosen', async () => {
    const { page, problems } = await open('/admin/', { locale: 'fr-BE' });
    await expectText(page, 'page-heading', 'Tableau de bord');
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    expect(problems).toEqual([]);
  });

  it('navigates to an area of a later version, by keyboard, and loads deep links through the SPA fallback', async () => {
    const { page, problems } = await open('/admin/');
    await expectText(page, 'db-reachable', 'Reachable');

    // The first Tab reaches the skip link, which moves focus to the main content.
    await page.keyboard.press('Tab');
    expect(await hasFocus(page, '.skip-link')).toBe(true);
    await page.keyboard.press('Enter');
    expect(await hasFocus(page, '#main')).toBe(true);

    await page.getByTestId('nav-requests').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`${server.url}/admin/requests`);
    await expectText(page, 'page-heading', 'Requests');
    await expectText(page, 'not-available', 'This area is not available in this version yet.');
    await expectText(page, 'area-description', /requests/i);
    expect(await page.getByTestId('nav-requests').getAttribute('aria-current')).toBe('page');
    expect(await page.getByTestId('nav-dashboard').getAttribute('aria-current')).toBeNull();
    expect(await hasFocus(page, '#page-heading')).toBe(true);

    await page.goBack();
    await expectText(page, 'page-heading', 'Dashboard');

    // A deep link loaded from the server, in another language.
    await page.goto(`${server.url}/admin/processors`);
    await page.getByTestId('language-nl').click();
    await expectText(page, 'page-heading', 'Verwerkers & datalekken');
    await expectText(page, 'not-available', 'Dit onderdeel is in deze versie nog niet beschikbaar.');

    await page.goto(`${server.url}/admin/no-such-page`);
    await expectText(page, 'not-found', 'Op dit adres staat geen pagina.');
    expect(problems).toEqual([]);
  });

  it("fetches an area's code when it is first opened, says so while it loads, then focuses its heading", async () => {
    const { page, problems } = await open('/admin/');
    await expectText(page, 'db-reachable', 'Reachable');
    // Hold the audit page's chunk until the loading line has been seen.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let chunkRequests = 0;
    await page.route(/\/admin\/assets\/audit\.page-[\w-]+\.js$/, async (route) => {
      chunkRequests += 1;
      await held;
      await route.continue();
    });

    await page.getByTestId('nav-audit').focus();
    await page.keyboard.press('Enter');
    await expectText(page, 'page-loading', 'Loading the page…');
    expect(await page.getByTestId('page-loading').getAttribute('role')).toBe('status');
    release();
    await expectText(page, 'page-heading', 'Audit log');
    expect(await hasFocus(page, '#page-heading')).toBe(true);
    expect(chunkRequests).toBe(1);
    // Nobody is signed in here, so the audit log's own request is refused; the page says so (access.test.ts).
    expect(problems.filter((p) => !p.includes('401 (Unauthorized)'))).toEqual([]);
  });

  it('collapses the navigation behind a menu button under 800 px', async () => {
    const { page, problems } = await open('/admin/', { viewport: { width: 600, height: 900 } });
    await expectText(page, 'db-reachable', 'Reachable');
    const menu = page.getByTestId('menu-button');
    expect(await page.getByTestId('side-nav').isVisible()).toBe(false);
    expect(await menu.getAttribute('aria-expanded')).toBe('false');

    await menu.click();
    expect(await page.getByTestId('side-nav').isVisible()).toBe(true);
    expect(await menu.getAttribute('aria-expanded')).toBe('true');

    await page.getByTestId('nav-requests').click();
    await expectText(page, 'page-heading', 'Requests');
    expect(await page.getByTestId('side-nav').isVisible()).toBe(false);
    expect(problems).toEqual([]);
  });

  it('says clearly when the server cannot be reached, and shows a problem title and detail, not a raw body', async () => {
    const { page, problems } = await open('/admin/');
    await expectText(page, 'db-reachable', 'Reachable');

    await page.route('**/api/status', (route) => route.abort('connectionrefused'));
    await page.getByTestId('refresh').click();
    await expectText(page, 'error', 'The server cannot be reached');
    await expectText(page, 'error', 'The figures below are from the last successful update.');

    await page.unroute('**/api/status');
    await page.route('**/api/status', (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/problem+json',
        body: JSON.stringify({
          type: 'https://dijk.dev/problems/unavailable',
          title: 'Service unavailable',
          status: 503,
          detail: 'The database is not reachable.',
          code: 'unavailable',
          requestId: 'req-123',
        }),
      }),
    );
    await page.getByTestId('refresh').click();
    await expectText(page, 'error', 'Service unavailable: The database is not reachable.');
    await expectText(page, 'error', 'req-123');

    await page.unroute('**/api/status');
    await page.getByTestId('refresh').click();
    await page.getByTestId('error').waitFor({ state: 'detached' });
    // Only the failures this test provoked.
    expect(problems.filter((p) => !/ERR_CONNECTION_REFUSED|status of 503/.test(p))).toEqual([]);
  });
});
