import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/db.js';
import { freePort, REPO_ROOT, runDijk, spawnServe } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'dijk-user-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('dijk user', () => {
  it('creates a user with a generated password that logs in, lists users, and refuses bad input', async () => {
    const env = { DIJK_DATA_DIR: join(dir, 'data') };
    const example = resolve(REPO_ROOT, 'examples', 'bpart.yaml');
    expect((await runDijk(['register', 'apply', example], env, 60_000)).code).toBe(0);

    const created = await runDijk(['user', 'create', '--email', 'editor@example.org', '--role', 'editor'], env);
    expect(created.code).toBe(0);
    const password = /Password \(shown once[^)]*\): (\S+)/.exec(created.stdout)?.[1];
    expect(password?.length).toBeGreaterThanOrEqual(16);

    const list = await runDijk(['user', 'list'], env);
    expect(list.code).toBe(0);
    expect(list.stdout).toContain('editor@example.org');
    expect(list.stdout).toContain('editor');

    const badRole = await runDijk(['user', 'create', '--email', 'x@example.org', '--role', 'king'], env);
    expect(badRole.code).toBe(2);
    expect(badRole.stderr).toContain('Unknown role');
    const duplicate = await runDijk(['user', 'create', '--email', 'EDITOR@example.org', '--role', 'auditor'], env);
    expect(duplicate.code).toBe(2);

    // A lost phone: the second factor is reset from the command line.
    const store = await openDatabase({ dataDir: env.DIJK_DATA_DIR });
    try {
      await store.db
        .updateTable('users')
        .set({ totp_secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', totp_enabled_at: new Date() })
        .where('email', '=', 'editor@example.org')
        .execute();
    } finally {
      await store.close();
    }
    expect((await runDijk(['user', 'list'], env)).stdout).toMatch(/editor@example\.org .* totp/);
    const reset = await runDijk(['user', 'reset-totp', '--email', 'Editor@Example.org'], env);
    expect(reset.stderr).toBe('');
    expect(reset.code).toBe(0);
    expect(reset.stdout).toContain('reset');
    expect((await runDijk(['user', 'list'], env)).stdout).toMatch(/editor@example\.org .* no-totp/);
    const unknown = await runDijk(['user', 'reset-totp', '--email', 'nobody@example.org'], env);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('No user');

    const server = await spawnServe(env, await freePort());
    try {
      const login = await fetch(`${server.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'editor@example.org', password }),
      });
      expect(login.status).toBe(200);
      expect(login.headers.get('set-cookie')).toMatch(/^dijk_session=/);
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
  }, 120_000);
});
