import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runDijk } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'dijk-statement-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const example = (name: string) => resolve(REPO_ROOT, 'examples', `${name}.yaml`);

describe('dijk statement render', () => {
  it.each([
    ['nl', 'md', '# Privacyverklaring van Bpart BV'],
    ['fr', 'html', '<h1'],
    ['en', 'txt', 'Privacy statement'],
  ])('renders examples/bpart.yaml in %s as %s', async (lang, format, expected) => {
    const result = await runDijk(['statement', 'render', example('bpart'), '--lang', lang, '--format', format]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(expected);
  });

  it('renders the cookie statement of the active register', async () => {
    const env = { DIJK_DATA_DIR: join(dir, 'data') };
    expect((await runDijk(['register', 'apply', example('bsmart')], env, 60_000)).code).toBe(0);
    const result = await runDijk(['statement', 'render', '--active', '--kind', 'cookies', '--lang', 'nl'], env);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/cookie/i);

    const published = await runDijk(['statement', 'publish'], env);
    expect(published.code).toBe(0);
    expect(published.stdout).toContain('published statement version 1 (register version 1)');
    const again = await runDijk(['statement', 'publish'], env);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already published');
    const past = await runDijk(['statement', 'publish', '--effective-from', '2020-01-01'], env);
    expect(past.code).toBe(2);
  }, 90_000);

  it('exits 2 without a register, with both, or with an invalid one', async () => {
    expect((await runDijk(['statement', 'render'])).code).toBe(2);
    expect((await runDijk(['statement', 'render', example('bpart'), '--active'])).code).toBe(2);
    const missing = await runDijk(['statement', 'render', join(dir, 'nope.yaml')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such file');
  });
});
