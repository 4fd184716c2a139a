import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { oneAtATime } from '../domain/consent/one-at-a-time.js';
import { AppError } from '../errors.js';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock.js';
import { advisoryExclusive } from './exclusive.js';
import { PGliteDialect } from './pglite-dialect.js';
import type { Database } from './schema.js';

export type StoreDialect = 'pglite' | 'postgres';

/** A constant SQL text with a name unique to it (see {@link Store.prepared}). */
export interface PreparedStatement {
  readonly name: string;
  readonly text: string;
}

/** Where the data lives: a PostgreSQL URL, or the embedded PGlite folder. */
export interface StoreConfig {
  readonly databaseUrl?: string | undefined;
  readonly dataDir: string;
  readonly databasePoolSize?: number;
}

/** An open database. `close` is idempotent and must be called on shutdown (it flushes PGlite to disk). */
export interface Store {
  readonly db: Kysely<Database>;
  readonly dialect: StoreDialect;
  /** True when the embedded store took over the lock of a crashed process. */
  readonly recoveredFromCrash: boolean;
  /** Round-trip to the database; resolves with the latency in ms, rejects when unreachable. */
  ping(): Promise<number>;
  /**
   * Runs one constant statement outside Kysely, for the hottest write paths: on PostgreSQL as a named prepared
   * statement (parsed and planned once per connection, not on every call); PGlite runs it as is. `statement.name`
   * must be unique to its text.
   */
  prepared<R>(statement: PreparedStatement, values: readonly unknown[]): Promise<R[]>;
  /**
   * Runs `work` while no other work with the same key runs in any process on this database (check-then-act flows
   * whose check and act cannot share a transaction, and recurring jobs): a PostgreSQL advisory lock, or an
   * in-process queue on PGlite, which is one process. Keys are free text; prefix them with what they are for.
   */
  exclusive<T>(key: string, work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * Opens the store named by the config: PostgreSQL when `databaseUrl` is set, otherwise PGlite in `dataDir`.
 * Failures a user can fix (unreachable server, folder in use, corrupt folder) throw an AppError with one clear
 * sentence and no credentials.
 */
export async function openDatabase(config: StoreConfig): Promise<Store> {
  return config.databaseUrl
    ? openPostgres(config.databaseUrl, config.databasePoolSize ?? 10)
    : openPGlite(config.dataDir);
}

async function openPostgres(url: string, poolSize: number): Promise<Store> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, connectionTimeoutMillis: 5_000 });
  // An idle client losing its connection emits 'error' on the pool; without a listener that kills the process.
  pool.on('error', () => {});
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end().catch(() => {});
    throw new AppError('unavailable', {
      message: `Cannot connect to PostgreSQL at ${describeUrl(url)}: ${describePgError(error)}`,
    });
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const locks = advisoryExclusive(url);
  let closed = false;
  return {
    db,
    dialect: 'postgres',
    recoveredFromCrash: false,
    ping: () => timePing(db),
    prepared: async <R>(statement: PreparedStatement, values: readonly unknown[]) =>
      (await pool.query({ name: statement.name, text: statement.text, values: [...values] })).rows as R[],
    exclusive: (key, work) => locks.run(key, work),
    close: async () => {
      if (!closed) {
        closed = true;
        await locks.close();
        await db.destroy();
      }
    },
  };
}

async function openPGlite(dataDir: string): Promise<Store> {
  const pgDir = join(dataDir, 'pgdata');
  const lock: DataDirLock = acquireDataDirLock(dataDir, [join(pgDir, 'postmaster.pid')]);
  let pglite: PGlite;
  try {
    assertLooksLikeDataFolder(pgDir);
    pglite = await PGlite.create({ dataDir: pgDir });
    await pglite.query('select 1');
  } catch (error) {
    lock.release();
    if (error instanceof AppError) {
      throw error;
    }
    throw new AppError('unavailable', {
      message:
        `The data folder ${dataDir} could not be opened as a Dijk database (${shortReason(error)}). ` +
        'It may be damaged: restore it from a backup, or move it aside to start empty.',
    });
  }
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  // PGlite is one process (the data-folder lock), so a queue in it serialises all work for a key.
  const locks = oneAtATime();
  let closed = false;
  return {
    db,
    dialect: 'pglite',
    recoveredFromCrash: lock.recoveredFromCrash,
    ping: () => timePing(db),
    prepared: async <R>(statement: PreparedStatement, values: readonly unknown[]) =>
      (await pglite.query<R>(statement.text, [...values])).rows,
    exclusive: (key, work) => locks.run(key, work),
    close: async () => {
      if (closed) {
        return;
      }
      closed = true;
      await db.destroy();
      await pglite.close();
      lock.release();
    },
  };
}

/**
 * A folder that has files but no PG_VERSION is not a database PGlite can open; PGlite would try initdb over it
 * and fail in an obscure way. Say so plainly instead.
 */
function assertLooksLikeDataFolder(pgDir: string): void {
  if (!existsSync(pgDir)) {
    return;
  }
  const entries = readdirSync(pgDir);
  if (entries.length > 0 && !entries.includes('PG_VERSION')) {
    throw new AppError('unavailable', {
      message: `The data folder ${pgDir} is not empty but holds no database (PG_VERSION is missing). Move it aside or restore it from a backup.`,
    });
  }
}

async function timePing(db: Kysely<Database>): Promise<number> {
  const start = performance.now();
  await sql`select 1`.execute(db);
  return performance.now() - start;
}

/** host:port/database of a PostgreSQL URL, never the password. */
export function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || '5432'}${u.pathname}`;
  } catch {
    return '(unparsable URL)';
  }
}

function describePgError(error: unknown): string {
  const e = error as { code?: string; message?: string };
  if (e.code === 'ECONNREFUSED') {
    return 'connection refused (is the server running?)';
  }
  if (e.code === 'ENOTFOUND' || e.code === 'EAI_AGAIN') {
    return 'host not found';
  }
  if (e.code === '28P01' || e.code === '28000') {
    return 'authentication failed';
  }
  if (e.code === '3D000') {
    return 'database does not exist';
  }
  return e.code ?? shortReason(error);
}

function shortReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]?.slice(0, 160) ?? 'unknown error';
}
