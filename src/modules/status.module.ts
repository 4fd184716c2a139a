import { sql } from 'kysely';
import type { Store } from '../store/db.js';
import { getMigrationStatus } from '../store/migrator.js';

/** Process and database status, for /readyz and the admin dashboard. */
export function statusModule(deps: { store: Store; version: string; startedAt: Date; now: () => Date }) {
  const { store, version, startedAt, now } = deps;

  async function database() {
    try {
      const latencyMs = await store.ping();
      const migrations = await getMigrationStatus(store.db);
      return { reachable: true, latencyMs, migrations };
    } catch {
      return { reachable: false, latencyMs: null, migrations: undefined };
    }
  }

  return {
    async checkReadiness(): Promise<{ ready: true } | { ready: false; reason: string }> {
      const db = await database();
      if (!db.reachable || !db.migrations) {
        return { ready: false, reason: 'The database is not reachable.' };
      }
      if (db.migrations.pending.length > 0) {
        return { ready: false, reason: `${db.migrations.pending.length} database migration(s) pending.` };
      }
      return { ready: true };
    },

    async getStatus() {
      const db = await database();
      const counts = db.reachable ? await countRows(store).catch(() => null) : null;
      return {
        name: 'dijk' as const,
        version,
        startedAt: startedAt.toISOString(),
        uptimeSeconds: Math.round((now().getTime() - startedAt.getTime()) / 100) / 10,
        database: {
          dialect: store.dialect,
          reachable: db.reachable,
          latencyMs: db.latencyMs === null ? null : Math.round(db.latencyMs * 100) / 100,
          migrations: {
            applied: db.migrations?.applied.length ?? 0,
            pending: db.migrations?.pending.length ?? 0,
            latest: db.migrations?.applied.at(-1) ?? null,
          },
        },
        counts,
      };
    },
  };
}

async function countRows(store: Store): Promise<{ organisations: number; people: number }> {
  const row = await sql<{ organisations: number; people: number }>`
    select (select count(*)::int from organisations) as organisations,
           (select count(*)::int from people) as people`.execute(store.db);
  return row.rows[0] ?? { organisations: 0, people: 0 };
}

export type StatusService = ReturnType<typeof statusModule>;
