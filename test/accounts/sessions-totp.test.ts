import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateTotpCode } from '../../src/domain/accounts/totp.js';
import { INSTALL_CHAIN_ID } from '../../src/domain/audit/audit.service.js';
import { userStore } from '../../src/store/user.store.js';
import { storeKinds } from '../helpers/db.js';
import { type AccountsTestApp, createAccountsTestApp, PASSWORD } from './accounts-helpers.js';

describe.each(storeKinds())('sessions, TOTP and organisation scope (%s)', (kind) => {
  let a: AccountsTestApp;
  let acme = '';
  let other = '';
  beforeAll(async () => {
    a = await createAccountsTestApp(kind);
    acme = await a.createOrganisation('acme');
    other = await a.createOrganisation('other');
    await a.createUser('owner@acme.test', 'owner', 'acme');
    await a.createUser('editor@acme.test', 'editor', 'acme');
  });
  afterAll(async () => {
    await a?.close();
  });

  const get = (url: string, cookie: string) => a.app.inject({ url, headers: { cookie } });
  const post = (url: string, cookie: string, payload: object = {}) =>
    a.app.inject({ method: 'POST', url, headers: { cookie }, payload });

  it('ends a session after 30 idle minutes, and after 12 hours whatever the activity', async () => {
    const idle = await a.login('editor@acme.test');
    a.clock.advance(29 * 60_000);
    expect((await get('/api/auth/me', idle)).statusCode).toBe(200);
    a.clock.advance(31 * 60_000);
    expect((await get('/api/auth/me', idle)).statusCode).toBe(401);

    const busy = await a.login('editor@acme.test');
    for (let i = 0; i < 26; i++) {
      a.clock.advance(28 * 60_000);
      expect((await get('/api/auth/me', busy)).statusCode).toBe(i < 25 ? 200 : 401);
    }
  });

  it('lists own sessions and revokes one; another user’s session is 404', async () => {
    const one = await a.login('editor@acme.test');
    const two = await a.login('editor@acme.test');
    const list = (await get('/api/auth/sessions', two)).json().items as { id: string; current: boolean }[];
    expect(list.length).toBeGreaterThanOrEqual(2);
    const current = list.find((s) => s.current);
    const firstId = (await get('/api/auth/sessions', one)).json().items.find((s: { current: boolean }) => s.current).id;
    expect(current?.id).not.toBe(firstId);
    const del = await a.app.inject({
      method: 'DELETE',
      url: `/api/auth/sessions/${firstId}`,
      headers: { cookie: two },
    });
    expect(del.statusCode).toBe(204);
    expect((await get('/api/auth/me', one)).statusCode).toBe(401);

    a.clock.advance(0);
    const ownerCookie = await a.login('owner@acme.test');
    const res = await a.app.inject({
      method: 'DELETE',
      url: `/api/auth/sessions/${current?.id}`,
      headers: { cookie: ownerCookie },
    });
    expect(res.statusCode).toBe(404);
    expect((await get('/api/auth/me', two)).statusCode).toBe(200);
  });

  it('keeps an owner without TOTP to their own account, then enrols; TOTP and recovery codes work once each', async () => {
    let cookie = await a.login('owner@acme.test');
    const me = (await get('/api/auth/me', cookie)).json();
    expect(me).toMatchObject({ totpRequired: true, totpEnrolled: false });
    const refused = await get('/api/register?organisation=acme', cookie);
    expect(refused.statusCode).toBe(403);

    const setup = (await post('/api/auth/totp/setup', cookie)).json() as { secret: string; uri: string };
    expect(setup.uri).toMatch(/^otpauth:\/\/totp\//);
    expect((await post('/api/auth/totp/confirm', cookie, { code: '000000' })).statusCode).toBe(400);
    const confirm = await post('/api/auth/totp/confirm', cookie, { code: generateTotpCode(setup.secret, a.clock.now) });
    expect(confirm.statusCode).toBe(200);
    const { recoveryCodes } = confirm.json() as { recoveryCodes: string[] };
    expect(recoveryCodes).toHaveLength(10);
    expect((await get('/api/register?organisation=acme', cookie)).statusCode).not.toBe(403);

    // Now the password alone is not enough.
    const noCode = await a.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'owner@acme.test', password: PASSWORD },
    });
    expect(noCode.statusCode).toBe(401);
    expect(noCode.json().errors).toEqual([{ reason: 'totp_required' }]);

    // A fresh code logs in once; the same code again (replay) is refused.
    a.clock.advance(30_000);
    const code = generateTotpCode(setup.secret, a.clock.now);
    cookie = await a.login('owner@acme.test', { totp: code });
    const replay = await a.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'owner@acme.test', password: PASSWORD, totp: code },
    });
    expect(replay.statusCode).toBe(401);
    // One step of drift is accepted.
    a.clock.advance(60_000);
    await a.login('owner@acme.test', {
      totp: generateTotpCode(setup.secret, new Date(a.clock.now.getTime() + 30_000)),
    });

    const recovery = recoveryCodes[0] as string;
    await a.login('owner@acme.test', { recoveryCode: recovery.toUpperCase() });
    const again = await a.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'owner@acme.test', password: PASSWORD, recoveryCode: recovery },
    });
    expect(again.statusCode).toBe(401);
    const stored = await a.t.store.db.selectFrom('user_recovery_codes').select('code_hash').execute();
    expect(stored.map((r) => r.code_hash).join()).not.toContain(recovery.replaceAll('-', ''));
  });

  it('answers 404 (not 403) for another organisation’s register, and audits the refusal', async () => {
    const cookie = await a.login('editor@acme.test');
    const res = await get('/api/register?organisation=other', cookie);
    expect(res.statusCode).toBe(404);
    expect((await get('/api/organisations/other', cookie)).statusCode).toBe(404);
    const listed = (await get('/api/organisations', cookie)).json().items.map((o: { slug: string }) => o.slug);
    expect(listed).toEqual(['acme']);
    // A role refusal in the own organisation is 403 and lands in that organisation's chain.
    const forbidden = await a.app.inject({
      method: 'POST',
      url: '/api/organisations',
      headers: { cookie },
      payload: { slug: 'x', name: 'x' },
    });
    expect(forbidden.statusCode).toBe(403);
    const denied = await a.t.store.db
      .selectFrom('audit_entries')
      .selectAll()
      .where('action', '=', 'auth.authorize')
      .where('outcome', '=', 'denied')
      .execute();
    expect(denied.some((e) => e.chain_id === INSTALL_CHAIN_ID && e.target_id === 'GET /api/register')).toBe(true);
    expect(denied.some((e) => e.target_id === 'POST /api/organisations')).toBe(true);
    expect(acme).not.toBe(other);
  });

  it('lets an owner manage the users of their own organisation only', async () => {
    // The secret is sealed in the table: read it through the store, as the login does.
    const owner = await a.t.store.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'owner@acme.test')
      .executeTakeFirstOrThrow();
    const setupSecret = (await userStore(a.t.store.db).findUserById(owner.id))?.totpSecret;
    a.clock.advance(90_000);
    const cookie = await a.login('owner@acme.test', {
      totp: generateTotpCode(setupSecret ?? '', a.clock.now),
    });
    const created = await post('/api/users', cookie, { email: 'auditor@acme.test', role: 'auditor' });
    expect(created.statusCode).toBe(201);
    expect(created.json().generatedPassword).toMatch(/^.{20}$/);
    const weak = await post('/api/users', cookie, {
      email: 'weak@acme.test',
      role: 'auditor',
      password: 'password1234',
    });
    expect(weak.statusCode).toBe(400);
    expect(
      (await post('/api/users', cookie, { email: 'x@acme.test', role: 'editor', organisation: 'other' })).statusCode,
    ).toBe(404);
    const id = created.json().user.id as string;
    const patched = await a.app.inject({
      method: 'PATCH',
      url: `/api/users/${id}`,
      headers: { cookie },
      payload: { disabled: true },
    });
    expect(patched.json()).toMatchObject({ disabled: true });
    const list = (await get('/api/users', cookie)).json().items.map((u: { email: string }) => u.email);
    expect(list).toContain('auditor@acme.test');
  });
});
