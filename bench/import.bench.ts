import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { importStatement, readStatementText } from '../src/domain/importer/index.js';
import { type BenchResult, machineInfo, measure, timeMs } from './harness.js';
import { ROOT } from './processes.js';

/**
 * The statement to import: the largest seed (about 38 KB) when ../shared is beside the repo, else the largest
 * own fixture; padded with its own text to 40 KB, the size of the budget.
 */
function statement(): { name: string; bytes: Uint8Array } {
  const seed = resolve(ROOT, '..', 'shared', 'seeds', 'vandenbroele.txt');
  const source = existsSync(seed) ? seed : resolve(ROOT, 'test', 'fixtures', 'import', 'cloudnest-saas.txt');
  let text = readFileSync(source, 'utf8');
  const original = text;
  while (Buffer.byteLength(text) < 40 * 1024) {
    text += `\n\n${original}`;
  }
  const bytes = Buffer.from(text).subarray(0, 40 * 1024);
  return { name: source.split('/').slice(-2).join('/'), bytes: new Uint8Array(bytes) };
}

/** Import of a 40 KB statement (budget 100 ms), against only reading and normalising its text. */
export async function runImport(): Promise<BenchResult> {
  const { name, bytes } = statement();
  const input = { bytes, fileName: 'statement.txt' };
  const cold = await timeMs(() => importStatement(input));
  const stats = await measure({ warmup: 5, runs: 20, fn: () => timeMs(() => importStatement(input)) });
  const baseline = await measure({ warmup: 5, runs: 20, fn: () => timeMs(() => readStatementText(input)) });
  return {
    benchmark: 'import',
    date: new Date().toISOString(),
    machine: machineInfo(),
    figures: [
      {
        name: 'import a 40 KB statement (read, segment, extract, findings, eval)',
        unit: 'ms',
        stats,
        baseline: { name: 'read and normalise the text only', stats: baseline },
        ratio: stats.median / baseline.median,
        goal: '< 100 ms',
        meetsGoal: stats.median < 100,
      },
    ],
    notes: [
      `statement: ${name}, cut or padded to 40 KB`,
      `first import in a fresh process (lexicons compiled, modules warm): ${cold.toFixed(0)} ms`,
    ],
  };
}
