import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, REPO_ROOT } from '../helpers/cli.js';

const dataDir = mkdtempSync(join(tmpdir(), 'dijk-demo-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('dijk demo', () => {
  it('serves an invented organisation with its register, and prints a working one-time login link', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, [resolve(REPO_ROOT, 'bin', 'dijk.js'), 'demo'], {
      env: { PATH: process.env.PATH, DIJK_DATA_DIR: dataDir, PORT: String(port) },
    });
    let stdout = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    try {
      const deadline = Date.now() + 60_000;
      while (!stdout.includes('/admin/login?token=') && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 100));
      }
      const link = stdout.match(/http:\/\/\S+\/admin\/login\?token=\S+/)?.[0];
      expect(link).toBeDefined();
      const login = await fetch(link ?? '', { redirect: 'manual' });
      expect(login.status).toBe(303);
      const cookie = login.headers.get('set-cookie')?.split(';')[0] ?? '';
      const register = await fetch(`http://127.0.0.1:${port}/api/register`, { headers: { cookie } });
      expect(register.status).toBe(200);
      expect(
        ((await register.json()) as { register: { organisation: { legal_name: string } } }).register.organisation
          .legal_name,
      ).toBe('Voorbeeld Software BV');
      const status = (await (await fetch(`http://127.0.0.1:${port}/api/status`)).json()) as { counts: unknown };
      expect(status.counts).toEqual({ organisations: 1, people: 5 });
      const privacy = await fetch(`http://127.0.0.1:${port}/privacy/nl`);
      expect(privacy.status).toBe(200);
      expect(await privacy.text()).toContain('Voorbeeld Software BV');
      // Its mail goes to the in-process SMTP server, and the mail log answers.
      expect(stdout).toMatch(/Mail: kept in memory by a local SMTP server \(smtp:\/\/127\.0\.0\.1:\d+\)/);
      const mail = await fetch(`http://127.0.0.1:${port}/api/mail?scope=install`, { headers: { cookie } });
      expect(mail.status).toBe(200);
      // The link is single-use.
      expect((await fetch(link ?? '', { redirect: 'manual' })).status).toBe(401);
    } finally {
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    }
  }, 90_000);
});
