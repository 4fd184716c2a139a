import { resolve } from 'node:path';
import { runAudit } from './audit.bench.js';
import { runBanner } from './banner.bench.js';
import { runConsent } from './consent.bench.js';
import { type BenchResult, formatTable, writeResult } from './harness.js';
import { runHttp } from './http.bench.js';
import { runImport } from './import.bench.js';
import { runRegister } from './register.bench.js';
import { runStartup } from './startup.bench.js';
import { runStatement } from './statement.bench.js';

/** Every benchmark by name. `npm run bench` runs all; `npm run bench -- NAME…` runs the named ones. */
const benchmarks: Record<string, () => Promise<BenchResult>> = {
  startup: runStartup,
  http: runHttp,
  audit: runAudit,
  register: runRegister,
  import: runImport,
  statement: runStatement,
  banner: runBanner,
  consent: runConsent,
};

async function main(): Promise<number> {
  const requested = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const unknown = requested.filter((name) => !(name in benchmarks));
  if (unknown.length > 0) {
    process.stderr.write(`unknown benchmark(s): ${unknown.join(', ')}; known: ${Object.keys(benchmarks).join(', ')}\n`);
    return 2;
  }
  const names = requested.length > 0 ? requested : Object.keys(benchmarks);
  const dir = resolve(import.meta.dirname, 'results');
  for (const name of names) {
    process.stderr.write(`running ${name}…\n`);
    const run = benchmarks[name];
    if (!run) {
      continue;
    }
    const result = await run();
    const file = writeResult(dir, result);
    process.stdout.write(`${formatTable(result)}\n(written to ${file})\n\n`);
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
