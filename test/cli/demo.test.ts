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
      // Its consent data: a website with invented banner choices, shown in the figures, and a page with the banner.
      const stats = await fetch(`http://127.0.0.1:${port}/api/consents/stats?days=31`, { headers: { cookie } });
      expect(stats.status).toBe(200);
      const days = ((await stats.json()) as { days: { acceptAll: number; rejectAll: number }[] }).days;
      expect(days.reduce((n, d) => n + d.acceptAll + d.rejectAll, 0)).toBeGreaterThan(200);
      expect(stdout).toContain(`http://127.0.0.1:${port}/demo/website`);
      const website = await fetch(`http://127.0.0.1:${port}/demo/website`);
      expect(website.status).toBe(200);
      const html = await website.text();
      const siteKey = html.match(/data-site="(site_[A-Za-z0-9_-]{22})"/)?.[1];
      expect(siteKey).toBeDefined();
      expect(website.headers.get('content-security-policy')).toMatch(/script-src 'self';/);
      const config = await fetch(`http://127.0.0.1:${port}/api/consent/config?site=${siteKey}`);
      expect(config.status).toBe(200);
      // The link is single-use.
      expect((await fetch(link ?? '', { redirect: 'manual' })).status).toBe(401);
    } finally {
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    }
  }, 90_000);
});
