#!/usr/bin/env node
// Builds everything `dijk` runs: the server (tsc → dist/), the admin UI (vite → web/admin/dist) and the cookie
// banner (esbuild → web/banner/dist/banner.js).
// With --if-needed it does nothing when every output is newer than every input, so `npm start` and `npm test`
// can call it cheaply on every run.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ifNeeded = process.argv.includes('--if-needed');

function newestMtime(path) {
  if (!existsSync(path)) {
    return 0;
  }
  const stat = statSync(path);
  if (!stat.isDirectory()) {
    return stat.mtimeMs;
  }
  let newest = 0;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry === 'dist') {
      continue;
    }
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

const targets = [
  {
    name: 'server',
    stamp: join(root, 'dist', '.build-stamp'),
    inputs: ['src', 'tsconfig.json', 'tsconfig.build.json', 'package.json'],
    command: [process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json']],
  },
  {
    name: 'admin UI',
    stamp: join(root, 'web', 'admin', 'dist', '.build-stamp'),
    inputs: ['web/admin', 'package.json'],
    when: () => existsSync(join(root, 'web', 'admin', 'vite.config.ts')),
    command: [
      process.execPath,
      [
        join(root, 'node_modules', 'vite', 'bin', 'vite.js'),
        'build',
        '--config',
        'web/admin/vite.config.ts',
        '--logLevel',
        'warn',
      ],
    ],
  },
  {
    name: 'cookie banner',
    stamp: join(root, 'web', 'banner', 'dist', '.build-stamp'),
    inputs: ['web/banner', 'package.json'],
    command: [process.execPath, [join(root, 'web', 'banner', 'build.mjs')]],
  },
];

for (const target of targets) {
  if (target.when && !target.when()) {
    continue;
  }
  const inputTime = Math.max(...target.inputs.map((p) => newestMtime(join(root, p))));
  if (ifNeeded && existsSync(target.stamp) && statSync(target.stamp).mtimeMs >= inputTime) {
    continue;
  }
  const started = Date.now();
  process.stderr.write(`building ${target.name}…`);
  const [cmd, args] = target.command;
  const result = spawnSync(cmd, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) {
    process.stderr.write(`\nbuild of the ${target.name} failed\n`);
    process.exit(result.status ?? 1);
  }
  writeFileSync(target.stamp, new Date().toISOString());
  process.stderr.write(` done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}
