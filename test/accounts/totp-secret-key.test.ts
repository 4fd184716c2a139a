import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { openSecret } from '../../src/domain/accounts/secret-box.js';
import { generateTotpCode } from '../../src/domain/accounts/totp.js';
import { isAppError } from '../../src/errors.js';
import { startServer } from '../../src/http/server.js';
import { createLogger } from '../../src/logger.js';
import { TOTP_KEY_NAME, totpSecrets } from '../../src/store/totp-secret.store.js';
import { userStore } from '../../src/store/user.store.js';
import { storeKinds } from '../helpers/db.js';
import { capturingLogger } from '../helpers/logs.js';
import { type AccountsTestApp, createAccountsTestApp, PASSWORD } from './accounts-helpers.js';

const SECRET_KEY = randomBytes(32);

describe.each(storeKinds())('TOTP secrets sealed with DIJK_SECRET_KEY (%s)', (kind) => {
  let a: AccountsTestApp;
  beforeAll(async () => {
    a = await createAccountsTestApp(kind, { DIJK_SECRET_KEY: SECRET_KEY.toString('hex') });
    await a.createOrganisation('acme');
    await a.createUser('enrolled@example.org', 'owner', 'acme');
    await a.createUser('earlier@example.org', 'owner', 'acme');
  });
  afterAll(async () => {
    await a?.close();
  });

  const row = async (email: string) =>
    a.t.store.db.selectFrom('users').select(['id', 'totp_secret']).where('email', '=', email).executeTakeFirstOrThrow();
  const installKey = async () =>
    Buffer.from(
      (
        await a.t.store.db
          .selectFrom('install_keys')
          .select('key')
          .where('name', '=', TOTP_KEY_NAME)
          .executeTakeFirstOrThrow()
      ).key,
      'hex',
    );

  it('seals an enrolment under the key (v2), which the database alone cannot open; the login can', async () => {
    const cookie = await a.login('enrolled@example.org');
    const secret = await a.startTotp(cookie);
    const { id, totp_secret } = await row('enrolled@example.org');
    expect(totp_secret).toMatch(/^v2\.[A-Za-z0-9_-]+$/);
    // Everything the database holds: its own install key does not open the value.
    await totpSecrets(a.t.store.db).seal(id, 'x'); // makes sure the install key exists
    const databaseKey = await installKey();
    expect(() => openSecret(totp_secret as string, databaseKey, `users.totp_secret:${id}`)).toThrow();
    await a.confirmTotp(cookie, secret);
    a.clock.advance(60_000);
    await a.login('enrolled@example.org', { totp: generateTotpCode(secret, a.clock.now) });
  });

  it('seals again, at start, a secret sealed before the key was set; its code keeps working', async () => {
    const { id } = await row('earlier@example.org');
    const plaintext = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
    // As an install without the key stored it.
    const earlier = await totpSecrets(a.t.store.db).seal(id, plaintext);
    expect(earlier).toMatch(/^v1\./);
    await a.t.store.db
      .updateTable('users')
      .set({ totp_secret: earlier, totp_enabled_at: a.clock.now })
      .where('id', '=', id)
      .execute();
    const withKey = totpSecrets(a.t.store.db, { secretKey: SECRET_KEY });
    await withKey.verifyKey();
    expect(await withKey.resealAll()).toBe(1);
    expect((await row('earlier@example.org')).totp_secret).toMatch(/^v2\./);
    expect(await withKey.resealAll()).toBe(0);
    a.clock.advance(60_000);
    await a.login('earlier@example.org', { totp: generateTotpCode(plaintext, a.clock.now) });
  });

  it('will not start without the key, or with another one, once secrets are sealed with it', async () => {
    const missing = await totpSecrets(a.t.store.db)
      .verifyKey()
      .catch((e: unknown) => e);
    expect(isAppError(missing, 'unavailable')).toBe(true);
    expect((missing as Error).message).toContain('DIJK_SECRET_KEY');
    const other = await totpSecrets(a.t.store.db, { secretKey: randomBytes(32) })
      .verifyKey()
      .catch((e: unknown) => e);
    expect(isAppError(other, 'config_invalid')).toBe(true);
    await expect(totpSecrets(a.t.store.db, { secretKey: SECRET_KEY }).verifyKey()).resolves.toBeUndefined();
  });

  it('answers a login without the key as unavailable (503 problem), never a 500', async () => {
    const without = await createAccountsTestApp(kind);
    try {
      await without.createOrganisation('acme');
      await without.createUser('enrolled@example.org', 'owner', 'acme');
      const { id } = await without.t.store.db
        .selectFrom('users')
        .select('id')
        .where('email', '=', 'enrolled@example.org')
        .executeTakeFirstOrThrow();
      // Sealed for this id under the key, as a database restored without its key would hold it.
      const value = await totpSecrets(without.t.store.db, { secretKey: SECRET_KEY }).seal(id, 'JBSWY3DPEHPK3PXP');
      await without.t.store.db
        .updateTable('users')
        .set({ totp_secret: value, totp_enabled_at: without.clock.now })
        .where('id', '=', id)
        .execute();
      const res = await without.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: 'enrolled@example.org', password: PASSWORD, totp: '123456' },
      });
      expect(res.statusCode).toBe(503);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().detail).toContain('DIJK_SECRET_KEY');
    } finally {
      await without.close();
    }
  });
});

describe('dijk serve with TOTP secrets sealed by DIJK_SECRET_KEY', () => {
  it('seals earlier secrets again at start, then refuses to start without the key or with another', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'dijk-secret-key-'));
    const start = (env: Record<string, string>, logger = createLogger({ level: 'silent' })) =>
      startServer(loadConfig({ PORT: '0', DIJK_DATA_DIR: dataDir, ...env }), logger);
    const key = { DIJK_SECRET_KEY: SECRET_KEY.toString('base64') };
    try {
      // An install without the key, with one enrolled user (sealed with the database's own key).
      const before = await start({});
      const user = await userStore(before.store.db).insertUser({ email: 'early@example.org', passwordHash: 'x' });
      const id = user?.id as string;
      await before.store.db
        .updateTable('users')
        .set({ totp_secret: await totpSecrets(before.store.db).seal(id, 'JBSWY3DPEHPK3PXP') })
        .where('id', '=', id)
        .execute();
      await before.close();

      const { logger, lines } = capturingLogger('info');
      const withKey = await start(key, logger);
      const stored = await withKey.store.db
        .selectFrom('users')
        .select('totp_secret')
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      expect(stored.totp_secret).toMatch(/^v2\./);
      expect(lines.join('\n')).toContain('TOTP secrets sealed again with the current key');
      expect(lines.join('\n')).not.toContain(SECRET_KEY.toString('base64'));
      await withKey.close();

      const missing = await start({}).catch((e: unknown) => e);
      expect(isAppError(missing, 'unavailable')).toBe(true);
      const other = await start({ DIJK_SECRET_KEY: randomBytes(32).toString('hex') }).catch((e: unknown) => e);
      expect(isAppError(other, 'config_invalid')).toBe(true);
      const again = await start(key);
      await again.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
