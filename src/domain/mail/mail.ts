/**
 * Mail as the rest of Dijk sees it: what kinds there are, what a service hands to the outbox, and the rules the
 * outbox job follows (retry schedule, which headers may pass, how a delivery error is kept without the
 * recipient). Pure: the outbox table is `src/store/mail-outbox.store.ts`, delivery is `src/jobs/mail-outbox.job.ts`
 * (docs/mail.md).
 */

/** Why a mail is sent. Extend the union when an area adds a kind; the column takes any 1–50 character name. */
export type MailKind =
  | 'password_reset'
  | 'account_locked'
  | 'password_changed'
  | 'totp_reset'
  | 'consent_confirmation'
  | 'consent_receipt'
  | 'preferences_link'
  | 'parental_consent'
  | 'marketing'
  | 'audit_anchor';

/** A mail as a service enqueues it. */
export interface OutgoingMail {
  /** The organisation it is sent for, or null for install-level mail (accounts: reset, lock). */
  organisationId: string | null;
  kind: MailKind;
  /** One recipient address. */
  to: string;
  subject: string;
  text: string;
  html?: string;
  /**
   * Extra headers, passed to the SMTP server exactly as given (List-Unsubscribe, List-Unsubscribe-Post, …).
   * Printable US-ASCII only; see {@link checkMailHeaders}.
   */
  headers?: Record<string, string>;
  /** A mail carrying a secret (a reset link): its bodies are deleted once it is delivered. */
  secret?: boolean;
}

/** The state of a mail in the outbox. */
export type MailStatus = 'pending' | 'sent' | 'failed';

/** A mail of the outbox as the log shows it: never its bodies. */
export interface MailLogEntry {
  id: string;
  organisationId: string | null;
  kind: string;
  recipient: string;
  subject: string;
  status: MailStatus;
  attempts: number;
  createdAt: Date;
  sentAt: Date | null;
  nextAttemptAt: Date | null;
  lastError: string | null;
}

/** A page of the mail log: newest first, filtered; `before` is the id of the last mail of the previous page. */
export interface MailLogQuery {
  limit: number;
  before?: string;
  kind?: string;
  status?: MailStatus;
}

/** A mail the outbox job is to deliver now. */
export interface DueMail {
  id: string;
  kind: string;
  to: string;
  subject: string;
  text: string | null;
  html: string | null;
  headers: Record<string, string>;
  /** This delivery is attempt number … (1 for the first). */
  attempt: number;
}

/** Delivers one mail (SMTP through nodemailer in `src/modules/smtp-transport.ts`). */
export interface MailTransport {
  /** Sends the mail; rejects with the mail server's error. */
  send(mail: DueMail): Promise<{ messageId: string | null }>;
  close(): Promise<void>;
}

/** Attempts before a mail is given up ('failed'): together the waits below cover about a day. */
export const MAIL_MAX_ATTEMPTS = 10;

/** The wait after the first failed attempt; each further failure waits four times longer, up to the maximum. */
export const MAIL_FIRST_RETRY_MS = 5_000;
export const MAIL_MAX_RETRY_MS = 6 * 60 * 60_000;

/**
 * How long to wait after failed attempt number `attempt` (1-based) before the next one: 5 s, 20 s, 80 s, 5 min,
 * 21 min, 85 min, 5.7 h, then 6 h. The first retry is quick because the commonest failure is a mail server
 * restarting; the later ones are spaced out because a mail server that is down for long should not be hammered.
 */
export function mailRetryDelayMs(attempt: number): number {
  const step = Math.max(1, Math.floor(attempt));
  return Math.min(MAIL_MAX_RETRY_MS, MAIL_FIRST_RETRY_MS * 4 ** Math.min(step - 1, 20));
}

/** What happens after failed attempt number `attempt`: try again at a time, or give up. */
export function nextMailAttempt(attempt: number, now: Date): { status: 'pending'; at: Date } | { status: 'failed' } {
  if (attempt >= MAIL_MAX_ATTEMPTS) {
    return { status: 'failed' };
  }
  return { status: 'pending', at: new Date(now.getTime() + mailRetryDelayMs(attempt)) };
}

/** Headers the transport sets itself from the mail's own fields: a service may not set them through `headers`. */
const RESERVED_HEADERS = new Set([
  'from',
  'to',
  'cc',
  'bcc',
  'subject',
  'date',
  'message-id',
  'sender',
  'reply-to',
  'return-path',
  'mime-version',
  'content-type',
  'content-transfer-encoding',
]);

/** RFC 5322 §2.2: a header name is printable US-ASCII except the colon. */
const HEADER_NAME = /^[!-9;-~]{1,76}$/;
/** A value kept on one line of printable US-ASCII (and tabs), within the 998-character line limit (RFC 5322 §2.1.1). */
const HEADER_VALUE = /^[\t -~]{0,900}$/;

/**
 * The problems of a mail's extra headers, empty when they can be sent untouched: a name that is not a header
 * name, a value with a line break (header injection) or non-ASCII text, or a header the transport sets itself.
 */
export function checkMailHeaders(headers: Record<string, string> | undefined): string[] {
  const problems: string[] = [];
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (!HEADER_NAME.test(name)) {
      problems.push('a header name is not a valid header name');
    } else if (RESERVED_HEADERS.has(name.toLowerCase())) {
      problems.push(`the ${name} header is set by the transport`);
    }
    if (typeof value !== 'string' || !HEADER_VALUE.test(value)) {
      problems.push('the value of a header must be one line of printable ASCII');
    }
  }
  return problems;
}

/** Recipient addresses and anything shaped like an address: a delivery error must not keep them. */
const ADDRESS_LIKE = /[^\s<>()[\]",;:]+@[^\s<>()[\]",;:]+/g;

/**
 * A delivery error as the outbox keeps it and the mail log shows it: the recipient (and any other address the mail
 * server quoted) replaced, on one line, at most 300 characters. SMTP servers quote the recipient in their refusals
 * ("550 5.1.1 <someone@example.org>: Recipient address rejected"); the mail log must not repeat it in a field that
 * nobody thinks of as personal data.
 */
export function redactMailError(message: string, recipient: string): string {
  let text = message.replace(/\s+/g, ' ').trim();
  if (recipient.length > 0) {
    const lower = recipient.toLowerCase();
    let index = text.toLowerCase().indexOf(lower);
    while (index >= 0) {
      text = `${text.slice(0, index)}<recipient>${text.slice(index + recipient.length)}`;
      index = text.toLowerCase().indexOf(lower);
    }
  }
  text = text.replace(ADDRESS_LIKE, '<address>');
  return text.length > 300 ? `${text.slice(0, 299)}…` : text || 'unknown error';
}

/** Wakes the outbox job right after a mail was enqueued in this process, so it need not wait for its next poll. */
export interface MailWakeUp {
  /** Call after the transaction that enqueued the mail committed. */
  mailEnqueued(): void;
}

/** A {@link MailWakeUp} that the outbox job listens to. */
export interface MailNotifier extends MailWakeUp {
  /** Calls `listener` at every `mailEnqueued()`; answers a function that stops it. */
  subscribe(listener: () => void): () => void;
}

/** The in-process notifier between the services that enqueue and the job that delivers. */
export function createMailNotifier(): MailNotifier {
  const listeners = new Set<() => void>();
  return {
    mailEnqueued() {
      for (const listener of listeners) {
        listener();
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
