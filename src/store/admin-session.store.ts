import { type Kysely, sql } from 'kysely';
import type { Membership } from '../domain/accounts/account.js';
import type { AdminSessionPorts } from '../domain/accounts/admin-session.service.js';
import type { Database } from './schema.js';

/** The memberships of a user with their organisations' slugs. */
export async function findMemberships(db: Kysely<Database>, userId: string): Promise<Membership[]> {
  const rows = await db
    .selectFrom('memberships as m')
    .innerJoin('organisations as o', 'o.id', 'm.organisation_id')
    .select(['m.organisation_id', 'o.slug', 'm.role'])
    .where('m.user_id', '=', userId)
    .orderBy('o.slug')
    .execute();
  return rows.map((r) => ({ organisationId: r.organisation_id, organisationSlug: r.slug, role: r.role }));
}

const summaryColumns = ['id', 'created_at', 'last_seen_at', 'expires_at'] as const;
const toSummary = (r: { id: string; created_at: Date; last_seen_at: Date; expires_at: Date }) => ({
  id: r.id,
  createdAt: new Date(r.created_at),
  lastSeenAt: new Date(r.last_seen_at),
  expiresAt: new Date(r.expires_at),
});

/** Kysely implementation of the admin-session ports. */
export function adminSessionStore(db: Kysely<Database>): AdminSessionPorts {
  return {
    async insertLoginToken({ tokenHash, expiresAt }) {
      await db.insertInto('admin_login_tokens').values({ token_hash: tokenHash, expires_at: expiresAt }).execute();
    },
    async consumeLoginToken(tokenHash, now) {
      const result = await db
        .updateTable('admin_login_tokens')
        .set({ used_at: now })
        .where('token_hash', '=', tokenHash)
        .where('used_at', 'is', null)
        .where('expires_at', '>', now)
        .executeTakeFirst();
      return result.numUpdatedRows === 1n;
    },
    async insertSession({ tokenHash, expiresAt, idleExpiresAt, role, userId }) {
      return db
        .insertInto('admin_sessions')
        .values({ token_hash: tokenHash, expires_at: expiresAt, idle_expires_at: idleExpiresAt, role, user_id: userId })
        .returning('id')
        .executeTakeFirstOrThrow();
    },
    async touchSession(tokenHash, now, idleExpiresAt) {
      const row = await db
        .updateTable('admin_sessions')
        .set({ last_seen_at: now, idle_expires_at: idleExpiresAt })
        .where('token_hash', '=', tokenHash)
        .where('expires_at', '>', now)
        .where((eb) => eb.or([eb('idle_expires_at', 'is', null), eb('idle_expires_at', '>', now)]))
        .returning(['id', 'expires_at', 'role', 'user_id'])
        .executeTakeFirst();
      if (!row) {
        return undefined;
      }
      const base = { sessionId: row.id, role: row.role, expiresAt: new Date(row.expires_at) };
      if (row.user_id === null) {
        return { ...base, userId: null, memberships: 'all', totpEnabled: false };
      }
      const user = await db
        .selectFrom('users')
        .select(['totp_enabled_at', 'disabled_at'])
        .where('id', '=', row.user_id)
        .executeTakeFirst();
      if (!user || user.disabled_at !== null) {
        return undefined;
      }
      return {
        ...base,
        userId: row.user_id,
        memberships: await findMemberships(db, row.user_id),
        totpEnabled: user.totp_enabled_at !== null,
      };
    },
    async deleteSession(tokenHash) {
      await db.deleteFrom('admin_sessions').where('token_hash', '=', tokenHash).execute();
    },
    async listUserSessions(userId, now) {
      const rows = await db
        .selectFrom('admin_sessions')
        .select(summaryColumns)
        .where('user_id', '=', userId)
        .where('expires_at', '>', now)
        .where((eb) => eb.or([eb('idle_expires_at', 'is', null), eb('idle_expires_at', '>', now)]))
        .orderBy('created_at', 'desc')
        .execute();
      return rows.map(toSummary);
    },
    async findSessionSummary(sessionId) {
      const row = await db
        .selectFrom('admin_sessions')
        .select(summaryColumns)
        .where('id', '=', sessionId)
        .executeTakeFirst();
      return row ? toSummary(row) : undefined;
    },
    async deleteSessionById(sessionId, userId) {
      const result = await db
        .deleteFrom('admin_sessions')
        .where('id', '=', sessionId)
        .where(userId === null ? sql<boolean>`user_id is null` : sql<boolean>`user_id = ${userId}`)
        .executeTakeFirst();
      return result.numDeletedRows === 1n;
    },
  };
}
