import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateTotpCode } from '../../src/domain/accounts/totp.js';
import { storeKinds } from '../helpers/db.js';
import { type AccountsTestApp, createAccountsTestApp, PASSWORD } from './accounts-helpers.js';

/**
 * A second factor that cannot be used any more: a stored secret that does not open (altered in the database, or
 * restored from another install), and an owner resetting a user's two-factor login (a lost phone).
 */
describe.each(storeKinds())('TOTP that cannot be used, and its reset (%s)', (kind) => {
  let a: AccountsTestApp;
  let ownerSecret = '';
  beforeAll(async () => {
    a = await createAccountsTestApp(kind);
    await a.createOrganisation('acme');
    await a.createOrganisation('other');
    await a.createUser('owner@acme.test', 'owner', 'acme');
    await a.createUser('member@acme.test', 'editor', 'acme');
    await a.createUser('both@acme.test', 'editor', 'acme');
    await a.accounts.userAdmin.updateUser(
      { owned: 'all', actor: { type: 'system' } },
      await userId('both@acme.test'),
      { organisation: 'other', role: 'editor' },
      null,
    );
  });
  afterAll(async () => {
    await a?.close();
  });

  async function userId(email: string): Promise<string> {
    return (await a.t.store.db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow())
      .id;
  }

  /** Enrols TOTP for an account; answers its secret and recovery codes. */
  async function enrol(email: string): Promise<{ secret: string; recoveryCodes: string[] }> {
    const cookie = await a.login(email);
    const secret = await a.startTotp(cookie);
    const confirm = await a.app.inject({
      method: 'POST',
      url: '/api/auth/totp/confirm',
      headers: { cookie },
      payload: { code: generateTotpCode(secret, a.clock.now) },
    });
    expect(confirm.statusCode).toBe(200);
    a.clock.advance(60_000);
    return { secret, recoveryCodes: (confirm.json() as { recoveryCodes: string[] }).recoveryCodes };
  }

  const loginWith = (email: string, extra: Record<string, string>) =>
    a.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: PASSWORD, ...extra } });

  const patchUser = (cookie: string, id: string, payload: Record<string, unknown>) =>
    a.app.inject({ method: 'PATCH', url: `/api/users/${id}`, headers: { cookie }, payload });

  it('answers a secret that does not open with a clear 409, not a 500; a recovery code still gets in', async () => {
    const { secret, recoveryCodes } = await enrol('member@acme.test');
    // A sealed value from another account: well-formed, but bound to that account, so it does not open here.
    const owner = await enrol('owner@acme.test');
    ownerSecret = owner.secret;
    const foreign = await a.t.store.db
      .selectFrom('users')
      .select('totp_secret')
      .where('email', '=', 'owner@acme.test')
      .executeTakeFirstOrThrow();
    await a.t.store.db
      .updateTable('users')
      .set({ totp_secret: foreign.totp_secret })
      .where('email', '=', 'member@acme.test')
      .execute();

    const wrongPassword = await a.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'member@acme.test', password: `${PASSWORD}x`, totp: generateTotpCode(secret, a.clock.now) },
    });
    // Without the password nothing about the account's second factor is told.
    expect(wrongPassword.statusCode).toBe(401);
    expect(wrongPassword.json().errors).toBeUndefined();

    const withCode = await loginWith('member@acme.test', { totp: generateTotpCode(secret, a.clock.now) });
    expect(withCode.statusCode).toBe(409);
    expect(withCode.headers['content-type']).toContain('application/problem+json');
    expect(withCode.json().errors).toEqual([{ reason: 'totp_unreadable' }]);
    expect(withCode.json().detail).toContain('recovery codes');
    expect((await loginWith('member@acme.test', {})).statusCode).toBe(401);

    const withRecovery = await loginWith('member@acme.test', { recoveryCode: recoveryCodes[0] ?? '' });
    expect(withRecovery.statusCode).toBe(200);
    const cookie = `dijk_session=${withRecovery.cookies.find((c) => c.name === 'dijk_session')?.value}`;
    const me = await a.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    expect(me.statusCode).toBe(200);

    // The owner resets it; the member's sessions end and the next login needs no code until set up again.
    a.clock.advance(60_000);
    const ownerCookie = await a.login('owner@acme.test', { totp: generateTotpCode(owner.secret, a.clock.now) });
    const reset = await patchUser(ownerCookie, await userId('member@acme.test'), { resetTotp: true });
    expect(reset.statusCode).toBe(200);
    expect(reset.json()).toMatchObject({ totpEnabled: false });
    // The member is told: a weaker login must not go unnoticed.
    const notices = await a.t.store.db
      .selectFrom('mail_outbox')
      .select(['recipient', 'subject'])
      .where('kind', '=', 'totp_reset')
      .execute();
    expect(notices).toEqual([
      { recipient: 'member@acme.test', subject: 'The two-step login of your Dijk account was reset' },
    ]);
    expect((await a.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(401);
    expect((await loginWith('member@acme.test', { recoveryCode: recoveryCodes[1] ?? '' })).statusCode).toBe(200);
    const fresh = await a.login('member@acme.test');
    const again = await a.startTotp(fresh);
    await a.confirmTotp(fresh, again);
    a.clock.advance(60_000);
    await a.login('member@acme.test', { totp: generateTotpCode(again, a.clock.now) });

    const audit = await a.t.store.db
      .selectFrom('audit_entries')
      .select(['action', 'target_id'])
      .where('action', '=', 'user.totp_reset')
      .execute();
    expect(audit).toEqual([{ action: 'user.totp_reset', target_id: await userId('member@acme.test') }]);
  });

  it('refuses a reset of oneself, of an account the caller does not wholly own, and a false flag', async () => {
    a.clock.advance(60_000);
    const cookie = await a.login('owner@acme.test', { totp: generateTotpCode(ownerSecret, a.clock.now) });
    const self = await patchUser(cookie, await userId('owner@acme.test'), { resetTotp: true });
    expect(self.statusCode).toBe(409);
    // Also an editor of "other", which this owner does not own: the account is not theirs to weaken.
    expect((await patchUser(cookie, await userId('both@acme.test'), { resetTotp: true })).statusCode).toBe(404);
    const falseFlag = await patchUser(cookie, await userId('member@acme.test'), { resetTotp: false });
    expect(falseFlag.statusCode).toBe(400);
    expect(falseFlag.headers['content-type']).toContain('application/problem+json');
  });

  it('answers a second confirmation at the same time with 409, so the recovery codes shown are the ones that work', async () => {
    const cookie = await a.login('both@acme.test');
    const secret = await a.startTotp(cookie);
    const code = generateTotpCode(secret, a.clock.now);
    const confirm = () =>
      a.app.inject({ method: 'POST', url: '/api/auth/totp/confirm', headers: { cookie }, payload: { code } });
    const answers = await Promise.all([confirm(), confirm(), confirm()]);
    expect(answers.map((r) => r.statusCode).sort()).toEqual([200, 409, 409]);
    const accepted = answers.find((r) => r.statusCode === 200);
    if (!accepted) {
      throw new Error('no confirmation was accepted');
    }
    const shown = (accepted.json() as { recoveryCodes: string[] }).recoveryCodes;
    const stored = await a.t.store.db
      .selectFrom('user_recovery_codes')
      .select('code_hash')
      .where('user_id', '=', await userId('both@acme.test'))
      .execute();
    expect(stored).toHaveLength(10);
    a.clock.advance(60_000);
    expect((await loginWith('both@acme.test', { recoveryCode: shown[9] ?? '' })).statusCode).toBe(200);
  });
});
