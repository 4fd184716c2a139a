import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { organisationStore } from '../../src/store/organisation.store.js';
import { expectText, loginWithSetupLink, unexpectedProblems } from '../helpers/admin-page.js';
import { describeWithBrowser, launchBrowser, openWatchedPage, type WatchedPage } from '../helpers/browser.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

const root = resolve(import.meta.dirname, '..', '..');
const bpart = readFileSync(join(root, 'examples', 'bpart.yaml'), 'utf8');

describeWithBrowser('admin UI: API keys and the audit log', () => {
  let server: TestServer;
  let browser: Browser;
  let watched: WatchedPage;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    await organisationStore(server.server.store.db).insertOrganisation({ slug: 'bpart', name: 'Bpart BV' });
    watched = await openWatchedPage(browser, server.url);
    await loginWithSetupLink(watched.page, server);
    // A register applied through the API, with the page's session: the audit log gets register.apply.
    const applied = await watched.page.request.put(`${server.url}/api/register`, {
      data: { source: bpart, message: 'First version' },
    });
    expect(applied.status()).toBe(201);
  });

  afterAll(async () => {
    await watched?.context.close();
    await browser?.close();
    await server?.close();
  });

  it('creates an API key, shows it once, and revoking it stops it at once', async () => {
    const { page, problems } = watched;
    await page.getByTestId('nav-users').click();
    await page.waitForURL(`${server.url}/admin/users`);
    await expectText(page, 'api-keys', 'API keys');
    await expectText(page, 'api-keys-empty', 'There are no API keys yet.');

    // Both fields are required; the first to fix gets the focus.
    await page.getByTestId('api-key-create-submit').click();
    await expectText(page, 'api-key-name-error', 'Give the key a name.');
    await page.getByLabel('Name', { exact: true }).fill('Website form');
    await page.getByTestId('api-key-create-submit').click();
    await expectText(page, 'api-key-actions-error', 'Tick at least one action.');

    // Only the actions a key may hold are offered, each explained.
    const offered = await page
      .getByTestId('api-key-action')
      .evaluateAll((inputs) => inputs.map((input) => input.getAttribute('data-action')));
    expect(offered).not.toContain('users:manage');
    expect(offered).not.toContain('api_keys:manage');
    expect(offered).not.toContain('account:self');
    await expectText(page, 'api-key-create', 'Read the register, its versions');
    await page.getByLabel('register:read').check();
    await page.getByTestId('api-key-create-submit').click();

    await expectText(page, 'api-key-once', 'you will not see it again');
    const key = await page.getByTestId('api-key-value').inputValue();
    expect(key).toMatch(/^dijk_/);
    expect(await page.getByTestId('api-key-value').getAttribute('readonly')).not.toBeNull();
    const row = page.locator('[data-testid="api-key-row"][data-name="Website form"]');
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.innerText()).toContain('register:read');
    expect(await row.innerText()).toContain('Never');

    // Done: the key is gone from the page for good.
    await page.getByTestId('api-key-done').click();
    expect(await page.getByTestId('api-key-value').count()).toBe(0);
    expect(await page.content()).not.toContain(key);

    const withKey = () => fetch(`${server.url}/api/register`, { headers: { authorization: `Bearer ${key}` } });
    expect((await withKey()).status).toBe(200);

    // Revoke, with a confirm step that can be cancelled.
    await row.getByTestId('api-key-revoke').click();
    await expectText(page, 'api-key-confirm', 'Revoke Website form?');
    await row.getByTestId('api-key-revoke-cancel').click();
    await expectText(page, 'api-key-state', 'Active');
    await row.getByTestId('api-key-revoke').click();
    await row.getByTestId('api-key-revoke-confirm').click();
    await expectText(page, 'api-keys-status', 'The key Website form has been revoked.');
    await expectText(page, 'api-key-state', 'Revoked on');
    expect((await withKey()).status).toBe(401);
    expect(unexpectedProblems(problems, [])).toEqual([]);
  });

  it('shows the audit log: entries, filter by action, verify, anchors, export', async () => {
    const { page, problems } = watched;
    await page.getByTestId('nav-audit').click();
    await page.waitForURL(`${server.url}/admin/audit`);
    await expectText(page, 'page-heading', 'Audit log');
    const rows = page.getByTestId('audit-row');
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="audit-row"][data-action="register.apply"]').count()).toBe(1);
    // Nothing in this history was refused.
    expect(await page.locator('[data-testid="audit-row"][data-outcome="denied"]').count()).toBe(0);
    expect(await page.locator('[data-testid="audit-row"][data-outcome="failure"]').count()).toBe(0);
    // Newest first.
    const seqs = await rows.evaluateAll((trs) => trs.map((tr) => Number(tr.querySelector('th')?.textContent)));
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));

    await page.getByLabel('Action', { exact: true }).fill('register.apply');
    await page.getByTestId('audit-search').click();
    await expect.poll(() => rows.count()).toBe(1);
    await expectText(page, 'audit-table', 'register.apply');
    await expectText(page, 'audit-table', 'Success');

    await page.getByTestId('audit-verify-button').click();
    await expectText(page, 'audit-verify-result', /^Intact: the chain holds\. Entries checked: \d+\./);
    await expectText(page, 'audit-verify-result', /Head: entry \d+, hash [0-9a-f]+/);
    expect(await page.getByTestId('audit-verify-result').getAttribute('data-ok')).toBe('true');

    await page.getByTestId('audit-anchors').waitFor({ state: 'visible' });
    expect(await page.getByTestId('audit-export').getAttribute('href')).toBe('/api/audit/export');

    if (process.env.DIJK_SCREENSHOTS === '1') {
      await page.getByTestId('audit-reset').click();
      await expect.poll(() => rows.count()).toBeGreaterThan(0);
      const target = join(root, 'docs', 'img', 'admin-audit.png');
      mkdirSync(dirname(target), { recursive: true });
      await page.mouse.move(0, 799);
      await page.screenshot({ path: target, fullPage: true });
    }
    expect(unexpectedProblems(problems, [])).toEqual([]);
  });
});
