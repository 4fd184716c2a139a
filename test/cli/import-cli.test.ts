import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runDijk } from '../helpers/cli.js';
import { buildPdf } from '../helpers/pdf.js';

const dir = mkdtempSync(join(tmpdir(), 'dijk-import-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('dijk import', () => {
  it('prints the evaluation format of a statement', async () => {
    const file = resolve(REPO_ROOT, 'test', 'fixtures', 'import', 'cloudnest-saas.txt');
    const result = await runDijk(['import', file, '--format', 'eval']);
    expect(result.code).toBe(0);
    const doc = JSON.parse(result.stdout);
    expect(doc).toMatchObject({ document: 'cloudnest-saas.txt', language: 'en' });
    for (const field of ['data_categories', 'legal_bases', 'retention', 'rights', 'findings']) {
      expect(Array.isArray(doc[field])).toBe(true);
    }
  });

  it('drafts a register in YAML by default, each element with its source sentence', async () => {
    const file = resolve(REPO_ROOT, 'test', 'fixtures', 'import', 'bakkerij-webshop.txt');
    const result = await runDijk(['import', file]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^version: 1$/m);
    expect(result.stdout).toContain('organisation:');
    expect(result.stdout).toMatch(/# .*"/);
  });

  it('writes the extraction with sources to a file', async () => {
    const out = join(dir, 'out.json');
    const file = resolve(REPO_ROOT, 'test', 'fixtures', 'import', 'bakkerij-webshop.txt');
    const result = await runDijk(['import', file, '--format', 'json', '--out', out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('wrote');
  });

  const cases: [string, () => string, RegExp][] = [
    ['an empty file', () => write('empty.txt', ''), /empty/],
    [
      'a binary file',
      () => write('data.bin', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 53) % 256))),
      /not text, HTML or PDF/,
    ],
    [
      'a 50 MB file',
      () => {
        const f = write('big.txt', '');
        truncateSync(f, 50 * 1024 * 1024);
        return f;
      },
      /50\.0 MB; the limit is 10 MB/,
    ],
    ['a PDF with no text layer', () => write('scan.pdf', buildPdf([{ drawingOnly: true }])), /no text layer/],
    [
      'a statement in German',
      () =>
        write(
          'de.txt',
          'Datenschutzerklärung. Wir verarbeiten Ihre Daten nur mit Ihrer Einwilligung und löschen sie, sobald sie nicht mehr erforderlich sind.',
        ),
      /German is not supported/,
    ],
    ['a missing file', () => join(dir, 'nope.txt'), /no such file/],
  ];
  it.each(cases)('exits 2 with one clear line on %s', async (_name, make, message) => {
    const result = await runDijk(['import', make()]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(message);
  });
});

function write(name: string, content: string | Buffer): string {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}
