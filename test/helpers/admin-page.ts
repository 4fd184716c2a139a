import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { adminSessionServiceFactory } from '../../src/domain/accounts/admin-session.service.js';
import { adminSessionStore } from '../../src/store/admin-session.store.js';
import type { TestServer } from './server.js';

const ROOT = resolve(import.meta.dirname, '..', '..');

/** Newest modification time of the files under `path`. */
function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) {
    return stat.mtimeMs;
  }
  return Math.max(0, ...readdirSync(path).map((entry) => newestMtime(join(path, entry))));
}

/** Browser tests run against the built UI; a missing or stale build would test old code, so say so plainly. */
export function assertAdminUiBuilt(): void {
  const admin = join(ROOT, 'web', 'admin');
  const shell = join(admin, 'dist', 'index.html');
  if (!existsSync(shell)) {
    throw new Error('web/admin/dist is not built: run `npm run build` (npm test does it) first.');
  }
  const sources = Math.max(newestMtime(join(admin, 'src')), newestMtime(join(admin, 'index.html')));
  if (sources > statSync(shell).mtimeMs) {
    throw new Error('web/admin/dist is older than web/admin/src: run `npm run build` (npm test does it) first.');
  }
}

/** Waits until the (first) element with this data-testid contains `text` (or matches the pattern). */
export async function expectText(page: Page, testId: string, text: string | RegExp): Promise<void> {
  const locator = page.getByTestId(testId).first();
  await locator.waitFor({ state: 'visible' });
  const expected = typeof text === 'string' ? expect.stringContaining(text) : expect.stringMatching(text);
  await expect.poll(async () => (await locator.innerText()).trim(), { timeout: 10_000 }).toEqual(expected);
}

/** Logs the page in with a one-time setup link (owner of every organisation) and waits for the dashboard. */
export async function loginWithSetupLink(page: Page, server: TestServer): Promise<void> {
  const sessions = adminSessionServiceFactory({
    store: adminSessionStore(server.server.store.db),
    now: () => new Date(),
  });
  const { token } = await sessions.createLoginLink();
  await page.goto(`${server.url}/admin/login?token=${encodeURIComponent(token)}`);
  await page.waitForURL(`${server.url}/admin/`);
}

/**
 * Chromium logs every 4xx answer to fetch as a console error ("Failed to load resource: the server responded with
 * a status of N"). The answers a test provokes on purpose are expected; every other problem — another status, a CSP
 * violation, an uncaught error — is returned as a failure.
 */
export function unexpectedProblems(problems: readonly string[], statuses: readonly number[]): string[] {
  if (statuses.length === 0) {
    return [...problems];
  }
  const expected = new RegExp(`Failed to load resource: the server responded with a status of (${statuses.join('|')})`);
  return problems.filter((problem) => !expected.test(problem));
}

/** Saves a screenshot under docs/img when DIJK_SCREENSHOTS=1 (for the README and docs). */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  if (process.env.DIJK_SCREENSHOTS !== '1') {
    return;
  }
  const target = join(ROOT, 'docs', 'img', name);
  mkdirSync(dirname(target), { recursive: true });
  await page.mouse.move(0, 799);
  await page.screenshot({ path: target, fullPage: false });
}
