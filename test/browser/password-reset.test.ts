import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { accountsModule } from '../../src/modules/accounts.module.js';
import type { DevSmtpServer } from '../../src/modules/dev-smtp-server.js';
import { organisationStore } from '../../src/store/organisation.store.js';
import {
  assertAdminUiBuilt,
  expectText,
  loginWithSetupLink,
  saveScreenshot,
  unexpectedProblems,
} from '../helpers/admin-page.js';
import { describeWithBrowser, launchBrowser, openWatchedPage, type WatchedPage } from '../helpers/browser.js';
import { linkIn, startTestSmtp } from '../helpers/mail.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

const PASSWORD = 'lantern orchard violet 42';
const NEW_PASSWORD = 'copper meadow thistle 97';
const EMAIL = 'forgetful@example.org';

describeWithBrowser('password reset and the mail log in the admin UI', () => {
  let server: TestServer;
  let smtp: DevSmtpServer;
  let browser: Browser;
  const pages: WatchedPage[] = [];

  async function open(path: string, locale?: string): Promise<WatchedPage> {
    const watched = await openWatchedPage(browser, server.url, locale ? { locale } : {});
    pages.push(watched);
    await watched.page.goto(`${server.url}${path}`);
    return watched;
  }

  beforeAll(async () => {
    assertAdminUiBuilt();
    smtp = await startTestSmtp();
    server = await startTestServer({ env: { SMTP_URL: smtp.url } });
    browser = await launchBrowser();
    const store = server.server.store;
    await organisationStore(store.db).insertOrganisation({ slug: 'acme', name: 'Acme' });
    const { userAdmin } = accountsModule({ store, now: () => new Date() });
    await userAdmin.createUser(
      { owned: 'all', actor: { type: 'system' } },
      { email: EMAIL, role: 'editor', organisation: 'acme', password: PASSWORD },
    );
  });
  afterAll(async () => {
    for (const { context } of pages) {
      await context.close();
    }
    await browser?.close();
    await server?.close();
    await smtp?.close();
  });

  it('asks for a link from the login form, sets a new password with it, and refuses the link a second time', async () => {
    const { page, problems } = await open('/admin/login-form', 'nl-BE');
    await page.getByTestId('login-forgot').click();
    await page.waitForURL(`${server.url}/admin/reset-password`);
    await expectText(page, 'page-heading', 'Wachtwoord vergeten?');
    await page.getByLabel('E-mailadres').fill(EMAIL);
    await page.getByTestId('reset-request-submit').click();
    await expectText(page, 'reset-requested', 'Als er een account bestaat voor dit adres');

    const mail = await smtp.waitForMail((m) => m.to.includes(EMAIL));
    expect(mail.subject).toBe('Uw Dijk-wachtwoord opnieuw instellen');
    const link = linkIn(mail, `${server.url}/admin/reset-password?token=`);

    await page.goto(link);
    await expectText(page, 'page-heading', 'Kies een nieuw wachtwoord');
    // The token leaves the address bar (and so the history) at once.
    await expect.poll(() => page.url()).toBe(`${server.url}/admin/reset-password`);
    await page.getByTestId('reset-new').fill('password123');
    await page.getByTestId('reset-repeat').fill('password123');
    await page.getByTestId('reset-confirm-submit').click();
    await expectText(page, 'reset-new-error', 'lijsten');
    await page.getByTestId('reset-new').fill(NEW_PASSWORD);
    await page.getByTestId('reset-repeat').fill(NEW_PASSWORD);
    await page.getByTestId('reset-confirm-submit').click();
    await expectText(page, 'reset-done', 'Uw nieuwe wachtwoord is bewaard.');

    await page.getByTestId('reset-login-link').click();
    await page.waitForURL(`${server.url}/admin/login-form`);
    await page.getByTestId('login-email').fill(EMAIL);
    await page.getByTestId('login-password').fill(NEW_PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.waitForURL(`${server.url}/admin/`);

    const again = await open(link.replace(server.url, ''));
    await again.page.getByTestId('reset-new').fill('yet another good passphrase 8');
    await again.page.getByTestId('reset-repeat').fill('yet another good passphrase 8');
    await again.page.getByTestId('reset-confirm-submit').click();
    await expectText(again.page, 'reset-link-problem', 'This link was used already.');
    await again.page.getByTestId('reset-ask-again').click();
    await expectText(again.page, 'page-heading', 'Forgot your password?');

    expect(unexpectedProblems(problems, [400])).toEqual([]);
    expect(unexpectedProblems(again.problems, [400])).toEqual([]);
  });

  it("shows the install's account mails to the install owner, without their contents", async () => {
    const { page, problems } = await open('/admin/');
    await loginWithSetupLink(page, server);
    await page.getByTestId('nav-mail').click();
    await expectText(page, 'page-heading', 'Mail log');
    await expectText(page, 'mail-empty', 'No mails match these filters.');
    await page.getByTestId('mail-scope').selectOption('install');
    await page.getByTestId('mail-search').click();
    const row = page.locator('[data-testid="mail-row"][data-kind="password_reset"]');
    await row.first().waitFor();
    expect(await row.first().innerText()).toContain(EMAIL);
    expect(await row.first().innerText()).toContain('(attempts: 1)');
    expect(await row.first().getAttribute('data-status')).toBe('sent');
    expect(await page.getByTestId('mail-table').innerText()).not.toContain('token=');
    await saveScreenshot(page, 'admin-mail-log.png');
    expect(unexpectedProblems(problems, [])).toEqual([]);
  });
});
