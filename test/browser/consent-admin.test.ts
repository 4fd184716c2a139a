import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DevSmtpServer } from '../../src/modules/dev-smtp-server.js';
import { organisationStore } from '../../src/store/organisation.store.js';
import { assertAdminUiBuilt, expectText, loginWithSetupLink, unexpectedProblems } from '../helpers/admin-page.js';
import { describeWithBrowser, launchBrowser, openWatchedPage, type WatchedPage } from '../helpers/browser.js';
import { startTestSmtp } from '../helpers/mail.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const demo = readFileSync(join(ROOT, 'examples', 'demo.yaml'), 'utf8');
const ORIGIN = 'https://www.example.org';
const ANALYTICS = 'analytics-cookies';
const MARKETING = 'marketing-cookies';

/** A random visitor id as the banner makes it. */
function newVisitorId(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64url');
}

/** Waits until the element with this data-testid is visible. */
async function waitFor(page: Page, testId: string): Promise<void> {
  await page.getByTestId(testId).first().waitFor({ state: 'visible' });
}

describeWithBrowser('admin UI: consent figures, search, records, on-behalf, mailings and websites', () => {
  let server: TestServer;
  let smtp: DevSmtpServer;
  let browser: Browser;
  let watched: WatchedPage;
  let siteKey = '';
  const visitors = { accepts: newVisitorId(), rejects: newVisitorId(), custom: newVisitorId(), gpc: newVisitorId() };
  let noticeTitle = '';

  beforeAll(async () => {
    assertAdminUiBuilt();
    smtp = await startTestSmtp();
    server = await startTestServer({ env: { SMTP_URL: smtp.url } });
    browser = await launchBrowser();
    await organisationStore(server.server.store.db).insertOrganisation({ slug: 'voorbeeld', name: 'Voorbeeld' });
    watched = await openWatchedPage(browser, server.url);
    await watched.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    await loginWithSetupLink(watched.page, server);
    const applied = await watched.page.request.put(`${server.url}/api/register`, {
      data: { source: demo, message: 'Demo register' },
    });
    expect(applied.status()).toBe(201);
  });

  afterAll(async () => {
    await watched?.context.close();
    await browser?.close();
    await server?.close();
    await smtp?.close();
  });

  /** Records a banner choice as the banner on www.example.org would. */
  async function choose(visitor: string, method: string, choices: Record<string, boolean>): Promise<void> {
    const headers = { origin: ORIGIN, 'content-type': 'application/json' };
    const config = await fetch(`${server.url}/api/consent/config?site=${siteKey}`, { headers });
    expect(config.status).toBe(200);
    const { registerVersion, texts } = (await config.json()) as {
      registerVersion: number;
      texts: { nl: { hash: string; title: string } };
    };
    noticeTitle = texts.nl.title;
    const posted = await fetch(`${server.url}/api/consent`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        site: siteKey,
        visitor,
        registerVersion,
        noticeHash: texts.nl.hash,
        language: 'nl',
        method,
        choices,
      }),
    });
    expect(posted.status, await posted.clone().text()).toBe(201);
  }

  it('adds a website with its origins, shows its snippet to copy, and revokes another after confirming', async () => {
    const { page, problems } = watched;
    await page.getByTestId('nav-consent').click();
    await page.waitForURL(`${server.url}/admin/consent`);
    await expectText(page, 'page-heading', 'Consent');
    await page.getByTestId('consent-tab-sites').click();
    await expectText(page, 'sites-empty', 'No website yet');

    // The name is required, and every line must be an origin.
    await page.getByTestId('site-create-submit').click();
    await expectText(page, 'site-name-error', 'Give the website a name.');
    await page.getByTestId('site-name').fill('Webshop');
    await page.getByTestId('site-origins-input').fill(`${ORIGIN}/\nwww.example.org`);
    await page.getByTestId('site-create-submit').click();
    await expectText(page, 'site-origins-error', 'www.example.org');
    await page.getByTestId('site-origins-input').fill(`${ORIGIN}/\n`);
    await page.getByTestId('site-create-submit').click();
    await expectText(page, 'sites-status', 'The website Webshop has been added.');

    const card = page.locator('[data-testid="site-card"][data-name="Webshop"]');
    await card.waitFor();
    siteKey = (await card.getByTestId('site-key').innerText()).trim();
    expect(siteKey).toMatch(/^site_[A-Za-z0-9_-]{22}$/);
    expect(await card.getByTestId('site-origins').innerText()).toBe(ORIGIN);
    await expectText(page, 'site-state', 'Active');
    const snippet = `<script src="${server.url}/banner.js" data-site="${siteKey}" async></script>`;
    expect(await card.getByTestId('site-snippet').inputValue()).toBe(snippet);
    await card.getByTestId('site-copy').click();
    await expectText(page, 'site-copy-status', 'The code has been copied.');
    expect(await page.evaluate('navigator.clipboard.readText()')).toBe(snippet);

    // A second website, without origins (any origin), revoked: cancel first, then confirm.
    await page.getByTestId('site-name').fill('Old campaign site');
    await page.getByTestId('site-create-submit').click();
    const old = page.locator('[data-testid="site-card"][data-name="Old campaign site"]');
    await old.waitFor();
    expect(await old.innerText()).toContain('Any origin');
    await old.getByTestId('site-revoke').click();
    await expectText(page, 'site-confirm', 'Revoke Old campaign site?');
    await old.getByTestId('site-revoke-cancel').click();
    await old.getByTestId('site-revoke').click();
    await old.getByTestId('site-revoke-confirm').click();
    await expectText(page, 'sites-status', 'The website Old campaign site has been revoked.');
    await expect.poll(() => old.getAttribute('data-revoked')).toBe('true');
    expect(await old.getByTestId('site-state').innerText()).toMatch(/^Revoked on/);
    expect(await old.getByTestId('site-snippet').count()).toBe(0);
    expect(unexpectedProblems(problems, [])).toEqual([]);
  });

  it('shows the banner choices per day and the share granted per purpose, in figures as well as bars', async () => {
    const { page, problems } = watched;
    const both = (value: boolean) => ({ [ANALYTICS]: value, [MARKETING]: value });
    await choose(visitors.accepts, 'accept_all', both(true));
    await choose(visitors.rejects, 'reject_all', both(false));
    await choose(visitors.custom, 'custom', { [ANALYTICS]: true, [MARKETING]: false });
    await choose(visitors.gpc, 'gpc', both(false));
    await choose(visitors.accepts, 'withdraw', both(false));

    await page.getByTestId('consent-tab-figures').click();
    await page.getByTestId('consent-period-7').click();
    await expectText(page, 'choice-total-all', /^5$/);
    for (const series of ['acceptAll', 'rejectAll', 'custom', 'gpc', 'withdraw']) {
      expect(await page.getByTestId(`choice-total-${series}`).innerText()).toBe('1');
    }
    // The chart's accessible description gives the figures; today's bar carries its total.
    const chart = page.getByTestId('choice-chart-svg');
    const describedBy = (await chart.getAttribute('aria-labelledby')) ?? '';
    const desc = await page.locator(`[id="${describedBy.split(' ')[1]}"]`).textContent();
    expect(desc).toBe('5 choices in total: Accept all 1, Reject all 1, Own choice 1, GPC signal 1, Withdrawal 1.');
    const today = new Date().toISOString().slice(0, 10);
    expect(await page.locator(`[data-testid="choice-bar"][data-day="${today}"]`).getAttribute('data-total')).toBe('5');
    expect(await page.getByTestId('choice-bar').count()).toBe(8);

    // The table behind the chart.
    await page.getByTestId('choice-table').locator('summary').click();
    const row = page.locator(`[data-testid="choice-row"][data-day="${today}"]`);
    await row.waitFor();
    expect(await row.getByTestId('choice-cell-acceptAll').innerText()).toBe('1');
    expect(await row.getByTestId('choice-cell-total').innerText()).toBe('5');

    // Analytics: given by two, refused by two, withdrawn by one; marketing: given by one, refused by three.
    const analytics = page.locator(`[data-testid="purpose-share"][data-purpose="${ANALYTICS}"]`);
    expect(await analytics.innerText()).toContain('Website statistics');
    expect(await analytics.getByTestId('purpose-share-figures').innerText()).toBe(
      '40% granted — given 2, refused 2, withdrawn 1',
    );
    const marketing = page.locator(`[data-testid="purpose-share"][data-purpose="${MARKETING}"]`);
    expect(await marketing.getByTestId('purpose-share-figures').innerText()).toBe(
      '20% granted — given 1, refused 3, withdrawn 1',
    );
    const newsletter = page.locator('[data-testid="purpose-share"][data-purpose="newsletter"]');
    expect(await newsletter.innerText()).toContain('No choices in this period');

    // One website only: the figures follow the site selector.
    await page.getByTestId('consent-figures-site').selectOption({ label: 'Old campaign site (revoked)' });
    await expectText(page, 'choice-total-all', /^0$/);
    await page.getByTestId('consent-figures-site').selectOption({ label: 'Webshop' });
    await expectText(page, 'choice-total-all', /^5$/);
    await page.getByTestId('consent-period-30').click();
    await expectText(page, 'choice-chart', 'last 30 days');

    if (process.env.DIJK_SCREENSHOTS === '1') {
      const target = join(ROOT, 'docs', 'images', 'admin-consent.png');
      mkdirSync(dirname(target), { recursive: true });
      // The controls, the chart and the shares per purpose in one view.
      await page.evaluate("document.querySelector('[data-testid=choice-table]').open = false");
      await page.evaluate("document.querySelector('[data-testid=consent-tabs]').scrollIntoView()");
      await page.mouse.move(0, 799);
      await page.screenshot({ path: target, fullPage: false });
    }
    expect(unexpectedProblems(problems, [])).toEqual([]);
  });

  it('finds the events of a visitor, shows the consent record with the notice text, and exports CSV', async () => {
    const { page, problems } = watched;
    await page.getByTestId('consent-tab-events').click();
    await waitFor(page, 'consent-table');
    await page.getByTestId('consent-subject').fill(visitors.custom);
    await page.getByTestId('consent-search').click();
    await expect.poll(() => page.getByTestId('consent-row').count()).toBe(2);
    const rows = page.getByTestId('consent-row');
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-event')).sort())).toEqual([
      'given',
      'refused',
    ]);
    const given = page.locator(`[data-testid="consent-row"][data-purpose="${ANALYTICS}"]`);
    expect(await given.innerText()).toContain('Website statistics');
    expect(await given.innerText()).toContain('Own choice');
    expect(await given.innerText()).toContain('Webshop');

    // Export CSV of this search, through the API with the session cookie.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('consent-export-csv').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^consents-voorbeeld-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await download.path()) ?? '', 'utf8');
    const lines = csv.trim().split(/\r?\n/);
    expect(lines[0]).toContain('recordId');
    expect(lines).toHaveLength(3);
    expect(csv).toContain(visitors.custom);
    expect(csv).not.toContain(visitors.accepts);

    // The record of the analytics consent, readably.
    await given.getByTestId('consent-record-link').click();
    await page.waitForURL(/\/admin\/consent\/records\/[0-9a-f-]{36}$/);
    await expectText(page, 'record-state', 'Given');
    await expectText(page, 'record-state', 'counts as consent now');
    await expectText(page, 'record-controller', 'Voorbeeld Software BV');
    await expectText(page, 'record-purpose', 'Website statistics');
    await expectText(page, 'record-withdrawal', 'the cookie settings on the website');
    await expectText(page, 'record-retention', /\S/);
    await expectText(page, 'record-notice', 'Cookie banner, Dutch, register version 1');
    await expectText(page, 'notice-text', noticeTitle);
    await expectText(page, 'notice-text', 'Voorbeeld gebruikt noodzakelijke cookies');
    await expect.poll(() => page.getByTestId('record-event').count()).toBe(1);
    await expectText(page, 'record-event', 'Own choice');
    await page.getByTestId('consent-record-back').click();
    await waitFor(page, 'consent-filters');
    expect(unexpectedProblems(problems, [])).toEqual([]);
  });

  it("records a consent on someone's behalf, found by e-mail address afterwards", async () => {
    const { page, problems } = watched;
    await page.getByTestId('consent-tab-onBehalf').click();
    await page.getByTestId('on-behalf-submit').click();
    await expectText(page, 'on-behalf-email-error', 'Enter an e-mail address');
    await page.getByTestId('on-behalf-email').fill('subscriber@example.org');
    await page.getByTestId('on-behalf-purpose').selectOption('newsletter');
    await page.getByTestId('on-behalf-language').selectOption('nl');
    await page.getByTestId('on-behalf-note').fill('Letter of 3 March');
    await page.getByTestId('on-behalf-submit').click();
    await expectText(page, 'consent-on-behalf-result', 'Recorded for subscriber@example.org: Newsletter');
    await expectText(page, 'consent-on-behalf-result', 'Given');

    await page.getByTestId('consent-on-behalf-record').click();
    await expectText(page, 'record-purpose', 'Newsletter');
    await expectText(page, 'notice-text', 'Letter of 3 March');
    await expectText(page, 'record-event', 'Recorded on their behalf');
    await expectText(page, 'record-event', "on the person's behalf");

    await page.getByTestId('consent-tab-events').click();
    await page.getByTestId('consent-subject').fill('subscriber@example.org');
    await page.getByTestId('consent-search').click();
    await expect.poll(() => page.getByTestId('consent-row').count()).toBe(1);
    expect(await page.getByTestId('consent-row').innerText()).toContain('Recorded on their behalf');
    expect(unexpectedProblems(problems, [])).toEqual([]);
  });

  it('sends a mailing to the people whose consent counts, after a confirmation, each with a one-click unsubscribe', async () => {
    const { page, problems } = watched;
    await page.getByTestId('consent-tab-mailing').click();
    await page.getByTestId('mailing-purpose').selectOption('newsletter');
    await page.getByTestId('mailing-submit').click();
    await expectText(page, 'mailing-subject-error', 'Enter a subject');
    await page.getByTestId('mailing-subject').fill('Spring news');
    await page.getByTestId('mailing-text').fill('Our spring programme is out.');
    await page.getByTestId('mailing-submit').click();
    await expectText(page, 'mailing-confirm-error', 'Tick the box');
    // Nothing goes out without the confirmation.
    expect(smtp.messages.filter((m) => m.subject === 'Spring news')).toEqual([]);

    await page.getByTestId('mailing-confirm').check();
    await page.getByTestId('mailing-submit').click();
    await expectText(
      page,
      'consent-mailing-result',
      'Mails queued: 1, one for each person whose consent for Newsletter',
    );
    const mail = await smtp.waitForMail((m) => m.subject === 'Spring news');
    expect(mail.to).toEqual(['subscriber@example.org']);
    expect(mail.text).toContain('Our spring programme is out.');
    expect(mail.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    expect(mail.headers['list-unsubscribe']).toMatch(/^<http:\/\/127\.0\.0\.1:\d+\/u\//);
    expect(await page.getByTestId('mailing-subject').inputValue()).toBe('');

    // The mailing is in the mail log, as sent to the subscriber.
    await page.getByTestId('consent-mailing-log').click();
    await page.waitForURL(`${server.url}/admin/mail`);
    await expectText(page, 'mail-table', 'Spring news');
    await expectText(page, 'mail-table', 'subscriber@example.org');
    expect(unexpectedProblems(problems, [])).toEqual([]);
  });

  it("unsubscribes with one click on the mail's link in a browser; without script, the page only shows a button", async () => {
    const mail = await smtp.waitForMail((m) => m.subject === 'Spring news');
    const link = /https?:\/\/\S+\/u\/[A-Za-z0-9_.-]+/.exec(mail.text)?.[0] ?? '';
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/u\//);
    const lastEvent = async () => {
      const answer = await watched.page.request.get(
        `${server.url}/api/consents?organisation=voorbeeld&subject=subscriber%40example.org&purpose=newsletter`,
      );
      expect(answer.status()).toBe(200);
      const body = (await answer.json()) as { items: { event: string; method: string }[] };
      return body.items[0];
    };
    expect(await lastEvent()).toMatchObject({ event: 'given' });

    // The subscriber was recorded in Dutch (on their behalf, above), so the pages are Dutch.
    // What a mail scanner or a browser without script gets: a page with one button, and nothing recorded.
    const noScript = await browser.newContext({ javaScriptEnabled: false, locale: 'en-GB' });
    const plain = await noScript.newPage();
    await plain.goto(link);
    await plain.getByRole('button', { name: 'Uitschrijven' }).waitFor({ state: 'visible' });
    expect(await lastEvent()).toMatchObject({ event: 'given' });
    await noScript.close();

    // A browser: the page posts its form at once; one click in the mail is all it takes.
    const { problems } = watched;
    const page = await watched.context.newPage();
    await page.goto(link);
    await page.getByRole('heading', { name: 'Je bent uitgeschreven' }).waitFor({ state: 'visible' });
    expect(await page.textContent('main')).toContain('stuurt je niets meer voor: Nieuwsbrief');
    expect(await lastEvent()).toMatchObject({ event: 'withdrawn', method: 'unsubscribe_link' });
    await page.close();
    expect(unexpectedProblems(problems, [])).toEqual([]);
  });

  it('shows the figures of the last 30 days on the dashboard, linking to the Consent area', async () => {
    const { page, problems } = watched;
    await page.getByTestId('nav-dashboard').click();
    await expectText(page, 'consent-card', 'Consent, last 30 days');
    await expectText(page, 'consent-card-choices', /^5$/);
    await expectText(page, 'consent-card-accept-share', /^20%$/);
    await page.getByTestId('consent-card-link').click();
    await page.waitForURL(`${server.url}/admin/consent`);
    await waitFor(page, 'choice-chart');
    expect(unexpectedProblems(problems, [])).toEqual([]);
  });

  it('pages through the events 50 at a time with the next cursor', async () => {
    const { page, problems } = watched;
    // 10 banner events, 1 on-behalf event and 1 unsubscribe so far; 21 more choices of two purposes make 54.
    for (let i = 0; i < 21; i += 1) {
      await choose(newVisitorId(), 'accept_all', { [ANALYTICS]: true, [MARKETING]: true });
    }
    await page.getByTestId('consent-tab-events').click();
    await expect.poll(() => page.getByTestId('consent-row').count()).toBe(50);
    await expectText(page, 'consent-table', '50 shown');
    await page.getByTestId('consent-older').click();
    await expect.poll(() => page.getByTestId('consent-row').count()).toBe(54);
    await page.getByTestId('consent-older').waitFor({ state: 'detached' });
    const ids = await page
      .getByTestId('consent-record-link')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(new Set(ids).size).toBeGreaterThan(20);
    expect(unexpectedProblems(problems, [])).toEqual([]);
  });
});
