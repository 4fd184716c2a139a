#!/usr/bin/env node
// The `dijk` command. Runs the compiled CLI from dist/ (built by `npm run build`, which `npm ci` runs).
import { existsSync } from 'node:fs';

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('dijk: not built yet; run `npm run build` in the Dijk folder first.\n');
  process.exit(2);
}
const { runCli } = await import(entry.href);
const code = await runCli(process.argv);
// Server commands resolve only after a clean shutdown. Exit once stdout has drained, so piped output is complete.
process.stdout.write('', () => process.exit(code));
