import { existsSync } from 'node:fs';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { describe, it } from 'vitest';

/** Where CI and the dev container install Chromium (`.ci/run` installs it when missing). */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Whether Chromium is installed, so browser tests can run. */
export function isBrowserAvailable(): boolean {
  return existsSync(CHROMIUM_PATH);
}

/**
 * `describe` for tests that need Chromium. The rule for every browser test: when Chromium is missing, fail under
 * `CI=true` (a skipped browser suite must never pass CI silently) and otherwise skip with a loud warning.
 */
export function describeWithBrowser(name: string, suite: () => void): void {
  if (isBrowserAvailable()) {
    describe(name, suite);
    return;
  }
  if (process.env.CI === 'true') {
    describe(name, () => {
      it(`needs Chromium at ${CHROMIUM_PATH}`, () => {
        throw new Error(`CI=true but ${CHROMIUM_PATH} is missing: browser tests cannot be skipped in CI.`);
      });
    });
    return;
  }
  console.warn(`\n⚠  ${CHROMIUM_PATH} is missing: the browser tests "${name}" are SKIPPED, the UI is NOT tested.\n`);
  describe.skip(name, suite);
}

/** Launches headless Chromium with background networking off, so the browser itself calls nowhere. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** A page and what went wrong on it: console errors, uncaught errors, CSP violations, requests elsewhere. */
export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  /** One line per problem seen so far; a clean page has none. */
  problems: string[];
}

/**
 * Opens a page in a fresh context (own storage, English by default) that records every problem and refuses every
 * request to another origin than `baseUrl` (tests make no outbound calls; the admin UI must not either).
 */
export async function openWatchedPage(
  browser: Browser,
  baseUrl: string,
  options: { locale?: string; viewport?: { width: number; height: number } } = {},
): Promise<WatchedPage> {
  const context = await browser.newContext({
    locale: options.locale ?? 'en-GB',
    viewport: options.viewport ?? { width: 1280, height: 800 },
    serviceWorkers: 'block',
  });
  const problems: string[] = [];
  const origin = new URL(baseUrl).origin;
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) {
      await route.fallback();
      return;
    }
    problems.push(`request to another origin refused: ${url}`);
    await route.abort('blockedbyclient');
  });
  // Runs before any page script and outside the page's CSP (Playwright injects it through the DevTools protocol).
  // A string, because this code runs in the page (the test tsconfig has no DOM types).
  await context.addInitScript({
    content: `document.addEventListener('securitypolicyviolation', (event) => {
      console.error('CSP violation: ' + event.violatedDirective + ' blocked ' + (event.blockedURI || 'inline'));
    });`,
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') {
      problems.push(`console error: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`uncaught error: ${error.message}`));
  return { page, context, problems };
}
