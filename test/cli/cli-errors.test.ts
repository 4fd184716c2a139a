import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, runDijk } from '../helpers/cli.js';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dijk-cli-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** One clear line on stderr, no stack trace. */
function expectOneClearLine(stderr: string, pattern: RegExp): void {
  const lines = stderr
    .trim()
    .split('\n')
    .filter((l) => !l.startsWith('(node:') && !l.includes('--trace-warnings'));
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^dijk: /);
  expect(lines[0]).toMatch(pattern);
  expect(stderr).not.toMatch(/\n\s+at /);
}

describe('dijk CLI errors', () => {
  it('prints the version and help', async () => {
    const version = await runDijk(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    const help = await runDijk(['help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('serve');
    expect(help.stdout).toContain('DATABASE_URL');
  });

  it('exits 2 on an unknown command', async () => {
    const result = await runDijk(['frobnicate']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown command');
  });

  it('exits 2 on bad config, naming the variable', async () => {
    const result = await runDijk(['serve'], { PORT: 'not-a-port', DIJK_DATA_DIR: tempDir() });
    expect(result.code).toBe(2);
    expectOneClearLine(result.stderr, /PORT/);
  });

  it('exits 2 when the port is taken', async () => {
    const port = await freePort();
    const blocker: Server = createServer();
    await new Promise<void>((r) => blocker.listen(port, '127.0.0.1', () => r()));
    try {
      const result = await runDijk(['serve'], { PORT: String(port), DIJK_DATA_DIR: tempDir() });
      expect(result.code).toBe(2);
      expectOneClearLine(result.stderr, new RegExp(`Port ${port} .*already in use`));
    } finally {
      blocker.close();
    }
  });

  it('exits 2 when DATABASE_URL is unreachable, without printing the password', async () => {
    const port = await freePort();
    const result = await runDijk(['serve'], {
      DATABASE_URL: `postgres://dijk:hunter2-secret@127.0.0.1:${port}/dijk`,
      DIJK_DATA_DIR: tempDir(),
    });
    expect(result.code).toBe(2);
    expectOneClearLine(result.stderr, /Cannot connect to PostgreSQL/);
    expect(result.stderr).not.toContain('hunter2-secret');
  });

  it('exits 2 on a corrupt data folder', async () => {
    const dataDir = tempDir();
    mkdirSync(join(dataDir, 'pgdata'));
    writeFileSync(join(dataDir, 'pgdata', 'garbage.bin'), Buffer.from([0, 1, 2, 3, 255]));
    const result = await runDijk(['migrate'], { DIJK_DATA_DIR: dataDir });
    expect(result.code).toBe(2);
    expectOneClearLine(result.stderr, /data folder .* (damaged|holds no database)/);
  });

  it('exits 2 on a data folder whose database files are damaged', async () => {
    const dataDir = tempDir();
    expect((await runDijk(['migrate'], { DIJK_DATA_DIR: dataDir }, 60_000)).code).toBe(0);
    writeFileSync(join(dataDir, 'pgdata', 'global', 'pg_control'), Buffer.alloc(8192, 0x5a));
    const result = await runDijk(['migrate'], { DIJK_DATA_DIR: dataDir }, 60_000);
    expect(result.code).toBe(2);
    expectOneClearLine(result.stderr, /could not be opened as a Dijk database/);
  });

  it('exits 2 at once when DIJK_DATA_DIR cannot be created (inside /proc: a recursive mkdir loops there)', async () => {
    const result = await runDijk(['migrate'], { DIJK_DATA_DIR: '/proc/dijk-no-such/data' }, 20_000);
    expect(result.code).toBe(2);
    expectOneClearLine(result.stderr, /Cannot create the data folder \/proc\/dijk-no-such\/data: ENOENT/);
  });

  it('exits 2 when DIJK_DATA_DIR is a file', async () => {
    const file = join(tempDir(), 'not-a-folder');
    writeFileSync(file, 'x');
    const result = await runDijk(['migrate'], { DIJK_DATA_DIR: file });
    expect(result.code).toBe(2);
    expectOneClearLine(result.stderr, /not a folder/);
  });

  it('shows a stack trace only with --debug', async () => {
    const result = await runDijk(['serve', '--debug'], { PORT: 'x', DIJK_DATA_DIR: tempDir() });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/\n\s+at /);
  });
});
