import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INSTALL_CHAIN_ID } from '../../src/domain/audit/audit.service.js';
import { storeKinds } from '../helpers/db.js';
import { type AccountsTestApp, createAccountsTestApp, PASSWORD } from './accounts-helpers.js';

describe.each(storeKinds())('password login (%s)', (kind) => {
  let a: AccountsTestApp;
  beforeAll(async () => {
    a = await createAccountsTestApp(kind);
    await a.createOrganisation('acme');
    await a.createUser('Editor@Example.test', 'editor', 'acme');
  });
  afterAll(async () => {
    await a?.close();
  });

  const attempt = (email: string, password: string, ip = '192.0.2.20') =>
    a.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password }, remoteAddress: ip });

  const installEntries = () =>
    a.t.store.db
      .selectFrom('audit_entries')
      .selectAll()
      .where('chain_id', '=', INSTALL_CHAIN_ID)
      .orderBy('seq')
      .execute();

  it('logs in with the right password (e-mail case-insensitive) into a secure, HttpOnly, SameSite cookie', async () => {
    const res = await attempt('editor@example.TEST', PASSWORD);
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'dijk_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(res.json()).toMatchObject({ user: { email: 'Editor@Example.test' }, role: 'editor', totpRequired: false });
    const me = await a.app.inject({ url: '/api/auth/me', headers: { cookie: `dijk_session=${cookie?.value}` } });
    expect(me.json().user.memberships).toEqual([expect.objectContaining({ organisation: 'acme', role: 'editor' })]);
  });

  it('answers an unknown account and a wrong password alike, and audits without the e-mail', async () => {
    const unknown = await attempt('nobody@example.test', PASSWORD, '192.0.2.21');
    const wrong = await attempt('editor@example.test', 'not the password at all', '192.0.2.21');
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json().detail).toBe(wrong.json().detail);
    expect(unknown.json().code).toBe(wrong.json().code);
    const entries = await installEntries();
    const failures = entries.filter((e) => e.action === 'auth.login' && e.outcome === 'failure');
    expect(failures.length).toBeGreaterThanOrEqual(2);
    for (const e of failures) {
      expect(e.actor_type).toBe('anonymous');
      expect(JSON.stringify(e)).not.toContain('nobody');
      expect(JSON.stringify(e)).not.toContain(PASSWORD);
    }
    expect(entries.some((e) => e.action === 'auth.login' && e.outcome === 'success' && e.actor_type === 'user')).toBe(
      true,
    );
  });

  it('rotates the session at login: the previous cookie no longer works', async () => {
    const first = await a.login('editor@example.test');
    const res = await a.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { cookie: first },
      payload: { email: 'editor@example.test', password: PASSWORD },
    });
    const second = `dijk_session=${res.cookies.find((c) => c.name === 'dijk_session')?.value}`;
    expect(second).not.toBe(first);
    expect((await a.app.inject({ url: '/api/auth/me', headers: { cookie: first } })).statusCode).toBe(401);
    expect((await a.app.inject({ url: '/api/auth/me', headers: { cookie: second } })).statusCode).toBe(200);
  });

  it('throttles an account: backoff after 3 failures, then a lock at 10, lifted by time (no sleeping)', async () => {
    await a.createUser('victim@example.test', 'auditor', 'acme');
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) {
      statuses.push((await attempt('victim@example.test', 'wrong password here', `198.51.100.${i}`)).statusCode);
    }
    expect(statuses).toEqual([401, 401, 401]);
    // Within the backoff the right password is refused too: 429 with Retry-After.
    const throttled = await attempt('victim@example.test', PASSWORD, '198.51.100.50');
    expect(throttled.statusCode).toBe(429);
    expect(Number(throttled.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    for (let i = 3; i < 10; i++) {
      a.clock.advance(61_000);
      expect((await attempt('victim@example.test', 'wrong password here', `198.51.100.${i}`)).statusCode).toBe(401);
    }
    a.clock.advance(61_000);
    const locked = await attempt('victim@example.test', PASSWORD, '198.51.100.60');
    expect(locked.statusCode).toBe(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(60);
    a.clock.advance(15 * 60_000);
    expect((await attempt('victim@example.test', PASSWORD, '198.51.100.61')).statusCode).toBe(200);
  });

  it('throttles an unknown e-mail address exactly like a known one (no enumeration through 429)', async () => {
    for (let i = 0; i < 3; i++) {
      expect((await attempt('ghost@example.test', 'wrong password here', `203.0.113.${i}`)).statusCode).toBe(401);
    }
    expect((await attempt('ghost@example.test', 'wrong password here', '203.0.113.9')).statusCode).toBe(429);
  });

  it('throttles a client address across accounts, keyed by an HMAC, never the address', async () => {
    a.clock.advance(2 * 60 * 60_000);
    const ip = '192.0.2.99';
    for (let i = 0; i < 10; i++) {
      expect((await attempt(`spray${i}@example.test`, 'wrong password here', ip)).statusCode).toBe(401);
    }
    const res = await attempt('editor@example.test', PASSWORD, ip);
    expect(res.statusCode).toBe(429);
    expect(res.headers['retry-after']).toBeDefined();
    const rows = await a.t.store.db.selectFrom('login_attempts').select('key_hash').execute();
    expect(rows.map((r) => r.key_hash).join()).not.toContain(ip);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.key_hash))).toBe(true);
  });
});
