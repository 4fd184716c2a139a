import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../src/store/migrations/index.js';
import { freePort, spawnServe } from '../helpers/cli.js';
import { createTestPostgresDatabase, hasPostgres } from '../helpers/db.js';

if (!hasPostgres()) {
  console.warn('⚠  SKIPPED: concurrent-migration test needs PostgreSQL (set TEST_DATABASE_URL).');
}

describe.skipIf(!hasPostgres())('two servers starting at once on one empty PostgreSQL database', () => {
  it('both come up, and each migration is applied exactly once', async () => {
    const { url, drop } = await createTestPostgresDatabase({ empty: true });
    try {
      const [portA, portB] = [await freePort(), await freePort()];
      const [a, b] = await Promise.all([
        spawnServe({ DATABASE_URL: url }, portA, 60_000),
        spawnServe({ DATABASE_URL: url }, portB, 60_000),
      ]);
      try {
        for (const s of [a, b]) {
          expect((await fetch(`${s.url}/readyz`)).status).toBe(200);
        }
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        const { rows } = await client.query<{ name: string; n: number }>(
          'select name, count(*)::int as n from dijk_migrations group by name order by name',
        );
        await client.end();
        expect(rows).toEqual(migrations.map((m) => ({ name: m.name, n: 1 })));
      } finally {
        a.child.kill('SIGTERM');
        b.child.kill('SIGTERM');
        expect(await a.exited).toBe(0);
        expect(await b.exited).toBe(0);
      }
    } finally {
      await drop();
    }
  }, 120_000);
});
