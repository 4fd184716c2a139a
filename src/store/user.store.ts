import type { Kysely } from 'kysely';
import type { User, UserPorts, UserRecord } from '../domain/accounts/account.js';
import { findMemberships } from './admin-session.store.js';
import { auditStore } from './audit.store.js';
import { mailOutboxStore } from './mail-outbox.store.js';
import type { Database } from './schema.js';
import { totpSecrets } from './totp-secret.store.js';

const userColumns = [
  'id',
  'email',
  'password_hash',
  'totp_secret',
  'totp_enabled_at',
  'disabled_at',
  'created_at',
  'preferred_language',
] as const;

type UserRow = {
  id: string;
  email: string;
  password_hash: string;
  totp_secret: string | null;
  totp_enabled_at: Date | null;
  disabled_at: Date | null;
  created_at: Date;
  preferred_language: 'nl' | 'fr' | 'en' | null;
};

async function toRecord(
  db: Kysely<Database>,
  row: UserRow,
  readTotpSecret: (userId: string, stored: string | null) => Promise<{ secret: string | null; unreadable: boolean }>,
): Promise<UserRecord> {
  const totp = await readTotpSecret(row.id, row.totp_secret);
  return {
    id: row.id,
    email: row.email,
    passwordHash: row.password_hash,
    totpSecret: totp.secret,
    totpUnreadable: totp.unreadable,
    language: row.preferred_language,
    totpEnabled: row.totp_enabled_at !== null,
    disabled: row.disabled_at !== null,
    createdAt: new Date(row.created_at),
    memberships: await findMemberships(db, row.id),
  };
}

/**
 * Kysely implementation of the user ports: accounts, memberships, TOTP and recovery codes. TOTP secrets are sealed
 * at rest (`totp-secret.store.ts`).
 */
export function userStore(db: Kysely<Database>, options: { secretKey?: Buffer | undefined } = {}): UserPorts {
  const secrets = totpSecrets(db, options);
  // Listing never needs the secrets: do not open (nor migrate) them there.
  const skip = async () => ({ secret: null, unreadable: false });
  return {
    async findUserById(userId) {
      const row = await db.selectFrom('users').select(userColumns).where('id', '=', userId).executeTakeFirst();
      return row ? toRecord(db, row, secrets.read) : undefined;
    },
    async insertUser({ email, passwordHash }) {
      // The unique index is on lower(email): the conflict target is an expression, so test first inside a
      // transaction and let the index refuse a race.
      try {
        return await db
          .insertInto('users')
          .values({ email, password_hash: passwordHash })
          .returning('id')
          .executeTakeFirstOrThrow();
      } catch (error) {
        if ((error as { code?: string }).code === '23505') {
          return undefined;
        }
        throw error;
      }
    },
    async listUsers(organisationIds) {
      let query = db.selectFrom('users').select(userColumns).orderBy('email');
      if (organisationIds !== 'all') {
        if (organisationIds.length === 0) {
          return [];
        }
        query = query.where('id', 'in', (eb) =>
          eb
            .selectFrom('memberships')
            .select('user_id')
            .where('organisation_id', 'in', [...organisationIds]),
        );
      }
      const rows = await query.execute();
      const users: User[] = [];
      for (const row of rows) {
        const {
          passwordHash: _p,
          totpSecret: _t,
          totpUnreadable: _u,
          language: _l,
          ...user
        } = await toRecord(db, row, skip);
        users.push(user);
      }
      return users;
    },
    async setMembership(userId, organisationId, role) {
      if (role === null) {
        await db
          .deleteFrom('memberships')
          .where('user_id', '=', userId)
          .where('organisation_id', '=', organisationId)
          .execute();
        return;
      }
      await db
        .insertInto('memberships')
        .values({ user_id: userId, organisation_id: organisationId, role })
        .onConflict((oc) => oc.columns(['user_id', 'organisation_id']).doUpdateSet({ role }))
        .execute();
    },
    async changePassword(userId, { passwordHash, keepSessionId, notice, audit }) {
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable('users')
          .set({ password_hash: passwordHash, updated_at: new Date() })
          .where('id', '=', userId)
          .execute();
        // Whoever knew the old password is out (OWASP Session Management): every other session ends.
        await trx.deleteFrom('admin_sessions').where('user_id', '=', userId).where('id', '<>', keepSessionId).execute();
        await mailOutboxStore(trx).enqueueMail(notice);
        await auditStore(trx).appendAuditEntry(audit);
      });
    },
    async setDisabled(userId, disabled, now) {
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable('users')
          .set({ disabled_at: disabled ? now : null, updated_at: now })
          .where('id', '=', userId)
          .execute();
        if (disabled) {
          await trx.deleteFrom('admin_sessions').where('user_id', '=', userId).execute();
        }
      });
    },
    async setPendingTotpSecret(userId, secret) {
      await db
        .updateTable('users')
        .set({ totp_secret: await secrets.seal(userId, secret), updated_at: new Date() })
        .where('id', '=', userId)
        .where('totp_enabled_at', 'is', null)
        .execute();
    },
    async enableTotp(userId, { now, step, recoveryCodeHashes }) {
      return db.transaction().execute(async (trx) => {
        const enabled = await trx
          .updateTable('users')
          .set({ totp_enabled_at: now, totp_last_step: step, updated_at: now })
          .where('id', '=', userId)
          .where('totp_enabled_at', 'is', null)
          .executeTakeFirst();
        if (enabled.numUpdatedRows !== 1n) {
          return false;
        }
        await trx.deleteFrom('user_recovery_codes').where('user_id', '=', userId).execute();
        await trx
          .insertInto('user_recovery_codes')
          .values(recoveryCodeHashes.map((code_hash) => ({ user_id: userId, code_hash })))
          .execute();
        return true;
      });
    },
    async resetTotp(userId, now, notice) {
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable('users')
          .set({ totp_secret: null, totp_enabled_at: null, totp_last_step: null, updated_at: now })
          .where('id', '=', userId)
          .execute();
        await trx.deleteFrom('user_recovery_codes').where('user_id', '=', userId).execute();
        await trx.deleteFrom('admin_sessions').where('user_id', '=', userId).execute();
        await mailOutboxStore(trx).enqueueMail(notice);
      });
    },
  };
}
