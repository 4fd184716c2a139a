import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runDijk } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'dijk-reg-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const example = (name: string) => resolve(REPO_ROOT, 'examples', `${name}.yaml`);
const bpart = readFileSync(example('bpart'), 'utf8');
function write(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe('dijk register', () => {
  it.each(['bpart', 'bsmart', 'vandenbroele'])('validates examples/%s.yaml with zero errors (exit 0)', async (name) => {
    const result = await runDijk(['register', 'validate', example(name)]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/0 errors/);
  });

  it('exits 2 on a misspelt key, with file:line:column and a suggestion', async () => {
    const file = write('typo.yaml', bpart.replace('legal_name:', 'legal_nmae:'));
    const result = await runDijk(['register', 'validate', file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(new RegExp(`${file.replaceAll('/', '\\/')}:\\d+:\\d+: .*legal_nmae`));
    expect(result.stderr).toContain('did you mean "legal_name"?');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 on broken YAML and on a missing file', async () => {
    const broken = await runDijk(['register', 'validate', write('broken.yaml', 'version: 1\norganisation: [\n')]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/broken\.yaml:\d+:\d+:/);
    const missing = await runDijk(['register', 'validate', join(dir, 'nope.yaml')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such file');
  });

  it('refuses to apply a register with a NUL character: its line, exit 2, and no store created', async () => {
    const lines = bpart.split('\n');
    const at = lines.findIndex((l) => l.includes('legal_name:'));
    lines[at] = `${lines[at]}\u0000`;
    const file = write('nul.yaml', lines.join('\n'));
    const dataDir = join(dir, 'nul-store');
    const result = await runDijk(['register', 'apply', file], { DIJK_DATA_DIR: dataDir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`nul.yaml:${at + 1}:`);
    expect(result.stderr).toContain('NUL character');
    expect(result.stderr).not.toContain('unexpected error');
    expect(existsSync(dataDir)).toBe(false);
  });
  it('exits 1 on lint errors and prints SARIF for code scanning', async () => {
    const file = write('lint-error.yaml', bpart.replace('"0736673725"', '"0736673726"'));
    const text = await runDijk(['register', 'validate', file]);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('enterprise-number-invalid');
    const sarif = await runDijk(['register', 'lint', file, '--format', 'sarif']);
    expect(sarif.code).toBe(1);
    const log = JSON.parse(sarif.stdout);
    expect(log.version).toBe('2.1.0');
    const result = log.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'enterprise-number-invalid');
    expect(result.level).toBe('error');
    expect(result.locations[0].physicalLocation.region.startLine).toBeGreaterThan(0);
    const json = await runDijk(['register', 'lint', example('bsmart'), '--format', 'json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).length).toBeGreaterThan(0);
  });

  it('prints the JSON Schema', async () => {
    const result = await runDijk(['register', 'schema']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).properties.purposes).toBeDefined();
  });

  it('applies versions, shows history, diffs and exports the active register', async () => {
    const env = { DIJK_DATA_DIR: join(dir, 'data') };
    const first = await runDijk(['register', 'apply', example('bpart'), '-m', 'first'], env, 60_000);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('version 1');
    const same = await runDijk(['register', 'apply', example('bpart')], env);
    expect(same.stdout).toContain('unchanged');
    const longer = write('bpart-10y.yaml', bpart.replace('duration: P7Y', 'duration: P10Y'));
    const second = await runDijk(['register', 'apply', longer, '-m', 'ten years'], env);
    expect(second.stdout).toContain('version 2');
    expect(second.stdout).toMatch(/material.*P7Y → P10Y/);

    const history = await runDijk(['register', 'history'], env);
    expect(history.stdout.trim().split('\n')).toHaveLength(2);
    expect(history.stdout).toContain('ten years');
    const diff = await runDijk(['register', 'diff', '1', '2', '--format', 'json'], env);
    expect(JSON.parse(diff.stdout)).toEqual([expect.objectContaining({ material: true })]);
    const show = await runDijk(['register', 'show', '1'], env);
    expect(show.stdout.trim()).toBe(bpart.trim());
    const missing = await runDijk(['register', 'show', '7'], env);
    expect(missing.code).toBe(2);

    const csv = await runDijk(['register', 'export', '--format', 'art30-csv', '--lang', 'fr'], env);
    expect(csv.code).toBe(0);
    expect(csv.stdout).toContain('Bpart BV');
    const xlsxNoOut = await runDijk(['register', 'export', '--format', 'art30-xlsx'], env);
    expect(xlsxNoOut.code).toBe(2);
    const out = join(dir, 'art30.xlsx');
    const xlsx = await runDijk(['register', 'export', '--format', 'art30-xlsx', '--out', out], env);
    expect(xlsx.code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');

    // Each stored version was audited in the same transaction; the chain verifies.
    const verify = await runDijk(['audit', 'verify'], env);
    expect(verify.code).toBe(0);
    expect(verify.stdout).toMatch(/^intact: 2 entries/);
    const anchor = await runDijk(['audit', 'anchor'], env);
    expect(JSON.parse(anchor.stdout)).toMatchObject({ seq: 2 });
  }, 120_000);
});
