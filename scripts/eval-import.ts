/**
 * `npm run eval:import`: imports every statement of the evaluation sets, writes the predictions in the evaluation
 * format to .eval-out/<set>, scores each set with ../shared/eval/score.mjs and prints a summary per set and language.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { importStatement, toEvalJson } from '../src/domain/importer/index.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(repoRoot, '../shared');
if (!existsSync(path.join(shared, 'eval', 'score.mjs'))) {
  console.error(
    `eval:import needs the shared evaluation folder at ${shared} (eval/score.mjs, seeds, gold); it is missing.`,
  );
  process.exit(2);
}
const verbose = process.argv.includes('--verbose');
/** `--set NAME=DIR` adds a set of your own: statements in DIR/docs, gold in DIR/gold (e.g. a private held-out set). */
const ownSets = process.argv.flatMap((arg, i) => {
  if (arg !== '--set') {
    return [];
  }
  const [name, dir] = (process.argv[i + 1] ?? '').split('=');
  if (!name || !dir) {
    console.error('--set takes NAME=DIR (statements in DIR/docs, gold in DIR/gold).');
    process.exit(2);
  }
  return [{ name, docs: path.resolve(dir, 'docs'), gold: path.resolve(dir, 'gold') }];
});
const sets = [
  { name: 'seeds', docs: path.join(shared, 'seeds'), gold: path.join(shared, 'eval', 'gold') },
  { name: 'extra', docs: path.join(shared, 'eval', 'extra'), gold: path.join(shared, 'eval', 'extra', 'gold') },
  {
    name: 'fixtures',
    docs: path.join(repoRoot, 'test', 'fixtures', 'import'),
    gold: path.join(repoRoot, 'test', 'fixtures', 'import', 'gold'),
  },
  ...ownSets,
];

function score(gold: string, pred: string): string {
  const args = [
    path.join(shared, 'eval', 'score.mjs'),
    '--gold',
    gold,
    '--pred',
    pred,
    ...(verbose ? ['--verbose'] : []),
  ];
  return execFileSync(process.execPath, args, { encoding: 'utf8' });
}

const summary: string[] = [];
const byLanguage = new Map<string, { gold: string; pred: string; names: string[] }>();
const outRoot = path.join(repoRoot, '.eval-out');
for (const set of sets) {
  if (!existsSync(set.gold)) {
    console.warn(`${set.name}: no gold folder at ${set.gold}; skipped`);
    continue;
  }
  const out = path.join(outRoot, set.name);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const goldFile of readdirSync(set.gold)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const base = goldFile.replace(/\.json$/, '');
    const docFile = readdirSync(set.docs).find((f) => f.replace(/\.[^.]+$/, '') === base && !f.endsWith('.json'));
    if (!docFile) {
      console.warn(`${set.name}/${base}: no statement beside the gold file`);
      continue;
    }
    const started = performance.now();
    try {
      const result = await importStatement({ bytes: readFileSync(path.join(set.docs, docFile)), fileName: docFile });
      const ms = performance.now() - started;
      writeFileSync(path.join(out, goldFile), `${JSON.stringify(toEvalJson(result, docFile), null, 2)}\n`);
      const lang = result.language;
      const entry = byLanguage.get(lang) ?? {
        gold: path.join(outRoot, `lang-${lang}`, 'gold'),
        pred: path.join(outRoot, `lang-${lang}`, 'pred'),
        names: [],
      };
      entry.names.push(`${set.name}-${goldFile}`);
      byLanguage.set(lang, entry);
      mkdirSync(entry.gold, { recursive: true });
      mkdirSync(entry.pred, { recursive: true });
      writeFileSync(path.join(entry.gold, `${set.name}-${goldFile}`), readFileSync(path.join(set.gold, goldFile)));
      writeFileSync(path.join(entry.pred, `${set.name}-${goldFile}`), readFileSync(path.join(out, goldFile)));
      if (verbose) {
        console.log(`${set.name}/${docFile}: ${ms.toFixed(1)} ms`);
      }
    } catch (error) {
      console.error(`${set.name}/${docFile}: import failed: ${(error as Error).message}`);
    }
  }
  const table = score(set.gold, out);
  console.log(`\n== ${set.name}\n${table}`);
  summary.push(`${set.name.padEnd(9)} ${table.trim().split('\n').at(-1) ?? ''}`);
}
for (const [lang, entry] of [...byLanguage].sort()) {
  const table = score(entry.gold, entry.pred);
  summary.push(`lang ${lang.padEnd(4)} ${table.trim().split('\n').at(-1) ?? ''}`);
}
for (const lang of byLanguage.keys()) {
  rmSync(path.join(outRoot, `lang-${lang}`), { recursive: true, force: true });
}
console.log(`\n== summary\n${summary.join('\n')}`);
