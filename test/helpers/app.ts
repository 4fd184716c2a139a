import { loadConfig } from '../../src/config.js';
import { adminSessionServiceFactory } from '../../src/domain/accounts/admin-session.service.js';
import { type App, buildApp } from '../../src/http/app.js';
import { createLogger, type Logger } from '../../src/logger.js';
import { adminSessionStore } from '../../src/store/admin-session.store.js';
import type { StoreDialect } from '../../src/store/db.js';
import { createTestStore, type TestStore } from './db.js';

/** The Fastify app on a fresh store, for `app.inject()` tests, and a logged-in admin session cookie. */
export interface TestApp {
  app: App;
  t: TestStore;
  /** `dijk_session=…`, from a redeemed one-time login link. */
  cookie: string;
  close(): Promise<void>;
}

/**
 * Builds the real app (same `buildApp` as the server) on a fresh store of the given kind, and logs in. `env` adds
 * settings as the environment would give them (for example lower rate limits); `logger` replaces the silent one.
 */
export async function createTestApp(
  kind: StoreDialect = 'pglite',
  env: Record<string, string> = {},
  logger: Logger = createLogger({ level: 'silent' }),
): Promise<TestApp> {
  const t = await createTestStore(kind);
  const app = await buildApp({ config: loadConfig({ PORT: '0', ...env }), store: t.store, logger });
  await app.ready();
  const sessions = adminSessionServiceFactory({ store: adminSessionStore(t.store.db), now: () => new Date() });
  const { token } = await sessions.createLoginLink();
  const res = await app.inject(`/admin/login?token=${token}`);
  const value = res.cookies.find((c) => c.name === 'dijk_session')?.value;
  if (!value) {
    throw new Error('login link did not start a session');
  }
  return {
    app,
    t,
    cookie: `dijk_session=${value}`,
    close: async () => {
      await app.close();
      await t.dispose();
    },
  };
}
