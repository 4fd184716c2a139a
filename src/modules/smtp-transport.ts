import nodemailer from 'nodemailer';
import type { DueMail, MailTransport } from '../domain/mail/mail.js';

/** Timeouts that keep a hanging mail server from holding the outbox job (and a shutdown) for minutes. */
const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

/**
 * The message nodemailer builds for a due mail. The extra headers are marked `prepared`, so nodemailer emits them
 * exactly as given (List-Unsubscribe must reach the mailbox provider untouched; the outbox accepted only one-line
 * printable ASCII values, `checkMailHeaders`). Attachments by path or URL are switched off: a mail is its text.
 */
export function toMessage(mail: DueMail, from: string) {
  return {
    from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text ?? '',
    ...(mail.html ? { html: mail.html } : {}),
    headers: Object.fromEntries(
      Object.entries(mail.headers).map(([name, value]) => [name, { prepared: true, value }] as const),
    ),
    disableFileAccess: true,
    disableUrlAccess: true,
  };
}

/**
 * Sends mail through the SMTP server of `SMTP_URL` (smtps:// for TLS from the start; smtp:// upgrades with STARTTLS
 * when the server offers it). nodemailer's own logging stays off: it would print recipients and message text.
 */
export function createSmtpTransport(options: { url: string; from: string }): MailTransport {
  const transporter = nodemailer.createTransport({
    url: options.url,
    ...TIMEOUTS,
    logger: false,
    debug: false,
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  return {
    async send(mail) {
      const info = await transporter.sendMail(toMessage(mail, options.from));
      return { messageId: typeof info.messageId === 'string' ? info.messageId : null };
    },
    async close() {
      transporter.close();
    },
  };
}

/** A delivery error as one line for the outbox (which removes addresses): code, SMTP reply code and message. */
export function describeSendError(error: unknown): {
  code: string | undefined;
  responseCode: number | undefined;
  text: string;
} {
  const e = (error ?? {}) as { code?: unknown; responseCode?: unknown; message?: unknown };
  const code = typeof e.code === 'string' ? e.code : undefined;
  const responseCode = typeof e.responseCode === 'number' ? e.responseCode : undefined;
  const message = typeof e.message === 'string' ? e.message : 'unknown error';
  return { code, responseCode, text: [code, message].filter(Boolean).join(': ') };
}
