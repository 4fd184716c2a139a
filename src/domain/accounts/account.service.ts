import { AppError } from '../../errors.js';
import type { MailWakeUp } from '../mail/mail.js';
import type { Principal, UserPorts, UserRecord } from './account.js';
import { type MailLanguage, passwordChangedMail, resetPasswordPage } from './account-mails.js';
import type { PasswordHasher } from './login.service.js';
import { checkPassword, describePasswordProblems } from './password-policy.js';
import { createTotpSecret, generateRecoveryCodes, hashRecoveryCode, verifyTotpCode } from './totp.js';

/** Throws `validation_failed` with the policy's problems (codes in `details`, for the UI's own language). */
export function assertPasswordAllowed(password: string, email: string): void {
  const problems = checkPassword(password, email);
  if (problems.length > 0) {
    throw new AppError('validation_failed', {
      message: describePasswordProblems(problems),
      details: problems.map((problem) => ({ path: '/password', problem })),
    });
  }
}

/**
 * A user's own account: who am I, second-factor enrolment (RFC 6238 TOTP with 10 single-use recovery codes, NIST
 * SP 800-63B §5.1.4 and §5.1.2) and changing the password.
 */
export function accountServiceFactory(deps: {
  store: UserPorts;
  hasher: PasswordHasher;
  now: () => Date;
  /** Wakes the outbox job after the password-changed notice was enqueued. */
  mail?: MailWakeUp;
  /** The public URL of the server, for the link in that notice. */
  baseUrl?: () => string;
}) {
  const { store, hasher, now } = deps;

  async function ownUser(principal: Principal): Promise<UserRecord> {
    const user = principal.userId ? await store.findUserById(principal.userId) : undefined;
    if (!user) {
      // A setup-link session has no account to enrol or change.
      throw new AppError('conflict', { message: 'This session was started from a setup link and has no account.' });
    }
    return user;
  }

  return {
    /** The caller's account, or undefined for a setup-link session. */
    async findOwnUser(principal: Principal): Promise<UserRecord | undefined> {
      return principal.userId ? store.findUserById(principal.userId) : undefined;
    },

    /** Starts TOTP enrolment: a new secret and its otpauth:// URI. Refused once TOTP is enabled. */
    async setupTotp(principal: Principal): Promise<{ secret: string; uri: string }> {
      const user = await ownUser(principal);
      if (user.totpEnabled) {
        throw new AppError('conflict', { message: 'Two-factor authentication is already set up for this account.' });
      }
      const created = createTotpSecret(user.email);
      await store.setPendingTotpSecret(user.id, created.secret);
      return created;
    },

    /** Confirms enrolment with a first code; answers the recovery codes, once. */
    async confirmTotp(principal: Principal, code: string): Promise<{ recoveryCodes: string[] }> {
      const user = await ownUser(principal);
      if (user.totpEnabled || !user.totpSecret) {
        throw new AppError('conflict', { message: 'Start the set-up first (POST /api/auth/totp/setup).' });
      }
      const at = now();
      const step = verifyTotpCode(user.totpSecret, code, at, null);
      if (step === undefined) {
        throw new AppError('validation_failed', { message: 'This code is not right; check the time of your device.' });
      }
      const recoveryCodes = generateRecoveryCodes();
      const enabled = await store.enableTotp(user.id, {
        now: at,
        step,
        recoveryCodeHashes: recoveryCodes.map(hashRecoveryCode),
      });
      if (!enabled) {
        // A second confirmation at the same time (a double click): the first one's codes are the ones that work.
        throw new AppError('conflict', { message: 'Two-factor authentication is already set up for this account.' });
      }
      return { recoveryCodes };
    },

    /**
     * Changes the password after checking the current one and the policy; every other session of the account ends
     * and the user is told by mail (in `language`, else that of their last login).
     */
    async changePassword(
      principal: Principal,
      input: { currentPassword: string; newPassword: string },
      request: { requestId: string; ip: string; language?: MailLanguage | undefined },
    ) {
      const user = await ownUser(principal);
      if (!(await hasher.verify(user.passwordHash, input.currentPassword))) {
        throw new AppError('validation_failed', { message: 'The current password is not right.' });
      }
      assertPasswordAllowed(input.newPassword, user.email);
      const at = now();
      await store.changePassword(user.id, {
        passwordHash: await hasher.hash(input.newPassword),
        keepSessionId: principal.sessionId,
        notice: passwordChangedMail({
          to: user.email,
          language: request.language ?? user.language ?? 'en',
          at,
          how: 'change',
          resetRequestLink: resetPasswordPage(deps.baseUrl?.() ?? ''),
        }),
        audit: {
          organisationId: null,
          at: at.toISOString(),
          actor: { type: 'user', id: user.id },
          action: 'auth.password_change',
          outcome: 'success',
          target: { type: 'user', id: user.id },
          source: { requestId: request.requestId, ip: request.ip },
        },
      });
      deps.mail?.mailEnqueued();
    },
  };
}

export type AccountService = ReturnType<typeof accountServiceFactory>;
