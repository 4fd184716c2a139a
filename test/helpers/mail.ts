import { type CapturedMail, type DevSmtpServer, startDevSmtpServer } from '../../src/modules/dev-smtp-server.js';

export type { CapturedMail };

/**
 * The in-process SMTP server of `dijk demo` (src/modules/dev-smtp-server.ts), for tests: pass `url` as SMTP_URL to
 * `startTestServer({ env: { SMTP_URL } })`, then wait for what the server sends. `port` binds a given port (to test
 * a mail server that comes up later).
 */
export function startTestSmtp(options: { port?: number } = {}): Promise<DevSmtpServer> {
  return startDevSmtpServer(options);
}

/** The first link of a mail's text that starts with `prefix` (e.g. the server URL). */
export function linkIn(mail: CapturedMail, prefix: string): string {
  const link = mail.text.split(/\s+/).find((word) => word.startsWith(prefix));
  if (!link) {
    throw new Error('the mail holds no such link');
  }
  return link;
}

/** The `token` parameter of the reset link in a mail. */
export function resetTokenIn(mail: CapturedMail): string {
  const link = mail.text.split(/\s+/).find((word) => word.includes('/admin/reset-password?token='));
  const token = link ? new URL(link).searchParams.get('token') : null;
  if (!token) {
    throw new Error('the mail holds no reset link');
  }
  return token;
}

/** Resolves once `check` answers true, polling every 50 ms; rejects after the timeout. */
export async function waitUntil(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) {
      throw new Error(`condition not met within ${timeoutMs} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
