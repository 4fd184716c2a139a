import { type Kysely, sql, type Transaction } from 'kysely';
import {
  checkMailHeaders,
  type DueMail,
  type MailLogEntry,
  type MailLogQuery,
  type MailStatus,
  nextMailAttempt,
  type OutgoingMail,
  redactMailError,
} from '../domain/mail/mail.js';
import { AppError } from '../errors.js';
import type { Database } from './schema.js';

/** How long a claimed mail stays invisible to other senders: a sender that died meanwhile leaves it to the next. */
export const MAIL_CLAIM_LEASE_MS = 5 * 60_000;

const logColumns = [
  'id',
  'organisation_id',
  'kind',
  'recipient',
  'subject',
  'status',
  'attempts',
  'created_at',
  'sent_at',
  'next_attempt_at',
  'last_error',
] as const;

type LogRow = {
  id: string;
  organisation_id: string | null;
  kind: string;
  recipient: string;
  subject: string;
  status: MailStatus;
  attempts: number;
  created_at: Date;
  sent_at: Date | null;
  next_attempt_at: Date;
  last_error: string | null;
};

const toLogEntry = (r: LogRow): MailLogEntry => ({
  id: r.id,
  organisationId: r.organisation_id,
  kind: r.kind,
  recipient: r.recipient,
  subject: r.subject,
  status: r.status,
  attempts: r.attempts,
  createdAt: new Date(r.created_at),
  sentAt: r.sent_at === null ? null : new Date(r.sent_at),
  nextAttemptAt: r.status === 'pending' ? new Date(r.next_attempt_at) : null,
  lastError: r.last_error,
});

/**
 * The mail outbox (docs/mail.md). Pass a transaction as `db` to enqueue a mail in the same transaction as the change
 * that causes it (transactional outbox): the mail exists exactly when the change does. Delivery is the outbox job's:
 * it claims due mails (`FOR UPDATE SKIP LOCKED` plus a lease, so several instances never send one mail twice at
 * once), then marks each sent or failed.
 */
export function mailOutboxStore(db: Kysely<Database> | Transaction<Database>) {
  return {
    /** Adds a mail to the outbox, due at once. Refuses headers that could not be sent untouched. */
    async enqueueMail(mail: OutgoingMail): Promise<{ id: string }> {
      const problems = checkMailHeaders(mail.headers);
      if (problems.length > 0) {
        throw new AppError('internal', { message: `Mail headers refused: ${problems.join('; ')}` });
      }
      return db
        .insertInto('mail_outbox')
        .values({
          organisation_id: mail.organisationId,
          kind: mail.kind,
          recipient: mail.to,
          subject: mail.subject,
          text_body: mail.text,
          html_body: mail.html ?? null,
          headers: JSON.stringify(mail.headers ?? {}),
          secret: mail.secret ?? false,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
    },

    /**
     * Claims up to `limit` pending mails whose time has come, oldest due first: counts the attempt and moves their
     * next attempt a lease ahead, so neither another instance nor the next poll takes them meanwhile.
     */
    async claimDueMail(now: Date, limit: number): Promise<DueMail[]> {
      const leaseUntil = new Date(now.getTime() + MAIL_CLAIM_LEASE_MS);
      const result = await sql<{
        id: string;
        kind: string;
        recipient: string;
        subject: string;
        text_body: string | null;
        html_body: string | null;
        headers: unknown;
        attempts: number;
      }>`
        update mail_outbox m
        set attempts = m.attempts + 1, next_attempt_at = ${leaseUntil}
        from (
          select id from mail_outbox
          where status = 'pending' and next_attempt_at <= ${now}
          order by next_attempt_at, created_at
          limit ${limit}
          for update skip locked
        ) due
        where m.id = due.id
        returning m.id, m.kind, m.recipient, m.subject, m.text_body, m.html_body, m.headers, m.attempts`.execute(db);
      return result.rows.map((r) => ({
        id: r.id,
        kind: r.kind,
        to: r.recipient,
        subject: r.subject,
        text: r.text_body,
        html: r.html_body,
        headers: (typeof r.headers === 'string' ? JSON.parse(r.headers) : (r.headers ?? {})) as Record<string, string>,
        attempt: Number(r.attempts),
      }));
    },

    /** Marks a mail delivered. A secret mail loses its bodies: nobody reading the outbox can reuse its link. */
    async markMailSent(id: string, messageId: string | null, now: Date): Promise<void> {
      await db
        .updateTable('mail_outbox')
        .set({
          status: 'sent',
          sent_at: now,
          message_id: messageId,
          last_error: null,
          text_body: sql<string | null>`case when secret then null else text_body end`,
          html_body: sql<string | null>`case when secret then null else html_body end`,
        })
        .where('id', '=', id)
        .execute();
    },

    /**
     * Records a failed attempt: the error without the recipient (nor any other address), and either the next
     * attempt on the backoff schedule or, after the last attempt, status 'failed'. A failed secret mail loses its
     * bodies too.
     */
    async markMailFailed(id: string, error: string, now: Date): Promise<{ status: MailStatus }> {
      return inTransaction(db, async (trx) => {
        const row = await trx
          .selectFrom('mail_outbox')
          .select(['recipient', 'attempts', 'secret'])
          .where('id', '=', id)
          .forUpdate()
          .executeTakeFirst();
        if (!row) {
          return { status: 'failed' as const };
        }
        const next = nextMailAttempt(row.attempts, now);
        const gone = next.status === 'failed' && row.secret;
        await trx
          .updateTable('mail_outbox')
          .set({
            status: next.status,
            last_error: redactMailError(error, row.recipient),
            ...(next.status === 'pending' ? { next_attempt_at: next.at } : {}),
            ...(gone ? { text_body: null, html_body: null } : {}),
          })
          .where('id', '=', id)
          .execute();
        return { status: next.status };
      });
    },

    /** The mail log of an organisation (or, for null, of the install: account mails), newest first; no bodies. */
    async listMail(organisationId: string | null, query: MailLogQuery): Promise<MailLogEntry[]> {
      let select = db
        .selectFrom('mail_outbox')
        .select(logColumns)
        .where(
          organisationId === null
            ? sql<boolean>`organisation_id is null`
            : sql<boolean>`organisation_id = ${organisationId}`,
        )
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(query.limit);
      if (query.kind) {
        select = select.where('kind', '=', query.kind);
      }
      if (query.status) {
        select = select.where('status', '=', query.status);
      }
      if (query.before) {
        select = select.where(
          sql<boolean>`(created_at, id) < (select b.created_at, b.id from mail_outbox b where b.id = ${query.before})`,
        );
      }
      return (await select.execute()).map(toLogEntry);
    },

    /**
     * Deletes the mails sent or given up that were written before `before` (the retention sweep); a mail still
     * pending is kept, however old. Answers how many were deleted.
     */
    async deleteMailBefore(before: Date): Promise<number> {
      const result = await db
        .deleteFrom('mail_outbox')
        .where('status', '<>', 'pending')
        .where('created_at', '<', before)
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },

    /** How many mails wait to be delivered (including those waiting for a retry). */
    async countPendingMail(): Promise<number> {
      const row = await db
        .selectFrom('mail_outbox')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('status', '=', 'pending')
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}

/** Runs `work` in the caller's transaction, or in a new one. */
function inTransaction<T>(
  db: Kysely<Database> | Transaction<Database>,
  work: (trx: Kysely<Database>) => Promise<T>,
): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}

export type MailOutboxStore = ReturnType<typeof mailOutboxStore>;
