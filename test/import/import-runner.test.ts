import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importStatement, toEvalJson } from '../../src/domain/importer/index.js';
import { isAppError } from '../../src/errors.js';
import { createImportRunner } from '../../src/modules/import-runner.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { REPO_ROOT } from '../helpers/cli.js';

const statement = readFileSync(resolve(REPO_ROOT, 'test', 'fixtures', 'import', 'bakkerij-webshop.txt'));
const NEVER_ANSWERS = pathToFileURL(resolve(REPO_ROOT, 'test', 'fixtures', 'workers', 'never-answers.worker.mjs'));
const now = () => new Date('2026-11-21T12:00:00Z');

describe('the import worker', () => {
  it('imports in a worker thread exactly as in process', async () => {
    const runner = createImportRunner({ timeoutMs: 60_000, now });
    try {
      const input = { bytes: new Uint8Array(statement), fileName: 'bakkerij.txt' };
      const [view, direct] = await Promise.all([runner.run(input), importStatement(input)]);
      expect(view.language).toBe(direct.language);
      expect(view.eval).toEqual(toEvalJson(direct, 'bakkerij.txt'));
      expect(view.draft.yaml).toContain('purposes:');
      // The worker stays warm: a second import reuses it.
      const again = await runner.run(input);
      expect(again.eval).toEqual(view.eval);
    } finally {
      await runner.close();
    }
  });

  it('passes the importer’s own errors through with their code and message', async () => {
    const runner = createImportRunner({ timeoutMs: 60_000, now });
    try {
      const error = await runner.run({ bytes: new Uint8Array(0), fileName: 'empty.txt' }).catch((e: unknown) => e);
      expect(isAppError(error, 'validation_failed')).toBe(true);
      expect((error as Error).message).toMatch(/empty|no text/i);
    } finally {
      await runner.close();
    }
  });

  it('stops an import past its deadline with a 422, then runs the next ones in a fresh worker', async () => {
    const runner = createImportRunner({ timeoutMs: 300, now, script: NEVER_ANSWERS });
    try {
      const input = { bytes: new Uint8Array(statement), fileName: 'x.txt' };
      // Two imports queued behind each other: each gets its own deadline and its own (fresh) worker.
      const outcomes = await Promise.allSettled([runner.run(input), runner.run(input)]);
      for (const outcome of outcomes) {
        expect(outcome.status).toBe('rejected');
        const error = (outcome as PromiseRejectedResult).reason;
        expect(isAppError(error, 'unprocessable')).toBe(true);
        expect((error as Error).message).toContain('took longer than 0.3 s');
      }
    } finally {
      await runner.close();
    }
  });

  it('lets four imports wait behind the running one and refuses more as unavailable', async () => {
    const runner = createImportRunner({ timeoutMs: 60_000, now, script: NEVER_ANSWERS });
    const input = { bytes: new Uint8Array(statement), fileName: 'x.txt' };
    const accepted = Array.from({ length: 5 }, () => runner.run(input).catch((e: unknown) => e));
    const refused = await runner.run(input).catch((e: unknown) => e);
    expect(isAppError(refused, 'unavailable')).toBe(true);
    expect((refused as Error).message).toContain('Too many imports');
    await runner.close();
    // The five accepted ones were running or waiting: the close refuses them, none was dropped silently.
    for (const outcome of await Promise.all(accepted)) {
      expect(isAppError(outcome, 'unavailable')).toBe(true);
      expect((outcome as Error).message).toContain('shutting down');
    }
  });

  it('refuses queued imports once closed', async () => {
    const runner = createImportRunner({ timeoutMs: 60_000, now, script: NEVER_ANSWERS });
    const input = { bytes: new Uint8Array(statement), fileName: 'x.txt' };
    const running = runner.run(input).catch((e: unknown) => e);
    const queued = runner.run(input).catch((e: unknown) => e);
    await runner.close();
    expect(isAppError(await running, 'unavailable')).toBe(true);
    expect(isAppError(await queued, 'unavailable')).toBe(true);
    expect(isAppError(await runner.run(input).catch((e: unknown) => e), 'unavailable')).toBe(true);
  });
});

describe('POST /api/import past IMPORT_TIMEOUT_SECONDS', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('pglite', { IMPORT_TIMEOUT_SECONDS: '1' });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('answers 422 and keeps serving meanwhile; the next import works', async () => {
    // ~8 MB of statement text: several seconds of reading at ~1 MB/s on the project machine.
    const text = statement.toString('utf8');
    const big = text.repeat(Math.ceil((8 * 1024 * 1024) / text.length));
    let importDone = false;
    const slow = t.app
      .inject({
        method: 'POST',
        url: '/api/import',
        headers: { cookie: t.cookie, 'content-type': 'text/plain' },
        payload: big,
      })
      .finally(() => {
        importDone = true;
      });
    // The server's thread is free while the worker reads.
    const health = await t.app.inject('/healthz');
    expect(health.statusCode).toBe(200);
    expect(importDone).toBe(false);
    const res = await slow;
    expect(res.statusCode).toBe(422);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().detail).toContain('took longer than 1 s');
    const next = await t.app.inject({
      method: 'POST',
      url: '/api/import',
      headers: { cookie: t.cookie, 'content-type': 'text/plain' },
      payload: statement,
    });
    expect(next.statusCode, next.body.slice(0, 200)).toBe(200);
  }, 30_000);
});
