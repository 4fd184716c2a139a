import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { exportMarkdown, parseRegister, type Register } from '../src/domain/register/index.js';
import { renderStatement, toHtml } from '../src/domain/statement/index.js';
import { type BenchResult, type Figure, machineInfo, measure, timeMs } from './harness.js';
import { ROOT } from './processes.js';

function loadExample(name: string): Register {
  const parsed = parseRegister(readFileSync(resolve(ROOT, 'examples', `${name}.yaml`), 'utf8'), `${name}.yaml`);
  if (!parsed.ok) {
    throw new Error(`examples/${name}.yaml does not parse`);
  }
  return parsed.register;
}

/**
 * Rendering one statement (register → structured document → HTML), budget 10 ms, against the plain Markdown export
 * of the same register's Art. 30 record, measured in the same run.
 */
export async function runStatement(): Promise<BenchResult> {
  const figures: Figure[] = [];
  for (const name of ['vandenbroele', 'bsmart', 'bpart']) {
    const register = loadExample(name);
    for (const lang of ['nl', 'fr', 'en'] as const) {
      const stats = await measure({
        warmup: 20,
        runs: 50,
        fn: () => timeMs(() => toHtml(renderStatement(register, { lang, kind: 'privacy' }))),
      });
      const baseline = await measure({
        warmup: 20,
        runs: 50,
        fn: () => timeMs(() => exportMarkdown(register, lang)),
      });
      figures.push({
        name: `privacy statement ${name} (${lang}) → HTML`,
        unit: 'ms',
        stats,
        baseline: { name: 'Markdown export of the Art. 30 record', stats: baseline },
        ratio: stats.median / baseline.median,
        goal: '< 10 ms',
        meetsGoal: stats.median < 10,
      });
    }
  }
  return {
    benchmark: 'statement',
    date: new Date().toISOString(),
    machine: machineInfo(),
    figures,
    notes: ['50 runs after 20 warm-up runs each; the three example registers of the seeds'],
  };
}
