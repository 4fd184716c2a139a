import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateTotpCode } from '../../src/domain/accounts/totp.js';
import { storeKinds } from '../helpers/db.js';
import { type AccountsTestApp, createAccountsTestApp } from './accounts-helpers.js';

describe.each(storeKinds())('TOTP secrets at rest (%s)', (kind) => {
  let a: AccountsTestApp;
  beforeAll(async () => {
    a = await createAccountsTestApp(kind);
    await a.createOrganisation('acme');
    await a.createUser('sealed@example.org', 'owner', 'acme');
    await a.createUser('legacy@example.org', 'owner', 'acme');
  });
  afterAll(async () => {
    await a?.close();
  });

  const storedSecret = async (email: string) =>
    (await a.t.store.db.selectFrom('users').select('totp_secret').where('email', '=', email).executeTakeFirstOrThrow())
      .totp_secret;

  it('keeps an enrolled secret sealed in the table; the login opens it', async () => {
    const cookie = await a.login('sealed@example.org');
    const secret = await a.startTotp(cookie);
    const stored = await storedSecret('sealed@example.org');
    expect(stored).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
    expect(stored).not.toContain(secret);
    await a.confirmTotp(cookie, secret);
    a.clock.advance(60_000);
    await a.login('sealed@example.org', { totp: generateTotpCode(secret, a.clock.now) });
    const key = await a.t.store.db
      .selectFrom('install_keys')
      .select('key')
      .where('name', '=', 'totp-secret-aes-256-gcm')
      .executeTakeFirstOrThrow();
    expect(key.key).toMatch(/^[0-9a-f]{64}$/);
  });

  it('seals a plaintext secret from before at its first use, and the code keeps working', async () => {
    const plaintext = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
    await a.t.store.db
      .updateTable('users')
      .set({ totp_secret: plaintext, totp_enabled_at: a.clock.now })
      .where('email', '=', 'legacy@example.org')
      .execute();
    a.clock.advance(60_000);
    await a.login('legacy@example.org', { totp: generateTotpCode(plaintext, a.clock.now) });
    const stored = await storedSecret('legacy@example.org');
    expect(stored).toMatch(/^v1\./);
    a.clock.advance(60_000);
    await a.login('legacy@example.org', { totp: generateTotpCode(plaintext, a.clock.now) });
  });

  it('does not open a sealed secret copied to another account', async () => {
    const sealed = await storedSecret('sealed@example.org');
    await a.t.store.db
      .updateTable('users')
      .set({ totp_secret: sealed })
      .where('email', '=', 'legacy@example.org')
      .execute();
    a.clock.advance(60_000);
    const res = await a.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'legacy@example.org', password: 'lantern orchard violet 42', totp: '123456' },
    });
    // Not a 500: the login says the codes cannot be checked here, and how to get in (totp-reset.test.ts).
    expect(res.statusCode).toBe(409);
    expect(res.json().errors).toEqual([{ reason: 'totp_unreadable' }]);
  });
});
