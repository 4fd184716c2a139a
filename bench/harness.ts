import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';

/** Summary statistics of repeated measurements. */
export interface Stats {
  runs: number;
  median: number;
  mean: number;
  min: number;
  max: number;
  p95: number;
}

/** One reported figure: a measurement, optionally with the baseline it is compared with in the same run. */
export interface Figure {
  name: string;
  unit: string;
  stats: Stats;
  baseline?: { name: string; stats: Stats };
  /** figure / baseline on medians (for throughput: higher is better; for time: lower is better). */
  ratio?: number;
  goal?: string;
  /** Whether the goal is met, when there is one. */
  meetsGoal?: boolean;
}

export interface BenchResult {
  benchmark: string;
  date: string;
  machine: { cpus: number; model: string; node: string };
  figures: Figure[];
  notes: string[];
  /** Facts of the run a figure does not hold (e.g. the ledger count a benchmark checked). */
  details?: Record<string, unknown>;
}

/** Computes summary statistics. */
export function summarise(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 0 ? ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2 : (sorted[mid] ?? Number.NaN);
  return {
    runs: samples.length,
    median,
    mean: samples.reduce((a, b) => a + b, 0) / samples.length,
    min: sorted[0] ?? Number.NaN,
    max: sorted.at(-1) ?? Number.NaN,
    p95: at(0.95),
  };
}

/** Runs `fn` `warmup` times unmeasured, then `runs` times, and returns the samples `fn` reports. */
export async function measure(options: { warmup: number; runs: number; fn: () => Promise<number> | number }) {
  for (let i = 0; i < options.warmup; i++) {
    await options.fn();
  }
  const samples: number[] = [];
  for (let i = 0; i < options.runs; i++) {
    samples.push(await options.fn());
  }
  return summarise(samples);
}

/** Times a synchronous or async function in milliseconds. */
export async function timeMs(fn: () => unknown): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/** The machine facts recorded with every result. */
export function machineInfo(): BenchResult['machine'] {
  const list = cpus();
  return { cpus: list.length, model: list[0]?.model ?? 'unknown', node: process.version };
}

/** Writes bench/results/NAME.json. */
export function writeResult(dir: string, result: BenchResult): string {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${result.benchmark}.json`);
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  return file;
}

const fmt = (n: number) => (Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 10 ? n.toFixed(1) : n.toFixed(2));

/** A plain-text table of a result's figures. */
export function formatTable(result: BenchResult): string {
  const rows = [['figure', 'median', 'min', 'max', 'unit', 'baseline (median)', 'ratio', 'goal']];
  for (const f of result.figures) {
    rows.push([
      f.name,
      fmt(f.stats.median),
      fmt(f.stats.min),
      fmt(f.stats.max),
      f.unit,
      f.baseline ? `${f.baseline.name}: ${fmt(f.baseline.stats.median)}` : '',
      f.ratio === undefined ? '' : f.ratio.toFixed(3),
      f.goal ? `${f.goal} ${f.meetsGoal === undefined ? '' : f.meetsGoal ? '✓' : '✗'}` : '',
    ]);
  }
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  const lines = rows.map((r) =>
    r
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd(),
  );
  lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  return [`## ${result.benchmark}`, ...lines, ...result.notes.map((n) => `note: ${n}`)].join('\n');
}
