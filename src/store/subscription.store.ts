import { randomBytes } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import type { AuditEvent } from '../domain/audit/audit-chain.js';
import type { ConsentSubject, SubscriptionPorts } from '../domain/consent/subscription.js';
import type { OutgoingMail } from '../domain/mail/mail.js';
import { auditStore } from './audit.store.js';
import { type ConsentEventRow, toConsentEvent } from './consent-event.store.js';
import { mailOutboxStore } from './mail-outbox.store.js';
import type { Database } from './schema.js';

/** The install key that signs consent links (confirmation, unsubscribe, preference centre). */
const TOKEN_KEY_NAME = 'consent-token-hmac';

/**
 * The key of the consent links: 32 random bytes made once per install and kept in `install_keys`, so links keep
 * working across restarts and on every instance over one PostgreSQL. Read once per process.
 */
export function consentTokenKey(db: Kysely<Database>): () => Promise<Uint8Array> {
  let key: Promise<Uint8Array> | undefined;
  return () => {
    key ??= (async () => {
      await db
        .insertInto('install_keys')
        .values({ name: TOKEN_KEY_NAME, key: randomBytes(32).toString('hex') })
        .onConflict((oc) => oc.column('name').doNothing())
        .execute();
      const row = await db
        .selectFrom('install_keys')
        .select('key')
        .where('name', '=', TOKEN_KEY_NAME)
        .executeTakeFirstOrThrow();
      return Buffer.from(row.key, 'hex');
    })();
    // A failed read is tried again at the next link instead of failing every later one.
    key.catch(() => {
      key = undefined;
    });
    return key;
  };
}

/**
 * Kysely implementation of the subscription ports that the consent ledger's store does not have: a subject by id,
 * the parent's address, the last event of every subject for a purpose (mailings), and the outbox writes.
 */
export function subscriptionStore(
  db: Kysely<Database>,
): Pick<
  SubscriptionPorts,
  'findSubject' | 'setParentEmail' | 'listLastSubjectEvents' | 'enqueueMail' | 'enqueueMailing'
> {
  return {
    async findSubject(organisationId, subjectId): Promise<ConsentSubject | undefined> {
      const row = await db
        .selectFrom('consent_subjects')
        .select(['id', 'email', 'language', 'parent_email'])
        .where('organisation_id', '=', organisationId)
        .where('id', '=', subjectId)
        .executeTakeFirst();
      return row ? { id: row.id, email: row.email, language: row.language, parentEmail: row.parent_email } : undefined;
    },

    async setParentEmail(organisationId, subjectId, parentEmail) {
      await db
        .updateTable('consent_subjects')
        .set({ parent_email: parentEmail })
        .where('organisation_id', '=', organisationId)
        .where('id', '=', subjectId)
        .execute();
    },

    async listLastSubjectEvents(organisationId, purposeId) {
      const result = await sql<Record<string, unknown>>`
        select distinct on (e.subject_key) e.*, s.email as subject_email, s.language as subject_language,
          s.parent_email as subject_parent_email
        from consent_events e
        join consent_subjects s on s.organisation_id = e.organisation_id and s.id::text = e.subject_key
        where e.organisation_id = ${organisationId} and e.purpose_id = ${purposeId} and e.subject_type = 'subject'
        order by e.subject_key, e.at desc, e.id desc`.execute(db);
      return result.rows.map((r) => {
        const event = toConsentEvent(r as ConsentEventRow);
        const subject: ConsentSubject = {
          id: r.subject_key as string,
          email: r.subject_email as string,
          language: r.subject_language as string | null,
          parentEmail: r.subject_parent_email as string | null,
        };
        return { subject, last: event };
      });
    },

    async enqueueMail(mail: OutgoingMail) {
      await mailOutboxStore(db).enqueueMail(mail);
    },

    /** Every mail of a mailing and its audit entry in one transaction: all of it is sent, or none. */
    async enqueueMailing(mails: readonly OutgoingMail[], audit: AuditEvent) {
      await db.transaction().execute(async (trx) => {
        const outbox = mailOutboxStore(trx);
        for (const mail of mails) {
          await outbox.enqueueMail(mail);
        }
        await auditStore(trx).appendAuditEntry(audit);
      });
    },
  };
}
