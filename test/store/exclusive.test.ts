import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src/errors.js';
import { advisoryExclusive, type Exclusive } from '../../src/store/exclusive.js';
import { createTestPostgresDatabase, hasPostgres } from '../helpers/db.js';

if (!hasPostgres()) {
  console.warn('⚠  SKIPPED: the cross-process lock test needs PostgreSQL (set TEST_DATABASE_URL).');
}

/** Work that notes how many pieces of work overlap it, then takes `ms`. */
function overlapMeter() {
  let active = 0;
  let most = 0;
  return {
    work: (ms: number) => async () => {
      active += 1;
      most = Math.max(most, active);
      await new Promise((resolve) => setTimeout(resolve, ms));
      active -= 1;
    },
    get most() {
      return most;
    },
  };
}

describe.skipIf(!hasPostgres())('Store.exclusive on PostgreSQL: one key at a time across processes', () => {
  let db: { url: string; drop(): Promise<void> };
  // Two processes: each has its own in-process queue and its own lock connections.
  let a: Exclusive;
  let b: Exclusive;

  beforeAll(async () => {
    db = await createTestPostgresDatabase();
    a = advisoryExclusive(db.url);
    b = advisoryExclusive(db.url);
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await db?.drop();
  });

  it('never runs two pieces of work for one key at once, whichever process runs them', async () => {
    const meter = overlapMeter();
    await Promise.all(Array.from({ length: 6 }, (_, i) => (i % 2 === 0 ? a : b).run('test\u0000same', meter.work(25))));
    expect(meter.most).toBe(1);
  });

  it('runs work for different keys at once', async () => {
    const meter = overlapMeter();
    await Promise.all([a.run('test\u0000one', meter.work(150)), b.run('test\u0000two', meter.work(150))]);
    expect(meter.most).toBe(2);
  });

  it('keeps one pool of lock connections, however many keys it locked', async () => {
    const c = advisoryExclusive(db.url);
    const warnings: Error[] = [];
    const onWarning = (w: Error) => warnings.push(w);
    process.on('warning', onWarning);
    try {
      for (let i = 0; i < 15; i++) {
        await c.run(`test\u0000many-${i}`, async () => {});
      }
      await new Promise((resolve) => setImmediate(resolve));
      expect(warnings.filter((w) => w.name === 'MaxListenersExceededWarning')).toEqual([]);
    } finally {
      process.off('warning', onWarning);
      await c.close();
    }
  });

  it('frees the key when work fails, and passes the failure on', async () => {
    await expect(
      a.run('test\u0000fails', async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await b.run('test\u0000fails', async () => 'next')).toBe('next');
  });
});

describe('Store.exclusive without a reachable PostgreSQL', () => {
  it('answers "unavailable" (503), not a raw driver error', async () => {
    const nowhere = advisoryExclusive('postgres://postgres@127.0.0.1:1/none');
    try {
      const failure = await nowhere.run('test\u0000x', async () => 'ran').catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(AppError);
      expect((failure as AppError).code).toBe('unavailable');
    } finally {
      await nowhere.close();
    }
  });
});
