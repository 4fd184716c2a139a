import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { organisationStore } from '../../src/store/organisation.store.js';
import {
  assertAdminUiBuilt,
  expectText,
  loginWithSetupLink,
  saveScreenshot,
  unexpectedProblems,
} from '../helpers/admin-page.js';
import { describeWithBrowser, launchBrowser, openWatchedPage, type WatchedPage } from '../helpers/browser.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

const root = resolve(import.meta.dirname, '..', '..');
const bpart = readFileSync(join(root, 'examples', 'bpart.yaml'), 'utf8');

describeWithBrowser('admin UI: the Register area', () => {
  let server: TestServer;
  let browser: Browser;
  let watched: WatchedPage;

  beforeAll(async () => {
    assertAdminUiBuilt();
    server = await startTestServer();
    browser = await launchBrowser();
    await organisationStore(server.server.store.db).insertOrganisation({ slug: 'bpart', name: 'Bpart BV' });
    watched = await openWatchedPage(browser, server.url);
  });

  afterAll(async () => {
    await watched?.context.close();
    await browser?.close();
    await server?.close();
  });

  /** How many versions the server has stored (through the page's own session). */
  async function storedVersions(page: Page): Promise<number> {
    const response = await page.request.get(`${server.url}/api/register/versions`);
    expect(response.status()).toBe(200);
    return ((await response.json()) as { items: unknown[] }).items.length;
  }

  /** Replaces the editor's text (as a paste would) and waits for the live check to settle. */
  async function typeSource(page: Page, source: string): Promise<void> {
    await page.getByTestId('register-source').fill(source);
    await expectText(page, 'lint-status', /can be read|cannot be read/);
  }

  it('without a session, says how to log in instead of showing an error', async () => {
    const { page, problems } = watched;
    await page.goto(`${server.url}/admin/register`);
    await expectText(page, 'page-heading', 'Register');
    await expectText(page, 'login-required', 'Log in with the one-time link that dijk demo or dijk admin login-link');
    expect(await page.getByTestId('error').count()).toBe(0);
    expect(await page.getByTestId('register-tabs').count()).toBe(0);

    // The same message in Dutch, with the language switch.
    await page.getByTestId('language-nl').click();
    await expectText(page, 'login-required', 'Meld u aan met de eenmalige link');
    await page.getByTestId('language-en').click();
    expect(unexpectedProblems(problems, [401])).toEqual([]);
  });

  it('after logging in with a one-time link, shows the empty state that points to the editor', async () => {
    const { page, problems } = watched;
    await loginWithSetupLink(page, server);

    await page.getByTestId('nav-register').click();
    await expectText(page, 'register-empty', 'There is no register yet');
    await expectText(page, 'register-empty', 'dijk register apply');
    expect(await page.getByTestId('nav-register').getAttribute('aria-current')).toBe('page');
    await page.getByTestId('empty-to-editor').click();
    await page.waitForURL(`${server.url}/admin/register/editor`);
    await expectText(page, 'lint-status', 'The editor is empty.');
    expect(unexpectedProblems(problems, [401, 404])).toEqual([]);
  });

  it('applies examples/bpart.yaml through the editor as version 1 and shows it in the overview', async () => {
    const { page, problems } = watched;
    await typeSource(page, bpart);
    await expectText(page, 'lint-status', 'The register can be read. Errors: 0');
    await expectText(page, 'live-check', 'fiscal-retention-outdated');

    await page.getByTestId('apply-review').click();
    await expectText(page, 'apply-confirm', 'The check finds no errors.');
    await expectText(page, 'apply-preview-first', 'There is no register yet: this text becomes version 1.');
    await page.getByTestId('apply-message').fill('First version, from the published statement');
    await page.getByTestId('apply-confirm-button').click();
    await expectText(page, 'apply-result-title', 'Version 1 is stored and now active.');
    await expectText(page, 'register-meta', 'Version 1');

    await page.getByTestId('tab-overview').click();
    await expectText(page, 'legal-name', 'Bpart BV');
    await expectText(page, 'authority', 'GBA/APD');
    await expectText(page, 'purposes', 'Orders and management of your Bpart application');
    await expectText(page, 'purposes', 'Newsletter');
    await expectText(page, 'purposes', 'Performance of a contract (Art. 6(1)(b))');
    await expectText(page, 'purposes', '7 years after the end of the contract');
    await expectText(page, 'cookies', 'pll_language');
    await saveScreenshot(page, 'admin-register.png');

    // The findings tab: grouped by severity, with the article and the line in the source.
    await page.getByTestId('tab-findings').click();
    await expectText(page, 'register-findings', 'Warnings (1)');
    await expectText(page, 'register-findings', 'fiscal-retention-outdated');
    await expectText(page, 'register-findings', /Line \d+/);

    // French UI: the overview in French, findings fall back to English (the API words them in nl and en).
    await page.getByTestId('language-fr').click();
    await expectText(page, 'register-findings', 'Les constats sont affichés en anglais.');
    await expectText(page, 'register-findings', 'Avertissements (1)');
    await page.getByTestId('tab-overview').click();
    await expectText(page, 'purposes', "Exécution d'un contrat");
    await page.getByTestId('language-en').click();

    // A finding's line links to the editor, with the caret on that line.
    await page.getByTestId('tab-findings').click();
    const link = page.getByTestId('register-findings').getByTestId('goto-line').first();
    const line = Number(/\d+/.exec(await link.innerText())?.[0]);
    await link.click();
    await page.waitForURL(`${server.url}/admin/register/editor?line=${line}`);
    await expect.poll(async () => page.locator('#register-source:focus').count()).toBe(1);
    const caretLine = await page.getByTestId('register-source').evaluate((element) => {
      const textarea = element as unknown as { selectionStart: number; value: string };
      return textarea.value.slice(0, textarea.selectionStart).split('\n').length;
    });
    expect(caretLine).toBe(line);
    expect(unexpectedProblems(problems, [401, 404])).toEqual([]);
  });

  it('checks an edit as you type, and applying it stores version 2 with the material change shown', async () => {
    const { page, problems } = watched;
    await page.getByTestId('tab-editor').click();
    const source = await page.getByTestId('register-source').inputValue();
    expect(source).toBe(bpart);

    const edited = bpart.replace('duration: P7Y', 'duration: P10Y');
    expect(edited).not.toBe(bpart);
    await typeSource(page, edited);
    // Ten years meets the Belgian tax rule: the warning is gone without applying anything.
    await expect
      .poll(async () => page.getByTestId('live-check').innerText(), { timeout: 10_000 })
      .not.toContain('fiscal-retention-outdated');

    // The confirm step shows the change before anything is stored (POST /api/register/diff is a dry run).
    await page.getByTestId('apply-review').click();
    await expectText(page, 'apply-preview', 'What changes from version 1');
    await expectText(page, 'apply-preview-changes', 'Material change');
    const previewed = page.getByTestId('apply-preview-changes').getByTestId('change-material');
    expect(await previewed.count()).toBeGreaterThan(0);
    expect((await previewed.allInnerTexts()).join('\n')).toMatch(/Longer retention .*P7Y → P10Y/);
    expect(await storedVersions(page)).toBe(1);
    await expectText(page, 'register-meta', 'Version 1');
    // Back to the active text: the dry run says nothing would change.
    await typeSource(page, bpart);
    await expectText(page, 'apply-preview-none', 'No changes: the text says the same as version 1.');
    await typeSource(page, edited);
    await expectText(page, 'apply-preview-changes', 'Material change');
    expect(await storedVersions(page)).toBe(1);

    await page.getByTestId('apply-message').fill('Tax records: ten years');
    await page.getByTestId('apply-confirm-button').click();
    await expectText(page, 'apply-result-title', 'Version 2 is stored and now active.');
    await expectText(page, 'apply-changes', 'Material change');
    expect(await page.getByTestId('apply-changes').getByTestId('change-material').count()).toBeGreaterThan(0);
    await expectText(page, 'register-meta', 'Version 2');
    expect(unexpectedProblems(problems, [401, 404])).toEqual([]);
  });

  it('shows the history and the difference between versions 1 and 2 in words, material change marked', async () => {
    const { page, problems } = watched;
    await page.getByTestId('tab-history').click();
    await expect.poll(async () => page.getByTestId('version-row').count(), { timeout: 10_000 }).toBe(2);
    expect(await page.getByTestId('diff-from').inputValue()).toBe('1');
    expect(await page.getByTestId('diff-to').inputValue()).toBe('2');
    await expectText(page, 'diff', 'What changed from version 1 to version 2');
    await expectText(page, 'diff-changes', 'Material change');
    expect(await page.getByTestId('diff-changes').getByTestId('change-material').count()).toBeGreaterThan(0);

    await page.getByTestId('view-source-1').click();
    await page.waitForURL(`${server.url}/admin/register/versions/1`);
    await expectText(page, 'version-source-text', 'duration: P7Y');
    expect(await page.getByTestId('tab-history').getAttribute('aria-current')).toBe('page');
    expect(unexpectedProblems(problems, [401, 404])).toEqual([]);
  });

  it('shows a parse error with line:column and "did you mean", moves the caret there, and refuses to apply', async () => {
    const { page, problems } = watched;
    await page.getByTestId('tab-editor').click();
    const broken = bpart
      .replace('duration: P7Y', 'duration: P10Y')
      .replace('    legal_basis: contract', '    legal_bassis: contract');
    await typeSource(page, broken);
    await expectText(page, 'lint-status', 'cannot be read');
    await expectText(page, 'parse-problem', /Line \d+:\d+/);
    await expectText(page, 'parse-problem', 'unknown field "legal_bassis"');
    await expectText(page, 'suggestion', 'Did you mean legal_basis');

    const lineText = await page.getByTestId('parse-problem').getByTestId('goto-line').innerText();
    const [line, column] = (/(\d+):(\d+)/.exec(lineText) ?? []).slice(1).map(Number) as [number, number];
    await page.getByTestId('parse-problem').getByTestId('goto-line').click();
    const caret = await page.getByTestId('register-source').evaluate((element) => {
      const textarea = element as unknown as { selectionStart: number; value: string };
      return textarea.value.slice(0, textarea.selectionStart).split('\n');
    });
    expect(caret.length).toBe(line);
    expect((caret.at(-1) ?? '').length).toBe(column - 1);
    expect(await page.locator('#register-source:focus').count()).toBe(1);
    if (process.env.DIJK_SCREENSHOTS === '1') {
      // Taller, so the editor and the problem below it are both in the picture.
      await page.setViewportSize({ width: 1280, height: 1100 });
      await page.locator('#editor-heading').scrollIntoViewIfNeeded();
      await page.evaluate('document.getElementById("main").scrollIntoView()');
      await saveScreenshot(page, 'admin-register-editor.png');
      await page.setViewportSize({ width: 1280, height: 800 });
    }

    // Applying anyway: the server refuses (400) and the problems are shown inline; nothing is stored.
    await page.getByTestId('apply-review').click();
    await expectText(page, 'apply-confirm', 'still finds errors');
    await page.getByTestId('apply-confirm-button').click();
    await expectText(page, 'apply-refused', 'Not applied: the text cannot be read as a register.');
    await expectText(page, 'apply-refused', 'legal_basis');
    await expectText(page, 'register-meta', 'Version 2');
    expect(unexpectedProblems(problems, [400, 401, 404])).toEqual([]);
  });

  it('offers every export format as a download link in the chosen language', async () => {
    const { page, problems } = watched;
    await page.getByTestId('tab-export').click();
    await page.getByTestId('export-lang').selectOption('nl');
    expect(await page.getByTestId('export-art30-csv').getAttribute('href')).toBe(
      '/api/register/export?format=art30-csv&lang=nl',
    );
    const response = await page.request.get(
      `${server.url}${await page.getByTestId('export-markdown').getAttribute('href')}`,
    );
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain('Bpart BV');
    expect(unexpectedProblems(problems, [400, 401, 404])).toEqual([]);
  });
});
