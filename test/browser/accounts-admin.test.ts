import * as OTPAuth from 'otpauth';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { accountsModule } from '../../src/modules/accounts.module.js';
import { organisationStore } from '../../src/store/organisation.store.js';
import { userStore } from '../../src/store/user.store.js';
import { expectText, unexpectedProblems } from '../helpers/admin-page.js';
import { describeWithBrowser, launchBrowser, openWatchedPage, type WatchedPage } from '../helpers/browser.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

const PASSWORD = 'harbour quince saffron 58';

/**
 * The parts of the accounts issue the first browser test leaves out: logging in with a recovery code, an owner
 * changing a role, disabling an account (which then cannot log in) and resetting a lost second factor, the
 * owners-only users page, and the throttle message after repeated failures.
 */
describeWithBrowser('accounts in the admin UI: recovery codes, roles, disabling, throttling', () => {
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
    for (const [email, role] of [
      ['owner@example.test', 'owner'],
      ['editor@example.test', 'editor'],
      ['auditor@example.test', 'auditor'],
      ['throttled@example.test', 'editor'],
      ['lost-phone@example.test', 'editor'],
    ] as const) {
      await userAdmin.createUser(system, { email, role, organisation: 'acme', password: PASSWORD });
    }
    // An account with two-factor login set up, whose phone is lost: the owner resets it.
    const users = userStore(store.db);
    const lost = (await users.listUsers('all')).find((u) => u.email === 'lost-phone@example.test');
    await users.setPendingTotpSecret(lost?.id ?? '', 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP');
    await users.enableTotp(lost?.id ?? '', { now: new Date(), step: 0, recoveryCodeHashes: ['0'.repeat(64)] });
  });

  afterAll(async () => {
    for (const { context } of pages) {
      await context.close();
    }
    await browser?.close();
    await server?.close();
  });

  it('shows an editor that only owners manage users', async () => {
    const { page, problems } = await open('/admin/login-form');
    await logIn(page, 'editor@example.test', PASSWORD);
    await page.waitForURL(`${server.url}/admin/`);
    await page.goto(`${server.url}/admin/users`);
    await expectText(page, 'users-owners-only', 'owner');
    expect(await page.getByTestId('user-create').count()).toBe(0);
    expect(unexpectedProblems(problems, [403])).toEqual([]);
  });

  it('lets an owner log in with a recovery code, change a role, disable an account and reset a second factor', async () => {
    // Enrol the second factor through the UI, keeping the recovery codes it shows once.
    const first = await open('/admin/login-form');
    await logIn(first.page, 'owner@example.test', PASSWORD);
    await first.page.waitForURL(`${server.url}/admin/`);
    await first.page.getByTestId('totp-banner').getByRole('link').click();
    await first.page.getByTestId('totp-start').click();
    const secret = (await first.page.getByTestId('totp-secret').innerText()).replace(/\s/g, '');
    await first.page
      .getByTestId('totp-code')
      .fill(new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) }).generate());
    await first.page.getByTestId('totp-confirm').click();
    await expect.poll(() => first.page.getByTestId('recovery-code').count()).toBe(10);
    const codes = await first.page.getByTestId('recovery-code').allInnerTexts();
    await first.page.getByTestId('codes-saved').check();
    await first.page.getByTestId('codes-done').click();
    await first.page.getByTestId('logout').click();
    await first.page.waitForURL(`${server.url}/admin/login-form`);

    // A recovery code instead of the authenticator.
    const { page, problems } = await open('/admin/login-form');
    await logIn(page, 'owner@example.test', PASSWORD);
    await page.getByTestId('login-use-recovery').click();
    await page.getByTestId('login-code').fill(codes[0]?.trim() ?? '');
    await page.getByTestId('login-submit').click();
    await page.waitForURL(`${server.url}/admin/`);

    await page.getByTestId('nav-users').click();
    const auditorRow = page.locator('[data-testid="user-row"][data-email="auditor@example.test"]');
    await auditorRow.getByTestId('user-role').selectOption('privacy_officer');
    await auditorRow.getByTestId('user-role-save').click();
    await expectText(page, 'users-status', 'auditor@example.test');
    await expect.poll(() => auditorRow.getByTestId('user-role').inputValue()).toBe('privacy_officer');

    const editorRow = page.locator('[data-testid="user-row"][data-email="editor@example.test"]');
    await editorRow.getByTestId('user-toggle').click();
    await expect.poll(() => editorRow.getByTestId('user-state').innerText()).toMatch(/disabled/i);
    // A lost phone: after a confirmation, the owner resets that user's two-factor login.
    const lostRow = page.locator('[data-testid="user-row"][data-email="lost-phone@example.test"]');
    await expect.poll(() => lostRow.getByTestId('user-totp').innerText()).toMatch(/on/i);
    page.once('dialog', (dialog) => void dialog.accept());
    await lostRow.getByTestId('user-reset-totp').click();
    await expectText(page, 'users-status', 'lost-phone@example.test');
    await expect.poll(() => lostRow.getByTestId('user-totp').innerText()).toMatch(/off/i);
    expect(await lostRow.getByTestId('user-reset-totp').count()).toBe(0);
    // The login form asks who is logged in before anyone is: that one 401 is expected.
    expect(unexpectedProblems(problems, [401])).toEqual([]);

    // That user now gets in with the password alone (an editor need not enrol again).
    const reset = await open('/admin/login-form');
    await logIn(reset.page, 'lost-phone@example.test', PASSWORD);
    await reset.page.waitForURL(`${server.url}/admin/`);

    // The disabled account cannot log in any more (the generic refusal: nothing tells it apart).
    const disabled = await open('/admin/login-form');
    await logIn(disabled.page, 'editor@example.test', PASSWORD);
    await expectText(disabled.page, 'login-error', 'The e-mail address or password is not right');

    // A used recovery code does not work twice.
    const again = await open('/admin/login-form');
    await logIn(again.page, 'owner@example.test', PASSWORD);
    await again.page.getByTestId('login-use-recovery').click();
    await again.page.getByTestId('login-code').fill(codes[0]?.trim() ?? '');
    await again.page.getByTestId('login-submit').click();
    await expectText(again.page, 'login-error', 'not right');
  });

  it('tells a user who keeps failing to wait, with the time to wait', async () => {
    const { page } = await open('/admin/login-form');
    let throttled = false;
    for (let attempt = 0; attempt < 6 && !throttled; attempt += 1) {
      await logIn(page, 'throttled@example.test', `wrong password ${attempt}`);
      await page.getByTestId('login-error').waitFor();
      throttled = /Too many attempts/.test(await page.getByTestId('login-error').innerText());
    }
    expect(throttled).toBe(true);
    await expectText(page, 'login-error', 'Wait');
  });
});
