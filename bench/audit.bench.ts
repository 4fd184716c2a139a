import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { auditServiceFactory } from '../src/domain/audit/audit.service.js';
import { type AuditEntry, chainEntry, verifyChain } from '../src/domain/audit/audit-chain.js';
import { auditStore } from '../src/store/audit.store.js';
import { openDatabase, type Store } from '../src/store/db.js';
import { migrateToLatest } from '../src/store/migrator.js';
import { type BenchResult, machineInfo, measure, summarise, timeMs } from './harness.js';

const CHAIN = '11111111-1111-4111-8111-111111111111';
const VERIFY_N = 1_000_000;
const APPEND_N = 2_000;

function event(i: number) {
  return {
    organisationId: CHAIN,
    at: new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString(),
    actor: { type: 'user' as const, id: 'user-1' },
    action: 'person.read',
    outcome: 'success' as const,
    target: { type: 'person', id: `p-${i}` },
    source: { requestId: `req-${i}`, ip: '192.0.2.1' },
  };
}

/** Writes a valid chain of n entries in bulk (the bench's setup, not what it measures). */
async function seedChain(store: Store, n: number): Promise<AuditEntry[]> {
  const chain: AuditEntry[] = [];
  for (let i = 0; i < n; i++) {
    chain.push(chainEntry(chain.at(-1), event(i)));
  }
  for (let i = 0; i < n; i += 5_000) {
    await store.db
      .insertInto('audit_entries')
      .values(
        chain.slice(i, i + 5_000).map((e) => ({
          chain_id: CHAIN,
          seq: e.seq,
          at: e.at,
          actor_type: e.actor.type,
          actor_id: e.actor.id ?? null,
          action: e.action,
          outcome: e.outcome,
          target_type: e.target?.type ?? null,
          target_id: e.target?.id ?? null,
          request_id: e.source?.requestId ?? null,
          ip: e.source?.ip ?? null,
          prev_hash: e.prevHash,
          hash: e.hash,
        })),
      )
      .execute();
  }
  return chain;
}

async function openBenchStore(): Promise<{ store: Store; label: string; dispose(): Promise<void> }> {
  const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (url) {
    const name = `dijk_bench_${Date.now().toString(36)}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database "${name}"`);
    const u = new URL(url);
    u.pathname = `/${name}`;
    const store = await openDatabase({ databaseUrl: u.toString(), dataDir: '' });
    await migrateToLatest(store.db);
    return {
      store,
      label: 'PostgreSQL',
      dispose: async () => {
        await store.close();
        await admin.query(`drop database "${name}" with (force)`);
        await admin.end();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'dijk-bench-audit-'));
  const store = await openDatabase({ dataDir: dir });
  await migrateToLatest(store.db);
  return {
    store,
    label: 'PGlite',
    dispose: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Audit cost: appends per second (each its own transaction, as a change would make it) against plain inserts of
 * the same row without the chain; verification of 1,000,000 entries read from the database against verifying
 * the same chain in memory (pure hashing).
 */
export async function runAudit(): Promise<BenchResult> {
  const { store, label, dispose } = await openBenchStore();
  try {
    const audit = auditServiceFactory({
      store: auditStore(store.db, { parallelism: store.dialect === 'postgres' ? 2 : 1 }),
      now: () => new Date(),
    });
    const appendOrg = '22222222-2222-4222-8222-222222222222';
    await sql`create temporary table plain_rows (like audit_entries)`.execute(store.db).catch(async () => {
      await sql`create table if not exists plain_rows (like audit_entries)`.execute(store.db);
    });
    let k = 0;
    const appendRate = await measure({
      warmup: 1,
      runs: 5,
      fn: async () => {
        const ms = await timeMs(async () => {
          for (let i = 0; i < APPEND_N / 5; i++) {
            await audit.record({ ...event(k++), organisationId: appendOrg });
          }
        });
        return (APPEND_N / 5 / ms) * 1000;
      },
    });
    let p = 0;
    const plainRate = await measure({
      warmup: 1,
      runs: 5,
      fn: async () => {
        const ms = await timeMs(async () => {
          for (let i = 0; i < APPEND_N / 5; i++) {
            const e = chainEntry(undefined, event(p++));
            await store.db.transaction().execute((trx) =>
              sql`insert into plain_rows (chain_id, seq, at, actor_type, actor_id, action, outcome, target_type, target_id, request_id, ip, prev_hash, hash)
                  values (${appendOrg}, ${p}, ${e.at}, 'user', 'user-1', ${e.action}, 'success', 'person', ${e.target?.id}, ${e.source?.requestId}, ${e.source?.ip}, ${e.prevHash}, ${e.hash})`.execute(
                trx,
              ),
            );
          }
        });
        return (APPEND_N / 5 / ms) * 1000;
      },
    });

    const chain = await seedChain(store, VERIFY_N);
    const memory = await measure({ warmup: 1, runs: 3, fn: () => timeMs(() => verifyChain(chain)) });
    chain.length = 0;
    const fromDb = await measure({
      warmup: 1,
      runs: 3,
      fn: async () => {
        let ok = false;
        const ms = await timeMs(async () => {
          ok = (await audit.verify(CHAIN)).ok;
        });
        if (!ok) {
          throw new Error('the seeded chain did not verify');
        }
        return ms;
      },
    });
    const perSecond = (s: typeof fromDb) => summarise([(VERIFY_N / s.median) * 1000]);
    return {
      benchmark: 'audit',
      date: new Date().toISOString(),
      machine: machineInfo(),
      figures: [
        {
          name: `append, one transaction each (${label})`,
          unit: 'entries/s',
          stats: appendRate,
          baseline: { name: 'plain insert of the same row', stats: plainRate },
          ratio: appendRate.median / plainRate.median,
        },
        {
          name: `verify 1,000,000 entries from the database (${label})`,
          unit: 'ms',
          stats: fromDb,
          baseline: { name: 'verify in memory', stats: memory },
          ratio: fromDb.median / memory.median,
          goal: '< 5000 ms',
          meetsGoal: fromDb.median < 5000,
        },
        { name: `verification speed (${label})`, unit: 'entries/s', stats: perSecond(fromDb) },
      ],
      notes: [
        `appends: ${APPEND_N / 5} sequential appends a run; verification recomputes the chain in SQL, in 2 ranges on 2 connections`,
      ],
    };
  } finally {
    await dispose();
  }
}
