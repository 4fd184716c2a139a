import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { openDatabase } from '../src/store/db.js';
import type { BenchResult, Figure, Stats } from './harness.js';
import { machineInfo, summarise } from './harness.js';
import { freePort, ROOT, startNode, stop, waitFor200 } from './processes.js';

/*
 * Consent choices into the ledger through `POST /api/consent`, against the bare Fastify route of the `http`
 * benchmark and, on PostgreSQL, the durable-ingest floor (bench/fixtures/bare-ingest.mjs), in the same run.
 * Settings (environment):
 *   TEST_DATABASE_URL (or BENCH_DATABASE_URL)  PostgreSQL to measure; unset: PGlite only, with a warning
 *   BENCH_CONSENT_STORES=postgres,pglite      which stores (both by default)
 *   BENCH_CONSENT_SECONDS=10, BENCH_CONSENT_RUNS=3   length and number of measured runs
 *   BENCH_CONSENT_CONNECTIONS=50              autocannon connections for every server of the run (50 is the http
 *                                             benchmark's load, so its bare route is the same baseline)
 *   BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof"   node flags for the server, to profile it
 *   DATABASE_POOL_SIZE                        passed to the server
 */

const RUN_S = Number(process.env.BENCH_CONSENT_SECONDS ?? 10);
const RUNS = Number(process.env.BENCH_CONSENT_RUNS ?? 3);
const WARMUP_S = 3;
/** The load of the `http` benchmark by default, so its bare route is the same baseline. */
const CONNECTIONS = Number(process.env.BENCH_CONSENT_CONNECTIONS ?? 50);
/** The consent purposes of examples/demo.yaml: a banner choice there records one event for each. */
const PURPOSES = ['analytics-cookies', 'marketing-cookies'] as const;
const STORES = (process.env.BENCH_CONSENT_STORES ?? 'postgres,pglite').split(',');
const SERVER_NODE_ARGS = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
const ENV = {
  // The product's default level (config.ts), so the figures are those of an install as it comes.
  LOG_LEVEL: 'info',
  // The public limits count per address, and the bench is one address.
  CONSENT_RATE_LIMIT: '10000000',
  CONSENT_SITE_RATE_LIMIT: '100000000',
  ...(process.env.DATABASE_POOL_SIZE ? { DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE } : {}),
};

/** One measured run. */
interface Load {
  /** 2xx answers per second, from the first request to the last answer. */
  rps: number;
  p50: number;
  p99: number;
  /** 2xx answers (every other answer fails the bench). */
  ok: number;
  /** CPU time per answer of the server process, in µs (with PGlite, the database runs inside it). */
  serverCpuUs: number;
  /** CPU time per answer of the PostgreSQL backends serving it, in µs. */
  dbCpuUs: number;
  /** CPU time per answer of autocannon (this process), in µs: on 2 cores it competes with the server. */
  clientCpuUs: number;
}

/** CPU seconds (user + system) a process used so far, from /proc (0 where it cannot be read). */
function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

/** The processes that serve a load: the server, and its database backends (asked before and after each run). */
interface ServerSide {
  pid: number;
  backends(): Promise<number[]>;
}

/**
 * One autocannon run of exactly `amount` requests. Not a duration: a duration run cuts off the requests in flight
 * when it stops, and those may still commit, so the ledger could not be compared exactly with the 2xx count. The
 * rate is timed from the start to the last answer, not by autocannon's one-second sampling.
 */
