import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchResult } from './harness.js';
import { machineInfo, measure } from './harness.js';
import { freePort, startNode, stop, waitFor200 } from './processes.js';

/** Time from process start to /readyz = 200 on the embedded store, against a bare Node HTTP server. */
export async function runStartup(): Promise<BenchResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'dijk-bench-startup-'));
  try {
    const startOnce = async (args: string[], env: Record<string, string>, path: string) => {
      const port = await freePort();
      const t0 = performance.now();
      const child = startNode(args, { ...env, PORT: String(port) });
      try {
        return await waitFor200(`http://127.0.0.1:${port}${path}`, t0);
      } finally {
        await stop(child);
      }
    };
    const dijk = () => startOnce(['bin/dijk.js', 'serve'], { DIJK_DATA_DIR: dataDir }, '/readyz');
    const bare = () => startOnce(['bench/fixtures/bare-node.mjs'], {}, '/');
    // The first start creates the database (initdb); it is reported apart from the steady-state figure.
    const firstStart = await dijk();
    const baseline = await measure({ warmup: 1, runs: 7, fn: bare });
    const stats = await measure({ warmup: 1, runs: 7, fn: dijk });
    return {
      benchmark: 'startup',
      date: new Date().toISOString(),
      machine: machineInfo(),
      figures: [
        {
          name: 'dijk serve → /readyz 200 (existing embedded store)',
          unit: 'ms',
          stats,
          baseline: { name: 'bare node http', stats: baseline },
          ratio: stats.median / baseline.median,
          goal: '< 2000 ms',
          meetsGoal: stats.median < 2000,
        },
      ],
      notes: [`first start on an empty data folder (creates the database): ${firstStart.toFixed(0)} ms`],
    };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
