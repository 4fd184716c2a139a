import { AppError } from '../../errors.js';
import type { AuditEvent } from '../audit/audit-chain.js';
import type { MailWakeUp, OutgoingMail } from '../mail/mail.js';
import { highestRole, type Membership } from './account.js';
import { accountLockedMail, type MailLanguage, resetPasswordPage } from './account-mails.js';
import type { AdminSessionService } from './admin-session.service.js';
import {
  ACCOUNT_THROTTLE,
  ADDRESS_THROTTLE,
  checkThrottle,
  isNewLock,
  NO_FAILURES,
  recordFailure,
  type ThrottleState,
} from './login-throttle.js';
import { hashRecoveryCode, verifyTotpCode } from './totp.js';

/** Hashes and verifies passwords (argon2id, wired in src/modules; the domain holds no native code). */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(hash: string, password: string): Promise<boolean>;
}

/** What the login needs to know about an account. */
export interface LoginUserRecord {
  id: string;
  passwordHash: string;
  totpSecret: string | null;
  /** A secret is stored but does not open with the key (see the TOTP secret store): codes cannot be checked. */
  totpUnreadable: boolean;
  totpEnabled: boolean;
  totpLastStep: number | null;
  disabled: boolean;
  throttle: ThrottleState;
  memberships: Membership[];
}

/** A throttling key: a client address, or an e-mail address that has no account (stored as an HMAC only). */
export interface AttemptKey {
  scope: 'ip' | 'email';
  value: string;
}

/** The account as a throttle update sees it, read under the row lock. */
export interface ThrottledAccount {
  email: string;
  language: MailLanguage | null;
}

/** What a throttle update writes: the new state, and maybe a mail (enqueued in the same transaction) and a language. */
export interface ThrottleUpdate {
  next: ThrottleState;
  mail?: OutgoingMail;
  /** The language to remember for mails nobody asked for. */
  language?: MailLanguage;
}

/** What the login service needs from the store. */
export interface LoginPorts {
  findUserForLogin(email: string): Promise<LoginUserRecord | undefined>;
  readAttempts(key: AttemptKey): Promise<ThrottleState>;
  /** Applies `update` to the key's state under a row lock, so parallel failures are all counted. */
  updateAttempts(key: AttemptKey, update: (state: ThrottleState) => ThrottleState): Promise<void>;
  /** Applies `update` under the user's row lock; a mail it returns is enqueued in the same transaction. */
  updateUserThrottle(
    userId: string,
    update: (state: ThrottleState, account: ThrottledAccount) => ThrottleUpdate,
  ): Promise<{ isMailQueued: boolean }>;
  /** Records the TOTP step as used; false when that step (or a later one) was used already. */
  consumeTotpStep(userId: string, step: number): Promise<boolean>;
  /** Marks an unused recovery code as used; false when there is none with this hash. */
  consumeRecoveryCode(userId: string, codeHash: string, now: Date): Promise<boolean>;
  appendAuditEntry(event: AuditEvent): Promise<unknown>;
}

/** A login request as the route passes it on. */
export interface LoginInput {
  email: string;
  password: string;
  totp?: string | undefined;
  recoveryCode?: string | undefined;
  ip: string;
  requestId: string;
  /** The cookie the browser sent, if any: that session ends (rotation on login). */
  previousSessionToken?: string | undefined;
  /** The language of the person logging in (Accept-Language), remembered at a successful login. */
  language?: MailLanguage | undefined;
}

/** One message for an unknown account, a wrong password, a disabled account and a wrong code: no enumeration. */
export const LOGIN_FAILED_MESSAGE = 'The e-mail address or password is not right, or this account cannot log in.';

/**
 * Password login with a second factor (OWASP Authentication Cheat Sheet; NIST SP 800-63B): throttled per client
 * address and per account, the same answer and about the same time for an unknown account (a dummy hash is
 * verified), TOTP or a single-use recovery code for accounts that enrolled, a new session token at every login, and
 * every outcome in the audit chain (never the password, the code, or the e-mail of an unknown account).
 */
