import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseYaml, stringify } from 'yaml';
import { lintRegister } from '../src/domain/lint/index.js';
import { parseRegister } from '../src/domain/register/index.js';
import { generateLargeRegister } from './fixtures/large-register.js';
import { type BenchResult, type Figure, machineInfo, measure, timeMs } from './harness.js';
import { ROOT } from './processes.js';

/** Parse + schema + lint of one register text; throws if the text is not a valid register. */
function validateAndLint(text: string): number {
  const parsed = parseRegister(text, 'bench.yaml');
  if (!parsed.ok) {
    throw new Error(`bench register does not parse: ${parsed.problems[0]?.message}`);
  }
  return lintRegister(parsed.register, { now: new Date('2026-11-21T00:00:00Z') }).length;
}

async function figure(name: string, text: string, goalMs?: number): Promise<Figure> {
  const stats = await measure({ warmup: 3, runs: 15, fn: () => timeMs(() => validateAndLint(text)) });
  const baseline = await measure({ warmup: 3, runs: 15, fn: () => timeMs(() => parseYaml(text)) });
  return {
    name,
    unit: 'ms',
    stats,
    baseline: { name: 'plain YAML parse of the same text', stats: baseline },
    ratio: stats.median / baseline.median,
    ...(goalMs === undefined ? {} : { goal: `< ${goalMs} ms`, meetsGoal: stats.median < goalMs }),
  };
}

/** Validate + lint: a register with 500 purposes and 2,000 cookies (budget 200 ms), and the three examples. */
export async function runRegister(): Promise<BenchResult> {
  const large = stringify(generateLargeRegister({ purposes: 500, cookies: 2000 }));
  const figures = [await figure('validate + lint, 500 purposes and 2,000 cookies', large, 200)];
  for (const name of ['bpart', 'bsmart', 'vandenbroele']) {
    const text = readFileSync(resolve(ROOT, 'examples', `${name}.yaml`), 'utf8');
    figures.push(await figure(`validate + lint examples/${name}.yaml`, text));
  }
  return {
    benchmark: 'register',
    date: new Date().toISOString(),
    machine: machineInfo(),
    figures,
    notes: [`the large register is ${(large.length / 1024).toFixed(0)} KB of YAML; 15 runs after 3 warm-up runs`],
  };
}
