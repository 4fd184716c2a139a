import { describe, expect, it } from 'vitest';
import { startTestServer } from '../helpers/server.js';

describe('graceful shutdown', () => {
  it('lets an in-flight request finish, refuses new connections, and closes the database', async () => {
    let release: () => void = () => {};
    const started = new Promise<void>((r) => {
      release = r;
    });
    const t = await startTestServer({
      plugins: [
        async (app) => {
          app.get('/test/slow', { config: { public: true } }, async () => {
            release();
            await new Promise((r) => setTimeout(r, 700));
            return { done: true };
          });
        },
      ],
    });
    const inFlight = fetch(`${t.url}/test/slow`).then(async (res) => ({ status: res.status, body: await res.json() }));
    await started;
    const closing = t.server.close();
    const result = await inFlight;
    expect(result).toEqual({ status: 200, body: { done: true } });
    await closing;
    await expect(fetch(`${t.url}/healthz`)).rejects.toThrow();
    await expect(t.server.store.ping()).rejects.toThrow();
    await t.close();
  });
});
