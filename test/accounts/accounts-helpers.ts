import { loadConfig } from '../../src/config.js';
import type { Role } from '../../src/domain/accounts/policy.js';
import { generateTotpCode } from '../../src/domain/accounts/totp.js';
import { type App, buildApp } from '../../src/http/app.js';
import { createLogger } from '../../src/logger.js';
import { accountsModule } from '../../src/modules/accounts.module.js';
import type { StoreDialect } from '../../src/store/db.js';
import { organisationStore } from '../../src/store/organisation.store.js';
import { createTestStore, type TestStore } from '../helpers/db.js';

/** A password that passes the policy. */
export const PASSWORD = 'lantern orchard violet 42';

/** The app on a fresh store with a clock the test moves (no test sleeps for a timeout). */
export interface AccountsTestApp {
  app: App;
  t: TestStore;
  clock: { now: Date; advance(ms: number): void };
  accounts: ReturnType<typeof accountsModule>;
  createOrganisation(slug: string): Promise<string>;
  createUser(email: string, role: Role, organisation: string): Promise<string>;
  /** Logs in and answers the `dijk_session=…` cookie. */
  login(email: string, extra?: Record<string, string>, ip?: string): Promise<string>;
  /** Starts TOTP enrolment for the session; answers the new secret (stored, not yet confirmed). */
  startTotp(cookie: string): Promise<string>;
  /** Confirms the enrolment with the current code; fails the test unless it is accepted. */
  confirmTotp(cookie: string, secret: string): Promise<void>;
  close(): Promise<void>;
}

export async function createAccountsTestApp(
  kind: StoreDialect,
  env: Record<string, string> = {},
): Promise<AccountsTestApp> {
  const t = await createTestStore(kind);
  const clock = {
    now: new Date('2026-11-22T09:00:00Z'),
    advance(ms: number) {
      clock.now = new Date(clock.now.getTime() + ms);
    },
  };
  const now = () => clock.now;
  const config = loadConfig({ PORT: '0', ...env });
  const app = await buildApp({
    config,
    store: t.store,
    logger: createLogger({ level: 'silent' }),
    now,
  });
  await app.ready();
  const accounts = accountsModule({ store: t.store, now, secretKey: config.secretKey });
  return {
    app,
    t,
    clock,
    accounts,
    async createOrganisation(slug) {
      const created = await organisationStore(t.store.db).insertOrganisation({ slug, name: slug });
      return created?.id ?? '';
    },
    async createUser(email, role, organisation) {
      const { user } = await accounts.userAdmin.createUser(
        { owned: 'all', actor: { type: 'system' } },
        { email, role, organisation, password: PASSWORD },
      );
      return user.id;
    },
    async login(email, extra = {}, ip = '192.0.2.10') {
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email, password: PASSWORD, ...extra },
        remoteAddress: ip,
      });
      const cookie = res.cookies.find((c) => c.name === 'dijk_session')?.value;
      if (res.statusCode !== 200 || !cookie) {
        throw new Error(`login failed: ${res.statusCode} ${res.body}`);
      }
      return `dijk_session=${cookie}`;
    },
    async startTotp(cookie) {
      const setup = await app.inject({ method: 'POST', url: '/api/auth/totp/setup', headers: { cookie } });
      return (setup.json() as { secret: string }).secret;
    },
    async confirmTotp(cookie, secret) {
      const confirm = await app.inject({
        method: 'POST',
        url: '/api/auth/totp/confirm',
        headers: { cookie },
        payload: { code: generateTotpCode(secret, clock.now) },
      });
      if (confirm.statusCode !== 200) {
        throw new Error(`TOTP confirmation failed: ${confirm.statusCode} ${confirm.body}`);
      }
    },
    close: async () => {
      await app.close();
      await t.dispose();
    },
  };
}
