import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { type ParsedMail, parseRawMail } from './raw-mail.js';

/** A message the in-process SMTP server received. */
export interface CapturedMail extends ParsedMail {
  /** The envelope recipients (RCPT TO). */
  to: string[];
  /** The envelope sender (MAIL FROM). */
  from: string | undefined;
  /** The message as received, CRLF line ends, dot-stuffing undone. */
  raw: string;
  receivedAt: Date;
}

/** A running in-process SMTP server. */
export interface DevSmtpServer {
  /** `smtp://127.0.0.1:PORT`: put it in SMTP_URL. */
  readonly url: string;
  readonly port: number;
  /** Every message received so far, oldest first (at most `maxMessages`). */
  readonly messages: CapturedMail[];
  /** Resolves with the first message (already received or still to come) that matches; rejects after the timeout. */
  waitForMail(predicate: (mail: CapturedMail) => boolean, timeoutMs?: number): Promise<CapturedMail>;
  close(): Promise<void>;
}

/** The largest message accepted: Dijk's mails are a few kilobytes. */
const MAX_MESSAGE_BYTES = 1024 * 1024;

/**
 * An SMTP server in this process for `dijk demo` and the tests (docs/mail.md): it listens on 127.0.0.1 only, on a
 * free port (or the one given), asks for no authentication and offers no TLS, and keeps what it receives in memory
 * (the newest `maxMessages`) instead of delivering it anywhere. Nothing it receives leaves the process. Not for
 * production: use a real mail server there (SMTP_URL).
 */
export async function startDevSmtpServer(
  options: { port?: number; maxMessages?: number } = {},
): Promise<DevSmtpServer> {
  const maxMessages = options.maxMessages ?? 500;
  const messages: CapturedMail[] = [];
  const waiters = new Set<(mail: CapturedMail) => void>();

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    banner: 'Dijk in-process SMTP server (keeps mail in memory)',
    size: MAX_MESSAGE_BYTES,
    closeTimeout: 1_000,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', (error) => callback(error));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const envelope = session.envelope;
        const mail: CapturedMail = {
          ...parseRawMail(raw),
          to: envelope.rcptTo.map((r) => r.address),
          from: envelope.mailFrom === false ? undefined : envelope.mailFrom.address,
          raw,
          receivedAt: new Date(),
        };
        messages.push(mail);
        if (messages.length > maxMessages) {
          messages.splice(0, messages.length - maxMessages);
        }
        for (const waiter of waiters) {
          waiter(mail);
        }
        callback(null);
      });
    },
  });
  // A client that goes away mid-session is no reason to stop; there is nobody to tell.
  server.on('error', () => {});

  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.server.address() as AddressInfo;

  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    messages,
    waitForMail(predicate, timeoutMs = 10_000) {
      const found = messages.find(predicate);
      if (found) {
        return Promise.resolve(found);
      }
      return new Promise((resolve, reject) => {
        const waiter = (mail: CapturedMail) => {
          if (predicate(mail)) {
            clearTimeout(timer);
            waiters.delete(waiter);
            resolve(mail);
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(new Error(`no matching mail arrived within ${timeoutMs} ms (${messages.length} received)`));
        }, timeoutMs);
        waiters.add(waiter);
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