export function loginServiceFactory(deps: {
  store: LoginPorts;
  hasher: PasswordHasher;
  sessions: AdminSessionService;
  now: () => Date;
  /** Wakes the outbox job after a lock notice was enqueued. */
  mail?: MailWakeUp;
  /** The public URL of the server, for the link in the lock notice. */
  baseUrl?: () => string;
}) {
  const { store, hasher, sessions, now } = deps;
  let dummyHash: Promise<string> | undefined;

  function audit(input: LoginInput, outcome: AuditEvent['outcome'], userId?: string) {
    return store.appendAuditEntry({
      organisationId: null,
      at: now().toISOString(),
      actor: outcome === 'success' && userId ? { type: 'user', id: userId } : { type: 'anonymous' },
      action: 'auth.login',
      outcome,
      ...(userId ? { target: { type: 'user', id: userId } } : {}),
      source: { requestId: input.requestId, ip: input.ip },
    });
  }

  function throttled(retryAfterMs: number): AppError {
    const retryAfterSeconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
    return new AppError('rate_limited', {
      message: `Too many failed logins. Try again in ${retryAfterSeconds} seconds.`,
      details: [{ retryAfterSeconds }],
    });
  }

  async function fail(input: LoginInput, user: LoginUserRecord | undefined): Promise<never> {
    const at = now();
    await store.updateAttempts({ scope: 'ip', value: input.ip }, (s) => recordFailure(s, ADDRESS_THROTTLE, at));
    if (user) {
      const { isMailQueued } = await store.updateUserThrottle(user.id, (state, account) => {
        const next = recordFailure(state, ACCOUNT_THROTTLE, at);
        if (!isNewLock(state, next, at) || next.lockedUntil === null) {
          return { next };
        }
        // Tell the owner once per lock (OWASP Authentication Cheat Sheet), in their language when known.
        const mail = accountLockedMail({
          to: account.email,
          language: account.language ?? input.language ?? 'en',
          lockedUntil: next.lockedUntil,
          failures: next.failures,
          resetRequestLink: resetPasswordPage(deps.baseUrl?.() ?? ''),
        });
        return { next, mail };
      });
      if (isMailQueued) {
        deps.mail?.mailEnqueued();
      }
    } else {
      await store.updateAttempts({ scope: 'email', value: input.email.toLowerCase() }, (s) =>
        recordFailure(s, ACCOUNT_THROTTLE, at),
      );
    }
    await audit(input, 'failure', user?.id);
    throw new AppError('unauthenticated', { message: LOGIN_FAILED_MESSAGE });
  }

  async function secondFactor(input: LoginInput, user: LoginUserRecord): Promise<boolean> {
    if (input.totp && user.totpSecret) {
      const step = verifyTotpCode(user.totpSecret, input.totp, now(), user.totpLastStep);
      return step !== undefined && (await store.consumeTotpStep(user.id, step));
    }
    if (input.recoveryCode) {
      return store.consumeRecoveryCode(user.id, hashRecoveryCode(input.recoveryCode), now());
    }
    return false;
  }

  return {
    /** Checks the credentials and starts a session; throws `unauthenticated` or `rate_limited`. */
    async login(input: LoginInput): Promise<{ sessionToken: string; expiresAt: Date; userId: string }> {
      const at = now();
      const byAddress = checkThrottle(await store.readAttempts({ scope: 'ip', value: input.ip }), ADDRESS_THROTTLE, at);
      if (!byAddress.allowed) {
        await audit(input, 'denied');
        throw throttled(byAddress.retryAfterMs);
      }
      const user = await store.findUserForLogin(input.email);
      const accountState = user
        ? user.throttle
        : await store.readAttempts({ scope: 'email', value: input.email.toLowerCase() });
      const byAccount = checkThrottle(accountState, ACCOUNT_THROTTLE, at);
      if (!byAccount.allowed) {
        await audit(input, 'denied', user?.id);
        throw throttled(byAccount.retryAfterMs);
      }
      // Verify against a dummy hash for an unknown account, so the answer takes as long as for a known one.
      dummyHash ??= hasher.hash('dijk-dummy-password-for-timing');
      const passwordOk = await hasher.verify(user?.passwordHash ?? (await dummyHash), input.password);
      if (!user || !passwordOk || user.disabled) {
        return fail(input, user);
      }
      if (user.totpEnabled) {
        if (!input.totp && !input.recoveryCode) {
          // The password was right: asking for the second factor reveals nothing an attacker did not know.
          throw new AppError('unauthenticated', {
            message: 'Enter the 6-digit code of your authenticator app, or one of your recovery codes.',
            details: [{ reason: 'totp_required' }],
          });
        }
        if (user.totpUnreadable && !input.recoveryCode) {
          // Not the person's mistake, so not a failed login: say what is wrong and how to get in again.
          await audit(input, 'denied', user.id);
          throw new AppError('conflict', {
            message:
              'The codes of your authenticator app cannot be checked on this install. Log in with one of your ' +
              'recovery codes, or ask an administrator to reset your two-factor authentication.',
            details: [{ reason: 'totp_unreadable' }],
          });
        }
        if (!(await secondFactor(input, user))) {
          return fail(input, user);
        }
      }
      await store.updateUserThrottle(user.id, () => ({
        next: NO_FAILURES,
        ...(input.language ? { language: input.language } : {}),
      }));
      await sessions.endSession(input.previousSessionToken);
      const role = highestRole(user.memberships.map((m) => m.role)) ?? 'operator';
      const started = await sessions.startSession({ role, userId: user.id });
      await audit(input, 'success', user.id);
      return { sessionToken: started.sessionToken, expiresAt: started.expiresAt, userId: user.id };
    },
  };
}

export type LoginService = ReturnType<typeof loginServiceFactory>;
