import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/http/app.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { REPO_ROOT } from '../helpers/cli.js';
import { buildPdf } from '../helpers/pdf.js';

const fixture = (name: string) => readFileSync(resolve(REPO_ROOT, 'test', 'fixtures', 'import', name));
const GERMAN =
  'Datenschutzerklärung. Wir verarbeiten Ihre personenbezogenen Daten nur, wenn Sie eingewilligt haben. ' +
  'Die Daten werden gelöscht, sobald sie nicht mehr erforderlich sind. Sie haben das Recht auf Auskunft.';

describe('POST /api/import', () => {
  let testApp: TestApp;
  let app: App;
  let cookie = '';

  beforeAll(async () => {
    testApp = await createTestApp('pglite');
    ({ app, cookie } = testApp);
  });
  afterAll(async () => {
    await testApp?.close();
  });

  const upload = (payload: Buffer | string, contentType: string, query = '') =>
    app.inject({
      method: 'POST',
      url: `/api/import${query}`,
      headers: { cookie, 'content-type': contentType },
      payload,
    });

  it('requires a session', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/import',
      headers: { 'content-type': 'text/plain' },
      payload: 'x',
    });
    expect(res.statusCode).toBe(401);
  });

  it('imports a text statement; every element points at the sentence it came from', async () => {
    const res = await upload(
      fixture('bakkerij-webshop.txt'),
      'text/plain; charset=utf-8',
      '?name=bakkerij-webshop.txt',
    );
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.language).toBe('nl');
    expect(body.eval.document).toBe('bakkerij-webshop.txt');
    const elements = Object.values(body.extraction).flatMap((v) =>
      Array.isArray(v) ? v : v && typeof v === 'object' && 'span' in v ? [v] : Object.values(v as object),
    ) as { value: unknown; span: { start: number; end: number }; sentence: string }[];
    expect(elements.length).toBeGreaterThan(5);
    expect(body.draft.yaml).toMatch(/^version: 1$/m);
    expect(body.draft.sources.length).toBeGreaterThan(3);
    for (const source of body.draft.sources) {
      expect(body.text.slice(source.span.start, source.span.end).length).toBeGreaterThan(0);
    }
    for (const e of elements) {
      expect(e.span.end).toBeGreaterThanOrEqual(e.span.start);
      expect(body.text.slice(e.span.start, e.span.end).length).toBe(e.span.end - e.span.start);
      expect(e.sentence.length).toBeGreaterThan(0);
    }
  });

  it('imports HTML and a PDF with a text layer', async () => {
    const html = await upload(fixture('atelier-html.html'), 'text/html');
    expect(html.statusCode).toBe(200);
    expect(html.json().language).toBe('fr');
    const pdf = buildPdf([
      {
        lines: [
          'Privacy statement of Example Widgets Ltd',
          'We keep your invoices for 7 years after the end of the contract.',
          'You may lodge a complaint with the Data Protection Authority.',
        ],
      },
    ]);
    const res = await upload(pdf, 'application/pdf');
    expect(res.statusCode).toBe(200);
    expect(res.json().text).toContain('We keep your invoices');
  });

  it.each([
    ['an empty file', Buffer.alloc(0), 'text/plain', 400],
    [
      'a binary file',
      Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 37) % 256)),
      'application/octet-stream',
      422,
    ],
    ['a PDF with no text layer', buildPdf([{ drawingOnly: true }]), 'application/pdf', 422],
    ['a statement in German', Buffer.from(GERMAN), 'text/plain', 422],
    ['a JSON body', Buffer.from('{"a":1}'), 'application/json', 415],
  ])('answers %s with a clear 4xx problem', async (_name, payload, type, status) => {
    const res = await upload(payload, type);
    expect(res.statusCode).toBe(status);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().detail ?? res.json().title).toBeTruthy();
  });

  it('refuses a file over 10 MB with 413', async () => {
    const res = await upload(Buffer.alloc(11 * 1024 * 1024, 0x61), 'text/plain');
    expect(res.statusCode).toBe(413);
  });
});