async function load(url: string, amount: number, server: ServerSide, post?: { body: () => string }): Promise<Load> {
  const dbBefore = new Map((await server.backends()).map((pid) => [pid, cpuSeconds(pid)]));
  const serverBefore = cpuSeconds(server.pid);
  const clientBefore = process.cpuUsage();
  const t0 = performance.now();
  let last = t0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections: CONNECTIONS,
        pipelining: 1,
        amount,
        timeout: 30,
        ...(post
          ? {
              requests: [
                {
                  method: 'POST',
                  headers: { 'content-type': 'application/json' },
                  setupRequest: (req: autocannon.Request) => ({ ...req, body: post.body() }),
                },
              ],
            }
          : {}),
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    instance.on('response', () => {
      last = performance.now();
    });
  });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${url}: ${result.non2xx} non-2xx answers and ${result.errors} errors under load`);
  }
  const client = process.cpuUsage(clientBefore);
  const serverCpu = cpuSeconds(server.pid) - serverBefore;
  // A backend that started during the run counts from 0; one that ended during it is missed (rare under load).
  const dbCpu = (await server.backends()).reduce((sum, pid) => sum + cpuSeconds(pid) - (dbBefore.get(pid) ?? 0), 0);
  const ok = result['2xx'];
  return {
    rps: ok / ((last - t0) / 1000),
    p50: result.latency.p50,
    p99: result.latency.p99,
    ok,
    serverCpuUs: (serverCpu / ok) * 1e6,
    dbCpuUs: (dbCpu / ok) * 1e6,
    clientCpuUs: (client.user + client.system) / ok,
  };
}

/** `dijk …` to completion; its stdout. */
function dijk(args: string[], env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['bin/dijk.js', ...args],
      { cwd: ROOT, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...ENV, ...env } },
      (error, stdout, stderr) => (error ? reject(new Error(`dijk ${args.join(' ')}: ${stderr}`)) : resolve(stdout)),
    );
  });
}

async function call(url: string, init: { method?: string; cookie?: string; json?: unknown } = {}): Promise<unknown> {
  const res = await fetch(url, {
    method: init.method ?? 'GET',
    headers: {
      ...(init.cookie ? { cookie: init.cookie } : {}),
      ...(init.json === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(init.json === undefined ? {} : { body: JSON.stringify(init.json) }),
  });
  const text = await res.text();
  if (res.status >= 400) {
    throw new Error(`${init.method ?? 'GET'} ${url}: ${res.status} ${text}`);
  }
  return text ? JSON.parse(text) : null;
}

interface Site {
  siteKey: string;
  siteId: string;
  config: { registerVersion: number; texts: { nl: { hash: string } } };
}

/** An organisation with the demo register and two sites, through the API as an admin sets them up. */
async function setUp(base: string, link: string): Promise<{ one: Site; two: Site }> {
  const res = await fetch(`${base}/admin/login?token=${new URL(link).searchParams.get('token')}`, {
    redirect: 'manual',
  });
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (res.status !== 303 || !cookie) {
    throw new Error(`login failed: ${res.status}`);
  }
  await call(`${base}/api/organisations`, { method: 'POST', cookie, json: { slug: 'bench', name: 'Consent bench' } });
  const source = readFileSync(join(ROOT, 'examples', 'demo.yaml'), 'utf8');
  await call(`${base}/api/register?organisation=bench`, { method: 'PUT', cookie, json: { source } });
  const site = async (name: string): Promise<Site> => {
    const created = (await call(`${base}/api/sites?organisation=bench`, {
      method: 'POST',
      cookie,
      json: { name, origins: [] },
    })) as { site: { siteKey: string; id: string } };
    const config = (await call(`${base}/api/consent/config?site=${created.site.siteKey}`)) as Site['config'] & {
      categories: { purposes: { id: string }[] }[];
    };
    // The headline figure is a whole banner choice of this register: one event per consent purpose.
    const purposes = config.categories.flatMap((c) => c.purposes.map((p) => p.id)).sort();
    if (purposes.join() !== [...PURPOSES].sort().join()) {
      throw new Error(`examples/demo.yaml has consent purposes ${purposes.join(', ')}, not ${PURPOSES.join(', ')}`);
    }
    return { siteKey: created.site.siteKey, siteId: created.site.id, config };
  };
  return { one: await site('one purpose'), two: await site('two purposes') };
}

/** Request bodies: every request a new visitor (nothing can be cached or merged), `purposes` choices each. */
function bodies(site: Site, purposes: number, tag: string): () => string {
  let n = 0;
  const head =
    `{"site":"${site.siteKey}","registerVersion":${site.config.registerVersion},` +
    `"noticeHash":"${site.config.texts.nl.hash}","language":"nl","method":"custom","choices":{` +
    PURPOSES.slice(0, purposes)
      .map((p, i) => `"${p}":${i % 2 === 0}`)
      .join(',');
  return () => {
    n += 1;
    return `${head}},"visitor":"bench${tag}${n.toString(36).padStart(16, '0')}"}`;
  };
}

interface StoreTarget {
  label: 'PostgreSQL' | 'PGlite';
  env: Record<string, string>;
  /** Events in the ledger per site id, read after the server stopped. */
  count(siteIds: string[]): Promise<Map<string, number>>;
  /** Rows in the floor's table (bench/fixtures/bare-ingest.mjs), read after it stopped. */
  countFloor(): Promise<number>;
  /** The database processes serving the server (PostgreSQL backends); none for PGlite (inside the server). */
  backends(): Promise<number[]>;
  dispose(): Promise<void>;
}

async function postgresTarget(url: string): Promise<StoreTarget> {
  const name = `dijk_bench_consent_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  const u = new URL(url);
  u.pathname = `/${name}`;
  /** Runs one query on a connection of its own to the bench database (the servers have stopped by then). */
  const query = async <R extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<R[]> => {
    const client = new pg.Client({ connectionString: u.toString() });
    await client.connect();
    try {
      return (await client.query<R>(text, values)).rows;
    } finally {
      await client.end();
    }
  };
  return {
    label: 'PostgreSQL',
    env: { DATABASE_URL: u.toString() },
    count: async (siteIds) => {
      const rows = await query<{ site_id: string; n: string }>(
        'select site_id, count(*) as n from consent_events where site_id = any($1::uuid[]) group by site_id',
        [siteIds],
      );
      return new Map(rows.map((r) => [r.site_id, Number(r.n)]));
    },
    countFloor: async () => {
      const [row] = await query<{ n: string }>('select count(*) as n from bench_ingest_floor');
      return Number(row?.n ?? 0);
    },
    backends: async () =>
      (await admin.query<{ pid: number }>('select pid from pg_stat_activity where datname = $1', [name])).rows.map(
        (r) => r.pid,
      ),
    dispose: async () => {
      await admin.query(`drop database if exists "${name}" with (force)`);
      await admin.end();
    },
  };
}

