import { AppError } from '../../errors.js';
import type { Role } from './policy.js';
import { generateSecret, hashSecret, isWellFormedSecret, LOGIN_LINK_TTL_MS, SESSION_TTL_MS } from './login-link.js';

/** A live session and the role it acts with. */
export interface AdminSession {
  id: string;
  role: Role;
  expiresAt: Date;
}

/** What the admin-session service needs from the store. */
export interface AdminSessionPorts {
  insertLoginToken(row: { tokenHash: string; expiresAt: Date }): Promise<void>;
  /** Marks an unused, unexpired token as used; true when exactly this call consumed it. */
  consumeLoginToken(tokenHash: string, now: Date): Promise<boolean>;
  insertSession(row: { tokenHash: string; expiresAt: Date; role: Role }): Promise<void>;
  /** The session if it exists and has not expired; also bumps its last-seen time. */
  touchSession(tokenHash: string, now: Date): Promise<AdminSession | undefined>;
  deleteSession(tokenHash: string): Promise<void>;
}

/**
 * One-time admin login links and the sessions they start. The full account system (users, roles, TOTP) builds on
 * this; a link is what `dijk demo` prints so the first visit needs no password.
 */
export function adminSessionServiceFactory(deps: { store: AdminSessionPorts; now: () => Date }) {
  const { store, now } = deps;
  return {
    /** Issues a single-use login link secret, valid for {@link LOGIN_LINK_TTL_MS}. */
    async createLoginLink(): Promise<{ token: string; expiresAt: Date }> {
      const token = generateSecret();
      const expiresAt = new Date(now().getTime() + LOGIN_LINK_TTL_MS);
      await store.insertLoginToken({ tokenHash: hashSecret(token), expiresAt });
      return { token, expiresAt };
    },

    /** Exchanges a login link for a session; the link cannot be used twice. */
    async redeemLoginLink(token: unknown): Promise<{ sessionToken: string; expiresAt: Date }> {
      if (!isWellFormedSecret(token) || !(await store.consumeLoginToken(hashSecret(token), now()))) {
        throw new AppError('unauthenticated', { message: 'This login link is invalid, expired or already used.' });
      }
      const sessionToken = generateSecret();
      const expiresAt = new Date(now().getTime() + SESSION_TTL_MS);
      // A one-time setup link is how the owner gets in before any account exists.
      await store.insertSession({ tokenHash: hashSecret(sessionToken), expiresAt, role: 'owner' });
      return { sessionToken, expiresAt };
    },

    /** The session a cookie stands for, or undefined. */
    async findSession(sessionToken: unknown): Promise<AdminSession | undefined> {
      if (!isWellFormedSecret(sessionToken)) {
        return undefined;
      }
      return store.touchSession(hashSecret(sessionToken), now());
    },

    async endSession(sessionToken: unknown): Promise<void> {
      if (isWellFormedSecret(sessionToken)) {
        await store.deleteSession(hashSecret(sessionToken));
      }
    },
  };
}

export type AdminSessionService = ReturnType<typeof adminSessionServiceFactory>;
