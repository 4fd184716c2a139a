import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { freePort, loginCookie, REPO_ROOT, runDijk, type ServeProcess, spawnServe } from '../helpers/cli.js';
import { createTestPostgresDatabase, hasPostgres } from '../helpers/db.js';

/**
 * kill -9 of `dijk serve` under sustained consent load, then a restart on the same store: every event the server
 * acknowledged with a 201 must be in the ledger (a 201 means committed, not queued). On the embedded store always,
 * and on PostgreSQL when the run has it (under CI=true the global setup fails without it).
 */

const LOOPS = 8;
const LOAD_MS = 2_000;
const demoRegister = readFileSync(join(REPO_ROOT, 'examples', 'demo.yaml'), 'utf8');
const ENV = { CONSENT_RATE_LIMIT: '10000000', CONSENT_SITE_RATE_LIMIT: '100000000' };

interface Store {
  env: Record<string, string>;
  /** Ids among `ids` that the ledger holds, read straight from the database (PostgreSQL only). */
  stored?: (ids: string[]) => Promise<Set<string>>;
  dispose(): Promise<void>;
}

function embeddedStore(): Store {
  const dataDir = mkdtempSync(join(tmpdir(), 'dijk-consent-crash-'));
  return { env: { DIJK_DATA_DIR: dataDir }, dispose: async () => rmSync(dataDir, { recursive: true, force: true }) };
}

async function postgresStore(): Promise<Store> {
  const { url, drop } = await createTestPostgresDatabase();
  return {
    env: { DATABASE_URL: url },
    stored: async (ids) => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        const { rows } = await client.query<{ id: string }>(
          'select id from consent_events where id = any($1::uuid[])',
          [ids],
        );
        return new Set(rows.map((r) => r.id));
      } finally {
        await client.end();
      }
    },
    dispose: drop,
  };
}

async function json<T = unknown>(res: Response, status: number): Promise<T> {
  const text = await res.text();
  expect(res.status, text).toBe(status);
  return JSON.parse(text) as T;
}

async function loginLink(env: Record<string, string>): Promise<string> {
  const result = await runDijk(['admin', 'login-link'], env, 60_000);
  expect(result.code, result.stderr).toBe(0);
  return result.stdout.trim();
}

const visitorId = () => Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64url');

const kinds = hasPostgres() ? (['pglite', 'postgres'] as const) : (['pglite'] as const);
if (!hasPostgres()) {
  console.warn('⚠  consent crash test: TEST_DATABASE_URL is not set, PostgreSQL is NOT tested (PGlite only).');
}

describe.each(kinds)('consent ledger on %s, kill -9 under load', (kind) => {
  it('holds every event acknowledged with 201, and the server restarts healthy', async () => {
    const store = kind === 'pglite' ? embeddedStore() : await postgresStore();
    const env = { ...store.env, ...ENV };
    let first: ServeProcess | undefined;
    let second: ServeProcess | undefined;
    try {
      const links = [await loginLink(env), await loginLink(env)];
      first = await spawnServe(env, await freePort(), 60_000);
      const cookie = await loginCookie(first.url, links[0] ?? '');
      const admin = { cookie, 'content-type': 'application/json' };
      await json(
        await fetch(`${first.url}/api/organisations`, {
          method: 'POST',
          headers: admin,
          body: JSON.stringify({ slug: 'crash', name: 'Consent crash test' }),
        }),
        201,
      );
      await json(
        await fetch(`${first.url}/api/register?organisation=crash`, {
          method: 'PUT',
          headers: admin,
          body: JSON.stringify({ source: demoRegister }),
        }),
        201,
      );
      const { site } = await json<{ site: { siteKey: string } }>(
        await fetch(`${first.url}/api/sites?organisation=crash`, {
          method: 'POST',
          headers: admin,
          body: JSON.stringify({ name: 'Website', origins: [] }),
        }),
        201,
      );
      const config = await json<{ registerVersion: number; texts: { nl: { hash: string } } }>(
        await fetch(`${first.url}/api/consent/config?site=${site.siteKey}`),
        200,
      );
      const choice = (visitor: string, i: number) =>
        JSON.stringify({
          site: site.siteKey,
          visitor,
          registerVersion: config.registerVersion,
          noticeHash: config.texts.nl.hash,
          language: 'nl',
          method: 'custom',
          choices: { 'analytics-cookies': i % 2 === 0, 'marketing-cookies': i % 3 === 0 },
        });

      // LOOPS clients post choices back to back; every event id of a 201 is remembered.
      const acknowledged: string[] = [];
      let cutOff = 0;
      let stop = false;
      const url = first.url;
      const client = async () => {
        for (let i = 0; !stop; i++) {
          let res: Response;
          try {
            res = await fetch(`${url}/api/consent`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: choice(visitorId(), i),
            });
          } catch {
            cutOff += 1; // in flight when the server died: never acknowledged
            return;
          }
          const body = await res.json().catch(() => undefined);
          if (res.status === 201) {
            acknowledged.push(...(body as { events: { id: string }[] }).events.map((e) => e.id));
          } else {
            throw new Error(`POST /api/consent answered ${res.status}: ${JSON.stringify(body)}`);
          }
        }
      };
      const clients = Array.from({ length: LOOPS }, client);
      await new Promise((r) => setTimeout(r, LOAD_MS));
      first.child.kill('SIGKILL');
      await first.exited;
      stop = true;
      await Promise.all(clients);
      // The kill came mid-load: requests were in flight, and many had been acknowledged before.
      expect(cutOff).toBeGreaterThan(0);
      expect(acknowledged.length).toBeGreaterThan(100);

      // Restart on the same store, without help.
      second = await spawnServe(env, await freePort(), 60_000);
      expect((await fetch(`${second.url}/readyz`)).status).toBe(200);
      const cookie2 = await loginCookie(second.url, links[1] ?? '');
      const exported = await json<{ id: string }[]>(
        await fetch(`${second.url}/api/consents/export?organisation=crash&format=json`, {
          headers: { cookie: cookie2 },
        }),
        200,
      );
      const inLedger = new Set(exported.map((e) => e.id));
      expect(acknowledged.filter((id) => !inLedger.has(id))).toEqual([]);
      if (store.stored) {
        const stored = await store.stored(acknowledged);
        expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
      }

      // And it takes new choices.
      const after = await fetch(`${second.url}/api/consent`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: choice(visitorId(), 0),
      });
      expect(after.status).toBe(201);
    } finally {
      for (const server of [first, second]) {
        if (server && server.child.exitCode === null && server.child.signalCode === null) {
          server.child.kill('SIGTERM');
          await server.exited;
        }
      }
      await store.dispose();
    }
  }, 180_000);
});
