import { hash } from 'node:crypto';
import pg from 'pg';
import { oneAtATime } from '../domain/consent/one-at-a-time.js';
import { AppError } from '../errors.js';

/** Runs work while no other work with the same key runs, in any process on the same database. */
export interface Exclusive {
  run<T>(key: string, work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Connections that hold locks at once, per process; further keys wait for one (work per key is short). */
const LOCK_CONNECTIONS = 4;
/** How long a lock or a lock connection is waited for before the request is answered 503. */
const LOCK_WAIT_MS = 10_000;

/**
 * The advisory lock number of a key: the first 64 bits of its SHA-256. Hashed here, so the key (which may hold an
 * e-mail address) never reaches the database or its statement log, and NUL separators need no escaping.
 */
export function lockNumber(key: string): string {
  return BigInt.asIntN(64, BigInt(`0x${hash('sha256', `dijk-exclusive\u0000${key}`).slice(0, 16)}`)).toString();
}

/**
 * Several processes on one PostgreSQL: a session-level advisory lock on the key's hash, taken on a connection of a
 * small pool of its own, so the work may use the main pool and the group-commit writer freely (holding a main-pool
 * connection while waiting for another could exhaust it). In the process, work for one key queues in memory first,
 * so each key holds at most one lock connection. The lock ends with the session, so a crashed process frees it.
 */
export function advisoryExclusive(url: string): Exclusive {
  const local = oneAtATime();
  let pool: pg.Pool | undefined;
  const lockPool = () => {
    if (!pool) {
      pool = new pg.Pool({
        connectionString: url,
        max: LOCK_CONNECTIONS,
        connectionTimeoutMillis: LOCK_WAIT_MS,
        idleTimeoutMillis: 30_000,
        options: `-c lock_timeout=${LOCK_WAIT_MS}`,
      });
      // An idle client losing its connection emits 'error' on the pool; without a listener that kills the process.
      pool.on('error', () => {});
    }
    return pool;
  };
  return {
    run: (key, work) =>
      local.run(key, async () => {
        const lock = lockNumber(key);
        let client: pg.PoolClient | undefined;
        try {
          client = await lockPool().connect();
          await client.query('select pg_advisory_lock($1::bigint)', [lock]);
        } catch {
          client?.release(true);
          throw new AppError('unavailable', {
            message: 'Another change to the same record is still running; try again in a moment.',
          });
        }
        try {
          return await work();
        } finally {
          try {
            await client.query('select pg_advisory_unlock($1::bigint)', [lock]);
            client.release();
          } catch {
            // Ending the session frees its locks.
            client.release(true);
          }
        }
      }),
    close: async () => {
      await pool?.end();
    },
  };
}
