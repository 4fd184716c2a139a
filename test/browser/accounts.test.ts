import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import * as OTPAuth from 'otpauth';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { accountsModule } from '../../src/modules/accounts.module.js';
import { organisationStore } from '../../src/store/organisation.store.js';
import { expectText, unexpectedProblems } from '../helpers/admin-page.js';
import { describeWithBrowser, launchBrowser, openWatchedPage, type WatchedPage } from '../helpers/browser.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

const root = resolve(import.meta.dirname, '..', '..');
const PASSWORD = 'lantern orchard violet 42';
const NEW_PASSWORD = 'copper meadow thistle 97';

describeWithBrowser('accounts in the admin UI: login, own account, users', () => {
  let server: TestServer;
  let browser: Browser;
  const pages: WatchedPage[] = [];

  async function open(path: string): Promise<WatchedPage> {
    const watched = await openWatchedPage(browser, server.url);
    pages.push(watched);
    await watched.page.goto(`${server.url}${path}`);
    return watched;
  }

  async function logIn(page: Page, email: string, password: string): Promise<void> {
    await page.getByLabel('E-mail address').fill(email);
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByTestId('login-submit').click();
  }

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    const store = server.server.store;
    await organisationStore(store.db).insertOrganisation({ slug: 'acme', name: 'Acme' });
    const { userAdmin } = accountsModule({ store, now: () => new Date() });
    const system = { owned: 'all', actor: { type: 'system' } } as const;
    await userAdmin.createUser(system, {
      email: 'editor@example.test',
      role: 'editor',
      organisation: 'acme',
      password: PASSWORD,
    });
    await userAdmin.createUser(system, {
      email: 'owner@example.test',
      role: 'owner',
      organisation: 'acme',
      password: PASSWORD,
    });
  });

  afterAll(async () => {
    for (const { context } of pages) {
      await context.close();
    }
    await browser?.close();
    await server?.close();
  });

  it('refuses a wrong password with the generic message, linked to the fields', async () => {
    const { page, problems } = await open('/admin/login-form');
    await logIn(page, 'editor@example.test', 'not the password at all');
    await expectText(page, 'login-error', 'The e-mail address or password is not right');
    expect(await page.getByTestId('login-email').getAttribute('aria-describedby')).toContain('login-failure');
    expect(unexpectedProblems(problems, [401])).toEqual([]);
  });

  it('logs an editor in, shows and ends sessions, changes the password and logs out', async () => {
    // A second session of the same user, in another browser context, to end from the first.
    const other = await open('/admin/login-form');
    await logIn(other.page, 'editor@example.test', PASSWORD);
    await other.page.waitForURL(`${server.url}/admin/`);

    const { page, problems } = await open('/admin/login-form');
    await logIn(page, 'editor@example.test', PASSWORD);
    await page.waitForURL(`${server.url}/admin/`);
    await expectText(page, 'page-heading', 'Dashboard');

    await page.getByTestId('account-link').click();
    await expectText(page, 'identity-email', 'editor@example.test');
    await expectText(page, 'identity-roles', 'Editor in acme');
    await expect.poll(() => page.getByTestId('session-row').count()).toBe(2);
    expect(await page.getByTestId('session-current').count()).toBe(1);
    await page.getByTestId('session-revoke').click();
    await expectText(page, 'sessions-status', 'The session has been ended.');
    await expect.poll(() => page.getByTestId('session-row').count()).toBe(1);

    await page.getByTestId('password-current').fill(PASSWORD);
    await page.getByTestId('password-new').fill(NEW_PASSWORD);
    await page.getByTestId('password-repeat').fill(NEW_PASSWORD);
    await page.getByTestId('password-submit').click();
    await expectText(page, 'password-status', 'Your password has been changed.');

    if (process.env.DIJK_SCREENSHOTS === '1') {
      const target = join(root, 'docs', 'img', 'admin-account.png');
      mkdirSync(dirname(target), { recursive: true });
      await page.screenshot({ path: target, fullPage: true });
    }

    await page.getByTestId('logout').click();
    await page.waitForURL(`${server.url}/admin/login-form`);
    await logIn(page, 'editor@example.test', NEW_PASSWORD);
    await page.waitForURL(`${server.url}/admin/`);
    expect(unexpectedProblems(problems, [])).toEqual([]);
  });

  it('has an owner enrol two-factor login, then manage users', async () => {
    const { page, problems } = await open('/admin/login-form');
    await logIn(page, 'owner@example.test', PASSWORD);
    await page.waitForURL(`${server.url}/admin/`);
    await expectText(page, 'totp-banner', 'Set up two-factor login');
    await page.getByTestId('totp-banner').getByRole('link').click();

    await page.getByTestId('totp-start').click();
    const grouped = await page.getByTestId('totp-secret').innerText();
    expect(grouped).toMatch(/^([A-Z2-7]{4} )+[A-Z2-7]{1,4}$/);
    expect(await page.getByTestId('totp-uri').inputValue()).toMatch(/^otpauth:\/\/totp\//);
    const code = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(grouped.replace(/\s/g, '')) }).generate();
    await page.getByTestId('totp-code').fill(code);
    await page.getByTestId('totp-confirm').click();
    await expect.poll(() => page.getByTestId('recovery-code').count()).toBe(10);
    expect(await page.getByTestId('codes-done').isDisabled()).toBe(true);
    await page.getByTestId('codes-saved').check();
    await page.getByTestId('codes-done').click();
    await expectText(page, 'totp-on', 'Two-factor login is on');

    await page.getByTestId('nav-users').click();
    await expect.poll(() => page.getByTestId('user-row').count()).toBe(2);
    await page.getByTestId('user-email').fill('new@example.test');
    await page.getByTestId('user-new-role').selectOption('auditor');
    await page.getByTestId('user-organisation').fill('acme');
    await page.getByTestId('user-create-submit').click();
    await expectText(page, 'user-created', 'new@example.test has been added.');
    expect((await page.getByTestId('user-password').innerText()).length).toBeGreaterThanOrEqual(12);
    await expect.poll(() => page.getByTestId('user-row').count()).toBe(3);
    expect(unexpectedProblems(problems, [])).toEqual([]);
  });
});
