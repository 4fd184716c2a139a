import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

/**
 * A random per-install key (32 bytes, hex) kept in `install_keys` under `name`: created on first use (several
 * processes starting at once agree on one, the insert does nothing if another won), then cached for the loader's
 * life.
 */
export function installKeyLoader(db: Kysely<Database>, name: string): () => Promise<string> {
  let key: Promise<string> | undefined;
  return () => {
    key ??= (async () => {
      await db
        .insertInto('install_keys')
        .values({ name, key: randomBytes(32).toString('hex') })
        .onConflict((oc) => oc.column('name').doNothing())
        .execute();
      const row = await db.selectFrom('install_keys').select('key').where('name', '=', name).executeTakeFirstOrThrow();
      return row.key;
    })();
    // A failed read (database down) is not cached: the next call tries again.
    key.catch(() => {
      key = undefined;
    });
    return key;
  };
}