function pgliteTarget(): StoreTarget {
  const dataDir = mkdtempSync(join(tmpdir(), 'dijk-bench-consent-'));
  return {
    label: 'PGlite',
    env: { DIJK_DATA_DIR: dataDir },
    count: async (siteIds) => {
      const store = await openDatabase({ dataDir });
      try {
        const rows = await store.db
          .selectFrom('consent_events')
          .select(['site_id', (eb) => eb.fn.countAll<string>().as('n')])
          .where('site_id', 'in', siteIds)
          .groupBy('site_id')
          .execute();
        return new Map(rows.map((r) => [r.site_id ?? '', Number(r.n)]));
      } finally {
        await store.close();
      }
    },
    countFloor: async () => 0,
    backends: async () => [],
    dispose: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

/** `floor`: the least a durable ingest of the same choices costs (bench/fixtures/bare-ingest.mjs; PostgreSQL only). */
type Runs = Record<'bareGet' | 'barePost' | 'one' | 'two' | 'floor', Load[]>;

/** Warm-up, then RUNS alternating rounds of the bare routes and the consent route with 1 and 2 purposes. */
async function measureStore(target: StoreTarget, bare: ServerSide & { base: string }) {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const env = { ...target.env, PORT: String(port) };
  // The login link is made before the server starts: an embedded store is held by its one process.
  const link = (await dijk(['admin', 'login-link'], env)).trim();
  const server = startNode([...SERVER_NODE_ARGS, 'bin/dijk.js', 'serve'], { ...ENV, ...env });
  const floorPort = await freePort();
  const floorBase = `http://127.0.0.1:${floorPort}`;
  const floorServer =
    target.label === 'PostgreSQL'
      ? startNode(['bench/fixtures/bare-ingest.mjs'], { ...target.env, PORT: String(floorPort) })
      : undefined;
  const stopServers = async () => {
    await stop(server);
    if (floorServer) {
      await stop(floorServer);
    }
  };
  let stopped = false;
  try {
    await waitFor200(`${base}/readyz`, performance.now(), 60_000);
    if (floorServer) {
      await waitFor200(`${floorBase}/healthz`, performance.now());
    }
    const sites = await setUp(base, link);
    const dijkSide: ServerSide = { pid: server.pid ?? 0, backends: () => target.backends() };
    const acknowledged = { one: 0, two: 0 };
    let round = 0;
    const consent = async (which: 'one' | 'two', amount: number) => {
      const purposes = which === 'one' ? 1 : 2;
      const result = await load(`${base}/api/consent`, amount, dijkSide, {
        body: bodies(sites[which], purposes, `${which}${round++}x`),
      });
      acknowledged[which] += result.ok;
      return result;
    };
    const barePostBodies = bodies(sites.one, 1, 'bare');
    const bareGet = (amount: number) => load(`${bare.base}/healthz`, amount, bare);
    const barePost = (amount: number) => load(`${bare.base}/api/consent`, amount, bare, { body: barePostBodies });
    const floorSide: ServerSide = { pid: floorServer?.pid ?? 0, backends: () => target.backends() };
    let floorAcknowledged = 0;
    const floor = async (amount: number) => {
      const result = await load(`${floorBase}/api/consent`, amount, floorSide, {
        body: bodies(sites.two, 2, `floor${round++}x`),
      });
      floorAcknowledged += result.ok;
      return result;
    };
    // Warm-up (JIT, pools, caches); it also sizes the runs: RUN_S seconds at the warm-up's rate.
    const first = await consent('one', 5_000);
    const warm = {
      one: await consent('one', Math.round(first.rps * WARMUP_S)),
      two: await consent('two', Math.round(first.rps * WARMUP_S * 0.7)),
      bareGet: await bareGet(40_000 * WARMUP_S),
      barePost: await barePost(20_000 * WARMUP_S),
      floor: floorServer ? await floor(20_000 * WARMUP_S) : undefined,
    };
    const amount = (l: Load) => Math.round(l.rps * RUN_S);
    const runs: Runs = { bareGet: [], barePost: [], one: [], two: [], floor: [] };
    for (let i = 0; i < RUNS; i++) {
      runs.bareGet.push(await bareGet(amount(warm.bareGet)));
      runs.one.push(await consent('one', amount(warm.one)));
      runs.barePost.push(await barePost(amount(warm.barePost)));
      runs.two.push(await consent('two', amount(warm.two)));
      if (warm.floor) {
        runs.floor.push(await floor(amount(warm.floor)));
      }
      const line = (name: string, l: Load | undefined) =>
        l
          ? `    ${name}: ${l.rps.toFixed(0)} req/s, p50 ${l.p50} p99 ${l.p99} ms; CPU per request: server ` +
            `${l.serverCpuUs.toFixed(0)} µs${l.dbCpuUs > 0 ? ` + PostgreSQL ${l.dbCpuUs.toFixed(0)} µs` : ''}, ` +
            `autocannon ${l.clientCpuUs.toFixed(0)} µs\n`
          : '';
      process.stderr.write(
        `  ${target.label}, run ${i + 1} of ${RUNS}\n${line('bare GET /healthz', runs.bareGet[i])}` +
          `${line('bare POST', runs.barePost[i])}${line('consent, 1 purpose', runs.one[i])}` +
          `${line('consent, 2 purposes', runs.two[i])}${line('floor (durable ingest), 2 purposes', runs.floor[i])}`,
      );
    }
    await stopServers();
    stopped = true;
    const counted = await target.count([sites.one.siteId, sites.two.siteId]);
    const ledger = { one: counted.get(sites.one.siteId) ?? 0, two: counted.get(sites.two.siteId) ?? 0 };
    const expected = { one: acknowledged.one, two: acknowledged.two * 2 };
    const floorRows = floorServer ? await target.countFloor() : 0;
    if (floorRows !== floorAcknowledged * 2) {
      throw new Error(`the floor's table holds ${floorRows} rows for ${floorAcknowledged * 2} acknowledged`);
    }
    return { runs, ledger, expected };
  } finally {
    if (!stopped) {
      await stopServers();
    }
  }
}

const stat = (xs: Load[], pick: (l: Load) => number): Stats => summarise(xs.map(pick));

/**
 * The durable-ingest floor (PostgreSQL only): its rate against the bare route, the consent route's rate against it,
 * and its CPU per choice. It tells how much of the distance to the bare route any durable ingest has on this machine,
 * and how much is the ledger's own work.
 */
function floorFigures(label: string, runs: Runs, twoEvents: Stats, bareGet: { name: string; stats: Stats }): Figure[] {
  if (runs.floor.length === 0) {
    return [];
  }
  const floorEvents = stat(runs.floor, (l) => 2 * l.rps);
  const floorCpu = stat(runs.floor, (l) => l.serverCpuUs + l.dbCpuUs);
  const bareCpu = stat(runs.bareGet, (l) => l.serverCpuUs);
  return [
    {
      name:
        `${label}: floor: bare Fastify + the same group commit, one row per purpose into a table with only a ` +
        'primary key (2 purposes = 2 rows a request)',
      unit: 'events/s',
      stats: floorEvents,
      baseline: bareGet,
      ratio: floorEvents.median / bareGet.stats.median,
    },
    {
      name: `${label}: POST /api/consent, 2 purposes, against the floor`,
      unit: 'events/s',
      stats: twoEvents,
      baseline: { name: 'floor', stats: floorEvents },
      ratio: twoEvents.median / floorEvents.median,
    },
    {
      name: `${label}: floor, CPU per choice of 2 purposes (server + PostgreSQL backends)`,
      unit: 'µs',
      stats: floorCpu,
      baseline: { name: 'bare GET route', stats: bareCpu },
      ratio: floorCpu.median / bareCpu.median,
    },
  ];
}

function figures(label: string, m: Awaited<ReturnType<typeof measureStore>>): Figure[] {
  const { runs } = m;
  const bareGet = { name: 'bare Fastify GET /healthz', stats: stat(runs.bareGet, (l) => l.rps) };
  const one = stat(runs.one, (l) => l.rps);
  const two = stat(runs.two, (l) => l.rps);
  const barePost = stat(runs.barePost, (l) => l.rps);
  const ms = (name: string, xs: Load[], pick: (l: Load) => number): Figure => ({
    name: `${label}: ${name}`,
    unit: 'ms',
    stats: stat(xs, pick),
  });
  /** A rate against the bare GET route of the same run. */
  const vsBare = (name: string, unit: string, stats: Stats): Figure => ({
    name: `${label}: ${name}`,
    unit,
    stats,
    baseline: bareGet,
    ratio: stats.median / bareGet.stats.median,
  });
  const ledgerStored = m.ledger.one + m.ledger.two;
  const ledgerAcknowledged = m.expected.one + m.expected.two;
  const twoEvents = stat(runs.two, (l) => 2 * l.rps);
  return [
    {
      ...vsBare(
        "POST /api/consent, the demo register's banner choice (2 consent purposes = 2 events a request)",
        'events/s',
        twoEvents,
      ),
      goal: '>= 10,000/s and >= 0.5 × bare',
      meetsGoal: twoEvents.median >= 10_000 && twoEvents.median / bareGet.stats.median >= 0.5,
    },
    vsBare('2 purposes a request', 'req/s', two),
    ms('2 purposes, latency p50', runs.two, (l) => l.p50),
    ms('2 purposes, latency p99', runs.two, (l) => l.p99),
    vsBare('POST /api/consent, 1 purpose a request (events/s = req/s)', 'events/s', one),
    ms('1 purpose, latency p50', runs.one, (l) => l.p50),
    ms('1 purpose, latency p99', runs.one, (l) => l.p99),
    vsBare('bare Fastify POST of the same bodies (JSON parsed, 201)', 'req/s', barePost),
    ...floorFigures(label, runs, twoEvents, bareGet),
    ...(['one', 'two'] as const).map(
      (which): Figure => ({
        name:
          `${label}: server CPU per choice, ${which === 'one' ? '1 purpose' : '2 purposes'}` +
          `${label === 'PostgreSQL' ? ' (+ PostgreSQL backends)' : ''}`,
        unit: 'µs',
        stats: stat(runs[which], (l) => l.serverCpuUs + l.dbCpuUs),
        baseline: { name: 'bare GET route', stats: stat(runs.bareGet, (l) => l.serverCpuUs) },
        ratio:
          stat(runs[which], (l) => l.serverCpuUs + l.dbCpuUs).median / stat(runs.bareGet, (l) => l.serverCpuUs).median,
      }),
    ),
    {
      name: `${label}: autocannon CPU per request, 2 purposes`,
      unit: 'µs',
      stats: stat(runs.two, (l) => l.clientCpuUs),
      baseline: { name: 'bare GET route', stats: stat(runs.bareGet, (l) => l.clientCpuUs) },
      ratio: stat(runs.two, (l) => l.clientCpuUs).median / stat(runs.bareGet, (l) => l.clientCpuUs).median,
    },
    {
      name: `${label}: ledger events after the run`,
      unit: 'events',
      stats: summarise([ledgerStored]),
      baseline: { name: '2xx answers × purposes', stats: summarise([ledgerAcknowledged]) },
      ratio: ledgerStored / ledgerAcknowledged,
      goal: 'equal',
      meetsGoal: ledgerStored === ledgerAcknowledged,
    },
  ];
}

/**
 * Sustained consent events per second into the ledger, every 2xx meaning committed: `POST /api/consent` on a
 * `dijk serve` child (PostgreSQL when TEST_DATABASE_URL is set, and PGlite), loaded by autocannon from this process,
 * alternating with the bare Fastify route of the `http` benchmark in its own process, so both see the same machine.
 * Afterwards the ledger is counted: it must hold exactly the events of the 2xx answers.
 */
export async function runConsent(): Promise<BenchResult> {
  const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  const notes: string[] = [];
  if (!pgUrl && STORES.includes('postgres')) {
    const warning = 'TEST_DATABASE_URL is not set: PostgreSQL is NOT measured, only PGlite';
    process.stderr.write(`\n⚠  ${warning}\n\n`);
    notes.push(warning);
  }
  const barePort = await freePort();
  const bare = startNode(['bench/fixtures/bare-fastify.mjs'], { PORT: String(barePort) });
  const bareSide = { base: `http://127.0.0.1:${barePort}`, pid: bare.pid ?? 0, backends: async () => [] };
  const results: Figure[] = [];
  const details: Record<string, unknown> = {};
  try {
    await waitFor200(`${bareSide.base}/healthz`, performance.now());
    const targets: (() => Promise<StoreTarget>)[] = [];
    if (pgUrl && STORES.includes('postgres')) {
      targets.push(() => postgresTarget(pgUrl));
    }
    if (STORES.includes('pglite')) {
      targets.push(async () => pgliteTarget());
    }
    for (const make of targets) {
      const target = await make();
      try {
        const m = await measureStore(target, bareSide);
        results.push(...figures(target.label, m));
        const ok = m.ledger.one + m.ledger.two === m.expected.one + m.expected.two;
        const line =
          `${target.label} ledger: ${m.ledger.one} + ${m.ledger.two} events stored for ` +
          `${m.expected.one} + ${m.expected.two} acknowledged (1 / 2 purposes a request), 0 non-2xx ${ok ? '✓' : '✗'}`;
        process.stderr.write(`${line}\n`);
        notes.push(line);
        details[target.label] = {
          ledger: { stored: m.ledger, acknowledged: m.expected, equal: ok },
          non2xx: 0,
          runs: m.runs,
        };
        if (!ok) {
          throw new Error(`the ledger does not hold the acknowledged events: ${line}`);
        }
      } finally {
        await target.dispose();
      }
    }
  } finally {
    await stop(bare);
  }
  notes.push(
    `autocannon, ${CONNECTIONS} connections, ${RUNS} alternating rounds of ~${RUN_S} s runs after a warm-up, each ` +
      'run a fixed number of requests; every request a new visitor; baseline: GET /healthz of a bare Fastify server ' +
      "(the http benchmark's), same connections, same run; CPU per request from /proc",
  );
  return {
    benchmark: 'consent',
    date: new Date().toISOString(),
    machine: machineInfo(),
    figures: results,
    notes,
    details,
  };
}
