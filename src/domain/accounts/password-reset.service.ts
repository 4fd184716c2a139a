import { AppError } from '../../errors.js';
import type { AuditEvent } from '../audit/audit-chain.js';
import type { MailWakeUp, OutgoingMail } from '../mail/mail.js';
import { assertPasswordAllowed } from './account.service.js';
import { type MailLanguage, passwordChangedMail, passwordResetMail, resetPasswordPage } from './account-mails.js';
import type { PasswordHasher } from './login.service.js';
import { generateSecret, hashSecret, isWellFormedSecret } from './login-link.js';

/** How long a reset link works (OWASP Forgot Password Cheat Sheet: short-lived, single use). */
export const PASSWORD_RESET_TTL_MS = 60 * 60_000;

/** Reset mails one account gets at most per hour: asking again and again must not flood someone's mailbox. */
export const RESET_MAILS_PER_HOUR = 3;

/**
 * The least time the answer to a reset request takes, whether the address has an account or not: the work done
 * for a known address (a token, a mail, an audit entry) must not show in the response time (OWASP Forgot Password
 * Cheat Sheet, "return a consistent message … in consistent time").
 */
export const RESET_REQUEST_FLOOR_MS = 400;

/** The one answer to every reset request. */
export const RESET_REQUESTED_MESSAGE =
  'If an account exists for this address, a mail with a link to choose a new password is on its way. The link works once, for one hour.';

/** A reset token as found by its hash. */
export interface ResetTokenRecord {
  id: string;
  userId: string;
  email: string;
  expiresAt: Date;
  usedAt: Date | null;
  userDisabled: boolean;
  /** The language of the user's last login, if known. */
  language: MailLanguage | null;
}

/** What the password reset needs from the store. */
export interface PasswordResetPorts {
  findUserByEmail(email: string): Promise<{ id: string; email: string; disabled: boolean } | undefined>;
  countResetTokensSince(userId: string, since: Date): Promise<number>;
  /** Stores the token's hash, enqueues its mail and audits the request, in one transaction. */
  insertResetToken(
    row: { userId: string; tokenHash: string; createdAt: Date; expiresAt: Date },
    mail: OutgoingMail,
    audit: AuditEvent,
  ): Promise<void>;
  appendAuditEntry(event: AuditEvent): Promise<unknown>;
  findResetToken(tokenHash: string): Promise<ResetTokenRecord | undefined>;
  /**
   * In one transaction: uses the token (false when it is used or expired meanwhile), sets the password, clears the
   * throttle, ends every session of the user, voids their other reset links, enqueues the notice, and audits.
   */
  completePasswordReset(
    input: { tokenId: string; userId: string; passwordHash: string; now: Date; language: MailLanguage | undefined },
    audit: AuditEvent,
    notice: OutgoingMail,
  ): Promise<boolean>;
}

