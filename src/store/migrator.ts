import { type Kysely, sql } from 'kysely';
import { migrations as allMigrations, type Migration } from './migrations/index.js';
import type { Database } from './schema.js';

/** An arbitrary, fixed 64-bit key for pg_advisory_xact_lock: "dijk" + "migr" in ASCII. */
const MIGRATION_LOCK_KEY = 0x64696a6b6d696772n;

export interface MigrationStatus {
  applied: string[];
  pending: string[];
}

/** Which migrations are applied and which are pending. */
export async function getMigrationStatus(
  db: Kysely<Database>,
  migrations: readonly Migration[] = allMigrations,
): Promise<MigrationStatus> {
  await ensureMigrationsTable(db);
  const rows = await db.selectFrom('dijk_migrations').select('name').orderBy('name').execute();
  const applied = new Set(rows.map((r) => r.name));
  return {
    applied: rows.map((r) => r.name),
    pending: migrations.map((m) => m.name).filter((n) => !applied.has(n)),
  };
}

/**
 * Applies every pending migration, each in its own transaction that first takes a transaction-scoped advisory
 * lock and then re-checks whether another process applied it meanwhile. So two processes starting at once apply
 * each migration exactly once, and a process killed mid-migration leaves nothing half-done: its transaction rolls
 * back and its lock is released with its connection.
 */
export async function migrateToLatest(
  db: Kysely<Database>,
  migrations: readonly Migration[] = allMigrations,
  onApplied: (name: string) => void = () => {},
): Promise<string[]> {
  const { pending } = await getMigrationStatus(db, migrations);
  const appliedNow: string[] = [];
  for (const name of pending) {
    const migration = migrations.find((m) => m.name === name);
    if (!migration) {
      continue;
    }
    const didApply = await db.transaction().execute(async (trx) => {
      await sql`select pg_advisory_xact_lock(${sql.lit(MIGRATION_LOCK_KEY.toString())}::bigint)`.execute(trx);
      const done = await trx.selectFrom('dijk_migrations').select('name').where('name', '=', name).executeTakeFirst();
      if (done) {
        return false;
      }
      await migration.up(trx as unknown as Kysely<any>);
      await trx.insertInto('dijk_migrations').values({ name, applied_at: new Date() }).execute();
      return true;
    });
    if (didApply) {
      appliedNow.push(name);
      onApplied(name);
    }
  }
  return appliedNow;
}

async function ensureMigrationsTable(db: Kysely<Database>): Promise<void> {
  // `if not exists` is not enough on its own when two processes race on a fresh database: both may pass the
  // existence check and one fails on the catalog's unique index. Serialise the creation on the same lock.
  await db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${sql.lit(MIGRATION_LOCK_KEY.toString())}::bigint)`.execute(trx);
    await sql`
      create table if not exists dijk_migrations (
        name text primary key,
        applied_at timestamptz not null default now()
      )`.execute(trx);
  });
}
