import { createHmac } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { LoginPorts } from '../domain/accounts/login.service.js';
import type { ThrottleState } from '../domain/accounts/login-throttle.js';
import { NO_FAILURES } from '../domain/accounts/login-throttle.js';
import { findMemberships } from './admin-session.store.js';
import { installKeyLoader } from './install-key.store.js';
import { mailOutboxStore } from './mail-outbox.store.js';
import type { Database } from './schema.js';
import { totpSecrets } from './totp-secret.store.js';

const HMAC_KEY_NAME = 'login-attempts-hmac';

const toState = (r: { failures: number; last_failure_at: Date | null; locked_until: Date | null }): ThrottleState => ({
  failures: r.failures,
  lastFailureAt: r.last_failure_at === null ? null : new Date(r.last_failure_at),
  lockedUntil: r.locked_until === null ? null : new Date(r.locked_until),
});

/**
 * Kysely implementation of the login ports (except the audit, wired beside it). A client address or an unknown
 * e-mail address is stored only as an HMAC under a per-install key (GDPR Art. 5(1)(c) and Art. 32).
 */
export function loginStore(
  db: Kysely<Database>,
  options: { secretKey?: Buffer | undefined } = {},
): Omit<LoginPorts, 'appendAuditEntry'> {
  const key = installKeyLoader(db, HMAC_KEY_NAME);
  const secrets = totpSecrets(db, options);
  const keyHash = async (k: { scope: string; value: string }) =>
    createHmac('sha256', await key())
      .update(`${k.scope}:${k.value}`, 'utf8')
      .digest('hex');

  return {
    async findUserForLogin(email) {
      const row = await db
        .selectFrom('users')
        .selectAll()
        .where((eb) => eb(eb.fn('lower', ['email']), '=', email.trim().toLowerCase()))
        .executeTakeFirst();
      if (!row) {
        return undefined;
      }
      const totp = await secrets.read(row.id, row.totp_secret);
      return {
        id: row.id,
        passwordHash: row.password_hash,
        totpSecret: totp.secret,
        totpUnreadable: totp.unreadable,
        totpEnabled: row.totp_enabled_at !== null,
        totpLastStep: row.totp_last_step === null ? null : Number(row.totp_last_step),
        disabled: row.disabled_at !== null,
        throttle: toState({
          failures: row.failed_login_count,
          last_failure_at: row.last_failed_login_at,
          locked_until: row.locked_until,
        }),
        memberships: await findMemberships(db, row.id),
      };
    },
    async readAttempts(k) {
      const row = await db
        .selectFrom('login_attempts')
        .select(['failures', 'last_failure_at', 'locked_until'])
        .where('key_hash', '=', await keyHash(k))
        .executeTakeFirst();
      return row ? toState(row) : NO_FAILURES;
    },
    async updateAttempts(k, update) {
      const hash = await keyHash(k);
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('login_attempts')
          .values({ key_hash: hash, failures: 0, last_failure_at: new Date(0), locked_until: null })
          .onConflict((oc) => oc.column('key_hash').doNothing())
          .execute();
        const row = await trx
          .selectFrom('login_attempts')
          .select(['failures', 'last_failure_at', 'locked_until'])
          .where('key_hash', '=', hash)
          .forUpdate()
          .executeTakeFirstOrThrow();
        const next = update(row.failures === 0 ? NO_FAILURES : toState(row));
        await trx
          .updateTable('login_attempts')
          .set({
            failures: next.failures,
            last_failure_at: next.lastFailureAt ?? new Date(0),
            locked_until: next.lockedUntil,
          })
          .where('key_hash', '=', hash)
          .execute();
      });
    },
    async updateUserThrottle(userId, update) {
      return db.transaction().execute(async (trx) => {
        const row = await trx
          .selectFrom('users')
          .select(['failed_login_count', 'last_failed_login_at', 'locked_until', 'email', 'preferred_language'])
          .where('id', '=', userId)
          .forUpdate()
          .executeTakeFirst();
        if (!row) {
          return { isMailQueued: false };
        }
        const { next, mail, language } = update(
          toState({
            failures: row.failed_login_count,
            last_failure_at: row.last_failed_login_at,
            locked_until: row.locked_until,
          }),
          { email: row.email, language: row.preferred_language },
        );
        await trx
          .updateTable('users')
          .set({
            failed_login_count: next.failures,
            last_failed_login_at: next.lastFailureAt,
            locked_until: next.lockedUntil,
            ...(language && language !== row.preferred_language ? { preferred_language: language } : {}),
          })
          .where('id', '=', userId)
          .execute();
        if (mail) {
          // The transactional outbox: the notice exists exactly when the lock does.
          await mailOutboxStore(trx).enqueueMail(mail);
        }
        return { isMailQueued: mail !== undefined };
      });
    },
    async consumeTotpStep(userId, step) {
      const result = await db
        .updateTable('users')
        .set({ totp_last_step: step })
        .where('id', '=', userId)
        .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
        .executeTakeFirst();
      return result.numUpdatedRows === 1n;
    },
    async consumeRecoveryCode(userId, codeHash, now) {
      const result = await db
        .updateTable('user_recovery_codes')
        .set({ used_at: now })
        .where('user_id', '=', userId)
        .where('code_hash', '=', codeHash)
        .where('used_at', 'is', null)
        .executeTakeFirst();
      return result.numUpdatedRows === 1n;
    },
  };
}

/**
 * Deletes throttle rows that no longer count: not locked, and quiet for longer than `quietMs` (the throttle then
 * starts from zero anyway, `isStale` in login-throttle.ts). Keeps the table to the addresses of the last hour.
 */
export async function deleteStaleLoginAttempts(db: Kysely<Database>, now: Date, quietMs: number): Promise<number> {
  const result = await db
    .deleteFrom('login_attempts')
    .where('last_failure_at', '<', new Date(now.getTime() - quietMs))
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', now)]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
