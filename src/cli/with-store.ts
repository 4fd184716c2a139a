import type { Config } from '../config.js';
import { openDatabase, type Store } from '../store/db.js';
import { migrateToLatest } from '../store/migrator.js';

/**
 * Opens the store for one CLI command, migrated, and always closes it. On the embedded store this fails with a
 * clear message while `dijk serve` holds the folder (see data-dir-lock).
 */
export async function withStore<T>(config: Config, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openDatabase(config);
  try {
    await migrateToLatest(store.db);
    return await fn(store);
  } finally {
    await store.close();
  }
}
