import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../src/store/db.js';
import { migrateToLatest } from '../src/store/migrator.js';

/**
 * When TEST_DATABASE_URL is set, builds one migrated template database for this run; each test file clones it
 * (CREATE DATABASE … TEMPLATE), so files get a fresh PostgreSQL database in milliseconds. Under CI=true a missing
 * or unreachable PostgreSQL fails the run instead of silently testing PGlite only.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    if (process.env.CI === 'true') {
      throw new Error('CI=true but TEST_DATABASE_URL is not set: the PostgreSQL store tests cannot be skipped in CI.');
    }
    console.warn('\n⚠  TEST_DATABASE_URL is not set: store tests run on PGlite only, PostgreSQL is NOT tested.\n');
    project.provide('pgTemplate', '');
    return async () => {};
  }
  const template = `dijk_tpl_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: url });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(`TEST_DATABASE_URL is set but PostgreSQL is unreachable: ${(error as Error).message}`);
  }
  await admin.query(`create database "${template}"`);
  const templateUrl = withDatabase(url, template);
  const store = await openDatabase({ databaseUrl: templateUrl, dataDir: '' });
  await migrateToLatest(store.db);
  await store.close();
  project.provide('pgTemplate', template);
  return async () => {
    // Clones of this run are dropped by their files; drop leftovers and the template.
    const { rows } = await admin.query<{ datname: string }>('select datname from pg_database where datname like $1', [
      `dijk_t_${process.pid}_%`,
    ]);
    for (const { datname } of rows) {
      await admin.query(`drop database if exists "${datname}" with (force)`);
    }
    await admin.query(`drop database if exists "${template}" with (force)`);
    await admin.end();
  };
}

/** The same URL with another database name. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgTemplate: string;
  }
}
