import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, loginCookie, runDijk, spawnServe } from '../helpers/cli.js';

const dataDir = mkdtempSync(join(tmpdir(), 'dijk-crash-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('embedded store, crash safety', () => {
  it('keeps every acknowledged write after kill -9, and restarts without help', async () => {
    const links = await runDijk(['admin', 'login-link'], { DIJK_DATA_DIR: dataDir }, 60_000);
    expect(links.code).toBe(0);
    const port = await freePort();
    const first = await spawnServe({ DIJK_DATA_DIR: dataDir }, port);
    const cookie = await loginCookie(first.url, links.stdout.trim());

    // A stream of writes from 4 concurrent clients; remember every one the server acknowledged.
    const acknowledged: string[] = [];
    let stop = false;
    const writer = async (w: number) => {
      for (let i = 0; !stop; i++) {
        const slug = `crash-${w}-${i}`;
        try {
          const res = await fetch(`${first.url}/api/organisations`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', cookie },
            body: JSON.stringify({ slug, name: `Crash test ${w}/${i}` }),
          });
          if (res.status === 201) {
            acknowledged.push(slug);
          }
        } catch {
          return; // the server died mid-request: not acknowledged
        }
      }
    };
    const writers = [0, 1, 2, 3].map(writer);
    await new Promise((r) => setTimeout(r, 1500));
    first.child.kill('SIGKILL');
    await first.exited;
    stop = true;
    await Promise.all(writers);
    expect(acknowledged.length).toBeGreaterThan(20);

    // Restart on the same folder: the stale lock and PGlite's leftover postmaster.pid must not stop it.
    const second = await spawnServe({ DIJK_DATA_DIR: dataDir }, await freePort());
    try {
      const links2 = await runDijk(['admin', 'login-link'], { DIJK_DATA_DIR: dataDir });
      // The folder is held by the running server: the CLI says so clearly instead of corrupting it.
      expect(links2.code).toBe(2);
      expect(links2.stderr).toMatch(/in use by Dijk process \d+/);

      const third = await runDijk(['serve'], { DIJK_DATA_DIR: dataDir, PORT: String(await freePort()) });
      expect(third.code).toBe(2);
      expect(third.stderr).toMatch(/in use by Dijk process/);
    } finally {
      second.child.kill('SIGTERM');
      expect(await second.exited).toBe(0);
    }

    // Read back every acknowledged write through a fresh session.
    const link3 = await runDijk(['admin', 'login-link'], { DIJK_DATA_DIR: dataDir });
    const third = await spawnServe({ DIJK_DATA_DIR: dataDir }, await freePort());
    try {
      const cookie3 = await loginCookie(third.url, link3.stdout.trim());
      const res = await fetch(`${third.url}/api/organisations`, { headers: { cookie: cookie3 } });
      const stored = new Set(((await res.json()) as { items: { slug: string }[] }).items.map((o) => o.slug));
      const lost = acknowledged.filter((slug) => !stored.has(slug));
      expect(lost).toEqual([]);
    } finally {
      third.child.kill('SIGTERM');
      await third.exited;
    }
  }, 120_000);
});
