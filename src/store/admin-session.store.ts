import type { Kysely } from 'kysely';
import type { AdminSessionPorts } from '../domain/accounts/admin-session.service.js';
import type { Database } from './schema.js';

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
    async insertSession({ tokenHash, expiresAt, role }) {
      await db.insertInto('admin_sessions').values({ token_hash: tokenHash, expires_at: expiresAt, role }).execute();
    },
    async touchSession(tokenHash, now) {
      const row = await db
        .updateTable('admin_sessions')
        .set({ last_seen_at: now })
        .where('token_hash', '=', tokenHash)
        .where('expires_at', '>', now)
        .returning(['id', 'expires_at', 'role'])
        .executeTakeFirst();
      return row ? { id: row.id, role: row.role, expiresAt: row.expires_at } : undefined;
    },
    async deleteSession(tokenHash) {
      await db.deleteFrom('admin_sessions').where('token_hash', '=', tokenHash).execute();
    },
  };
}
