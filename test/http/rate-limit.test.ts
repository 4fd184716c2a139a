import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { type App, buildApp } from '../../src/http/app.js';
import { createLogger } from '../../src/logger.js';
import { createTestStore, type TestStore } from '../helpers/db.js';

describe('rate limits on public endpoints', () => {
  let t: TestStore;
  let app: App;
  beforeAll(async () => {
    t = await createTestStore('pglite');
    app = await buildApp({
      config: loadConfig({ PORT: '0', PUBLIC_RATE_LIMIT: '5' }),
      store: t.store,
      logger: createLogger({ level: 'silent' }),
    });
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await t?.dispose();
  });

  it('answers 429 problem+json with Retry-After past the limit, per client address', async () => {
    const from = (ip: string) => app.inject({ url: '/api/register/schema', remoteAddress: ip });
    for (let i = 0; i < 5; i++) {
      expect((await from('192.0.2.10')).statusCode).toBe(200);
    }
    const limited = await from('192.0.2.10');
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['content-type']).toContain('application/problem+json');
    expect(limited.json()).toMatchObject({ code: 'rate_limited', status: 429 });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect((await from('192.0.2.11')).statusCode).toBe(200);
  });

  it('never limits health probes', async () => {
    for (let i = 0; i < 20; i++) {
      expect((await app.inject({ url: '/healthz', remoteAddress: '192.0.2.12' })).statusCode).toBe(200);
    }
  });

  it('limits the login endpoint too', async () => {
    let last = 0;
    for (let i = 0; i < 7; i++) {
      last = (
        await app.inject({
          method: 'POST',
          url: '/api/auth/login',
          remoteAddress: '192.0.2.13',
          payload: { email: 'nobody@example.org', password: 'wrong-password-123' },
        })
      ).statusCode;
    }
    expect(last).toBe(429);
  });
});
