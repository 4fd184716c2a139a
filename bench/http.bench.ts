import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import type { BenchResult, Stats } from './harness.js';
import { machineInfo, summarise } from './harness.js';
import { freePort, startNode, stop, waitFor200 } from './processes.js';

const DURATION_S = 5;
const CONNECTIONS = 50;

async function load(url: string, duration = DURATION_S): Promise<{ rps: number; p50: number; p99: number }> {
  const result = await autocannon({ url, connections: CONNECTIONS, pipelining: 1, duration });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${url}: ${result.non2xx} non-2xx answers and ${result.errors} errors under load`);
  }
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

/**
 * Requests/s of Dijk's /healthz against a bare Fastify route, each in its own process, loaded alternately by
 * autocannon from this process, so both see the same machine state. The ratio is the figure.
 */
export async function runHttp(): Promise<BenchResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'dijk-bench-http-'));
  const [dijkPort, barePort] = [await freePort(), await freePort()];
  const dijk = startNode(['bin/dijk.js', 'serve'], {
    DIJK_DATA_DIR: dataDir,
    PORT: String(dijkPort),
    LOG_LEVEL: 'warn',
  });
  const bare = startNode(['bench/fixtures/bare-fastify.mjs'], { PORT: String(barePort) });
  try {
    const dijkUrl = `http://127.0.0.1:${dijkPort}/healthz`;
    const bareUrl = `http://127.0.0.1:${barePort}/healthz`;
    await waitFor200(dijkUrl, performance.now());
    await waitFor200(bareUrl, performance.now());
    await load(dijkUrl, 2); // warm-up: JIT and connection pools
    await load(bareUrl, 2);
    const runs = { dijk: [] as Awaited<ReturnType<typeof load>>[], bare: [] as Awaited<ReturnType<typeof load>>[] };
    for (let i = 0; i < 3; i++) {
      runs.bare.push(await load(bareUrl));
      runs.dijk.push(await load(dijkUrl));
    }
    const rps = (xs: typeof runs.dijk): Stats => summarise(xs.map((x) => x.rps));
    const dijkStats = rps(runs.dijk);
    const bareStats = rps(runs.bare);
    return {
      benchmark: 'http',
      date: new Date().toISOString(),
      machine: machineInfo(),
      figures: [
        {
          name: 'GET /healthz',
          unit: 'req/s',
          stats: dijkStats,
          baseline: { name: 'bare Fastify route', stats: bareStats },
          ratio: dijkStats.median / bareStats.median,
        },
        { name: 'GET /healthz latency p50', unit: 'ms', stats: summarise(runs.dijk.map((r) => r.p50)) },
        { name: 'GET /healthz latency p99', unit: 'ms', stats: summarise(runs.dijk.map((r) => r.p99)) },
      ],
      notes: [`autocannon, ${CONNECTIONS} connections, ${DURATION_S} s a run, 3 alternating runs after a 2 s warm-up`],
    };
  } finally {
    await Promise.all([stop(dijk), stop(bare)]);
    rmSync(dataDir, { recursive: true, force: true });
  }
}
