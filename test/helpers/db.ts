import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type Store, type StoreDialect } from '../../src/store/db.js';
import { migrateToLatest } from '../../src/store/migrator.js';

/** A store for one test file, and how to throw it away. */
export interface TestStore {
  store: Store;
  dispose(): Promise<void>;
}

/** The store kinds under test: PGlite always, PostgreSQL when TEST_DATABASE_URL is set (see global-setup). */
export function storeKinds(): StoreDialect[] {
  return inject('pgTemplate') ? ['pglite', 'postgres'] : ['pglite'];
}

/** A fresh, migrated store of the given kind: a temp PGlite folder, or a PostgreSQL clone of the template. */
export async function createTestStore(kind: StoreDialect): Promise<TestStore> {
  if (kind === 'pglite') {
    const dataDir = mkdtempSync(join(tmpdir(), 'dijk-test-'));
    const store = await openDatabase({ dataDir });
    await migrateToLatest(store.db);
    return {
      store,
      dispose: async () => {
        await store.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  const { url, drop } = await createTestPostgresDatabase();
  const store = await openDatabase({ databaseUrl: url, dataDir: '' });
  return {
    store,
    dispose: async () => {
      await store.close();
      await drop();
    },
  };
}

let counter = 0;

/** A fresh PostgreSQL database cloned from the run's migrated template (or empty with `{ empty: true }`). */
export async function createTestPostgresDatabase(options: { empty?: boolean } = {}): Promise<{
  url: string;
  drop(): Promise<void>;
}> {
  const base = process.env.TEST_DATABASE_URL;
  const template = inject('pgTemplate');
  if (!base || !template) {
    throw new Error('PostgreSQL is not configured for this run (TEST_DATABASE_URL)');
  }
  const name = `dijk_t_${process.pid}_${Date.now().toString(36)}_${counter++}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  try {
    await admin.query(`create database "${name}"${options.empty ? '' : ` template "${template}"`}`);
  } finally {
    await admin.end();
  }
  const u = new URL(base);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`drop database if exists "${name}" with (force)`);
      await c.end();
    },
  };
}

/** True when this run tests PostgreSQL. */
export function hasPostgres(): boolean {
  return Boolean(inject('pgTemplate'));
}

export { migrateToLatest };