/** A reset link that cannot be used, with why (the person holding it may know: they have the link). */
function unusableLink(reason: 'reset_token_invalid' | 'reset_token_used' | 'reset_token_expired'): AppError {
  const messages = {
    reset_token_invalid: 'This reset link is not valid. Ask for a new one.',
    reset_token_used: 'This reset link was used already. Ask for a new one if you need it.',
    reset_token_expired: 'This reset link has expired (links work for one hour). Ask for a new one.',
  };
  return new AppError('validation_failed', { message: messages[reason], details: [{ path: '/token', reason }] });
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Password reset by mail: a single-use link valid for an hour, stored as a hash, mailed in the user's language;
 * the same answer in about the same time whether the address has an account or not; on success the password is
 * replaced, every session ends, the lock is lifted and the user is told by mail. A second factor, once set up, is still asked at login: a
 * mailbox alone does not get anyone past TOTP.
 */
export function passwordResetServiceFactory(deps: {
  store: PasswordResetPorts;
  hasher: PasswordHasher;
  mail: MailWakeUp;
  /** The public URL of the server, resolved when a link is made. */
  baseUrl: () => string;
  now: () => Date;
  floorMs?: number;
}) {
  const { store, hasher, mail, now } = deps;
  const floorMs = deps.floorMs ?? RESET_REQUEST_FLOOR_MS;

  async function sendResetLink(input: { email: string; language: MailLanguage; requestId: string; ip: string }) {
    const at = now();
    const event = (outcome: AuditEvent['outcome'], userId?: string): AuditEvent => ({
      organisationId: null,
      at: at.toISOString(),
      actor: { type: 'anonymous' },
      action: 'auth.password_reset_request',
      outcome,
      ...(userId ? { target: { type: 'user', id: userId } } : {}),
      source: { requestId: input.requestId, ip: input.ip },
    });
    const user = await store.findUserByEmail(input.email);
    if (!user || user.disabled) {
      // No target: the address of someone without an account is personal data the chain need not keep.
      await store.appendAuditEntry(event('failure'));
      return;
    }
    if ((await store.countResetTokensSince(user.id, new Date(at.getTime() - 60 * 60_000))) >= RESET_MAILS_PER_HOUR) {
      await store.appendAuditEntry(event('denied', user.id));
      return;
    }
    const token = generateSecret();
    const link = `${resetPasswordPage(deps.baseUrl())}?token=${token}`;
    await store.insertResetToken(
      {
        userId: user.id,
        tokenHash: hashSecret(token),
        createdAt: at,
        expiresAt: new Date(at.getTime() + PASSWORD_RESET_TTL_MS),
      },
      passwordResetMail({
        to: user.email,
        link,
        language: input.language,
        validMinutes: PASSWORD_RESET_TTL_MS / 60_000,
      }),
      event('success', user.id),
    );
    mail.mailEnqueued();
  }

  return {
    /** Mails a reset link when the address has an active account; answers alike, in about the same time, if not. */
    async requestPasswordReset(input: {
      email: string;
      language: MailLanguage;
      requestId: string;
      ip: string;
    }): Promise<{ message: string }> {
      const started = Date.now();
      try {
        await sendResetLink(input);
      } finally {
        await sleep(Math.max(0, floorMs - (Date.now() - started)));
      }
      return { message: RESET_REQUESTED_MESSAGE };
    },

    /** Sets a new password with a reset link's token; the token works once. */
    async confirmPasswordReset(input: {
      token: string;
      password: string;
      language?: MailLanguage | undefined;
      requestId: string;
      ip: string;
    }): Promise<void> {
      if (!isWellFormedSecret(input.token)) {
        throw unusableLink('reset_token_invalid');
      }
      const found = await store.findResetToken(hashSecret(input.token));
      const at = now();
      if (!found || found.userDisabled) {
        throw unusableLink('reset_token_invalid');
      }
      if (found.usedAt !== null) {
        throw unusableLink('reset_token_used');
      }
      if (found.expiresAt <= at) {
        throw unusableLink('reset_token_expired');
      }
      // Checked before the token is used: a refused password leaves the link working for a better one.
      assertPasswordAllowed(input.password, found.email);
      const passwordHash = await hasher.hash(input.password);
      const completed = await store.completePasswordReset(
        { tokenId: found.id, userId: found.userId, passwordHash, now: at, language: input.language },
        {
          organisationId: null,
          at: at.toISOString(),
          actor: { type: 'user', id: found.userId },
          action: 'auth.password_reset',
          outcome: 'success',
          target: { type: 'user', id: found.userId },
          source: { requestId: input.requestId, ip: input.ip },
        },
        passwordChangedMail({
          to: found.email,
          language: input.language ?? found.language ?? 'en',
          at,
          how: 'reset',
          resetRequestLink: resetPasswordPage(deps.baseUrl()),
        }),
      );
      if (!completed) {
        throw unusableLink('reset_token_used');
      }
      mail.mailEnqueued();
    },
  };
}

export type PasswordResetService = ReturnType<typeof passwordResetServiceFactory>;
