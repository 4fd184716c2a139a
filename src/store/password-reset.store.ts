import type { Kysely } from 'kysely';
import type { PasswordResetPorts } from '../domain/accounts/password-reset.service.js';
import { auditStore } from './audit.store.js';
import { mailOutboxStore } from './mail-outbox.store.js';
import type { Database } from './schema.js';

/** Kysely implementation of the password-reset ports. */
export function passwordResetStore(db: Kysely<Database>): PasswordResetPorts {
  return {
    async findUserByEmail(email) {
      const row = await db
        .selectFrom('users')
        .select(['id', 'email', 'disabled_at'])
        .where((eb) => eb(eb.fn('lower', ['email']), '=', email.trim().toLowerCase()))
        .executeTakeFirst();
      return row ? { id: row.id, email: row.email, disabled: row.disabled_at !== null } : undefined;
    },
    async countResetTokensSince(userId, since) {
      const row = await db
        .selectFrom('password_reset_tokens')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('user_id', '=', userId)
        .where('created_at', '>=', since)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async insertResetToken(row, mail, audit) {
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('password_reset_tokens')
          .values({
            user_id: row.userId,
            token_hash: row.tokenHash,
            created_at: row.createdAt,
            expires_at: row.expiresAt,
          })
          .execute();
        await mailOutboxStore(trx).enqueueMail(mail);
        await auditStore(trx).appendAuditEntry(audit);
      });
    },
    appendAuditEntry: (event) => auditStore(db).appendAuditEntry(event),
    async findResetToken(tokenHash) {
      const row = await db
        .selectFrom('password_reset_tokens as t')
        .innerJoin('users as u', 'u.id', 't.user_id')
        .select(['t.id', 't.user_id', 'u.email', 't.expires_at', 't.used_at', 'u.disabled_at', 'u.preferred_language'])
        .where('t.token_hash', '=', tokenHash)
        .executeTakeFirst();
      return row
        ? {
            id: row.id,
            userId: row.user_id,
            email: row.email,
            expiresAt: new Date(row.expires_at),
            usedAt: row.used_at === null ? null : new Date(row.used_at),
            userDisabled: row.disabled_at !== null,
            language: row.preferred_language,
          }
        : undefined;
    },
    completePasswordReset({ tokenId, userId, passwordHash, now, language }, audit, notice) {
      return db.transaction().execute(async (trx) => {
        const used = await trx
          .updateTable('password_reset_tokens')
          .set({ used_at: now })
          .where('id', '=', tokenId)
          .where('used_at', 'is', null)
          .where('expires_at', '>', now)
          .executeTakeFirst();
        if (used.numUpdatedRows !== 1n) {
          return false;
        }
        await trx
          .updateTable('users')
          .set({
            password_hash: passwordHash,
            failed_login_count: 0,
            last_failed_login_at: null,
            locked_until: null,
            updated_at: now,
            ...(language ? { preferred_language: language } : {}),
          })
          .where('id', '=', userId)
          .execute();
        // Whoever knew the old password is out: every session ends, and older links stop working.
        await trx.deleteFrom('admin_sessions').where('user_id', '=', userId).execute();
        await trx
          .updateTable('password_reset_tokens')
          .set({ used_at: now })
          .where('user_id', '=', userId)
          .where('used_at', 'is', null)
          .execute();
        await mailOutboxStore(trx).enqueueMail(notice);
        await auditStore(trx).appendAuditEntry(audit);
        return true;
      });
    },
  };
}

/** Deletes reset tokens expired for longer than `graceMs` (used ones expire too): they open nothing any more. */
export async function deleteExpiredResetTokens(db: Kysely<Database>, now: Date, graceMs: number): Promise<number> {
  const result = await db
    .deleteFrom('password_reset_tokens')
    .where('expires_at', '<', new Date(now.getTime() - graceMs))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
