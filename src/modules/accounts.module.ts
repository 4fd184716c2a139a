import { accountServiceFactory } from '../domain/accounts/account.service.js';
import { adminSessionServiceFactory } from '../domain/accounts/admin-session.service.js';
import { loginServiceFactory } from '../domain/accounts/login.service.js';
import { passwordResetServiceFactory } from '../domain/accounts/password-reset.service.js';
import { userAdminServiceFactory } from '../domain/accounts/user-admin.service.js';
import type { MailWakeUp } from '../domain/mail/mail.js';
import { adminSessionStore } from '../store/admin-session.store.js';
import { auditStore } from '../store/audit.store.js';
import type { Store } from '../store/db.js';
import { loginStore } from '../store/login-attempt.store.js';
import { organisationStore } from '../store/organisation.store.js';
import { passwordResetStore } from '../store/password-reset.store.js';
import { userStore } from '../store/user.store.js';
import { argon2Hasher } from './argon2-hasher.js';

/**
 * Wires the accounts area: setup links and sessions, password login (with the lock notice), password reset by mail,
 * the own account, users management. `mail` wakes the outbox job after a mail was enqueued; `baseUrl` is the public
 * URL put in links (both have harmless defaults for the CLI and tests that send no mail).
 */
export function accountsModule(deps: {
  store: Store;
  now: () => Date;
  mail?: MailWakeUp;
  baseUrl?: () => string;
  /** DIJK_SECRET_KEY: seals the TOTP secrets outside the database's reach (`totp-secret.store.ts`). */
  secretKey?: Buffer | undefined;
}) {
  const { store, now } = deps;
  const mail = deps.mail ?? { mailEnqueued: () => {} };
  const baseUrl = deps.baseUrl ?? (() => 'http://127.0.0.1:4000');
  const audit = auditStore(store.db);
  const appendAuditEntry = audit.appendAuditEntry.bind(audit);
  const sessions = adminSessionServiceFactory({ store: adminSessionStore(store.db), now });
  const secrets = { secretKey: deps.secretKey };
  const users = userStore(store.db, secrets);
  return {
    sessions,
    appendAuditEntry,
    /** Makes a user owner of an organisation they just created. */
    grantOwner: (userId: string, organisationId: string) => users.setMembership(userId, organisationId, 'owner'),
    login: loginServiceFactory({
      store: { ...loginStore(store.db, secrets), appendAuditEntry },
      hasher: argon2Hasher,
      sessions,
      now,
      mail,
      baseUrl,
    }),
    passwordReset: passwordResetServiceFactory({
      store: passwordResetStore(store.db),
      hasher: argon2Hasher,
      mail,
      baseUrl,
      now,
    }),
    account: accountServiceFactory({ store: users, hasher: argon2Hasher, now, mail, baseUrl }),
    userAdmin: userAdminServiceFactory({
      store: users,
      hasher: argon2Hasher,
      organisations: organisationStore(store.db),
      audit: appendAuditEntry,
      now,
      mail,
      baseUrl,
    }),
  };
}
