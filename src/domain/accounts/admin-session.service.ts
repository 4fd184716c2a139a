import { AppError } from '../../errors.js';
import { type Principal, SESSION_IDLE_MS } from './account.js';
import { generateSecret, hashSecret, isWellFormedSecret, LOGIN_LINK_TTL_MS, SESSION_TTL_MS } from './login-link.js';
import type { Role } from './policy.js';

/** A live session and who it acts for. */
export type AdminSession = Principal;

/** A session as its owner sees it in the list of own sessions (no address or browser is kept: Art. 5(1)(c)). */
export interface SessionSummary {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
}

/** What the admin-session service needs from the store. */
export interface AdminSessionPorts {
  insertLoginToken(row: { tokenHash: string; expiresAt: Date }): Promise<void>;
  /** Marks an unused, unexpired token as used; true when exactly this call consumed it. */
  consumeLoginToken(tokenHash: string, now: Date): Promise<boolean>;
  insertSession(row: {
    tokenHash: string;
    expiresAt: Date;
    idleExpiresAt: Date | null;
    role: Role;
    userId: string | null;
  }): Promise<{ id: string }>;
  /**
   * The principal of a session that has neither reached its absolute expiry nor its idle expiry (and whose user is
   * not disabled); pushes its idle expiry to `idleExpiresAt` and bumps its last-seen time.
   */
  touchSession(tokenHash: string, now: Date, idleExpiresAt: Date): Promise<Principal | undefined>;
  deleteSession(tokenHash: string): Promise<void>;
  /** The live sessions of a user, newest first. */
  listUserSessions(userId: string, now: Date): Promise<SessionSummary[]>;
  findSessionSummary(sessionId: string): Promise<SessionSummary | undefined>;
  /** Deletes a session of this user (or the setup-link session with this id when userId is null). */
  deleteSessionById(sessionId: string, userId: string | null): Promise<boolean>;
}

/**
 * Sessions: the one-time setup links (`dijk admin login-link`, `dijk demo`) that start an owner session before
 * any account exists, user sessions started by the login service, and the idle (30 min) and absolute (12 h)
 * timeouts (OWASP Session Management Cheat Sheet). Only a SHA-256 of each token is stored.
 */
export function adminSessionServiceFactory(deps: { store: AdminSessionPorts; now: () => Date }) {
  const { store, now } = deps;

  async function startSession(input: { role: Role; userId: string | null }) {
    const sessionToken = generateSecret();
    const at = now();
    const expiresAt = new Date(at.getTime() + SESSION_TTL_MS);
    const { id } = await store.insertSession({
      tokenHash: hashSecret(sessionToken),
      expiresAt,
      idleExpiresAt: new Date(at.getTime() + SESSION_IDLE_MS),
      role: input.role,
      userId: input.userId,
    });
    return { id, sessionToken, expiresAt };
  }

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
      // A one-time setup link is how the owner gets in before any account exists.
      const { sessionToken, expiresAt } = await startSession({ role: 'owner', userId: null });
      return { sessionToken, expiresAt };
    },
    /** Starts a fresh session (a new token: the session id rotates at every login, OWASP session fixation). */
    startSession,
    /** The session a cookie stands for, or undefined when absent, expired, idle too long or of a disabled user. */
    async findSession(sessionToken: unknown): Promise<AdminSession | undefined> {
      if (!isWellFormedSecret(sessionToken)) {
        return undefined;
      }
      const at = now();
      return store.touchSession(hashSecret(sessionToken), at, new Date(at.getTime() + SESSION_IDLE_MS));
    },
    async endSession(sessionToken: unknown): Promise<void> {
      if (isWellFormedSecret(sessionToken)) {
        await store.deleteSession(hashSecret(sessionToken));
      }
    },
    /** The caller's own live sessions (a setup-link session sees only itself). */
    async listOwnSessions(principal: Principal): Promise<SessionSummary[]> {
      if (principal.userId) {
        return store.listUserSessions(principal.userId, now());
      }
      const own = await store.findSessionSummary(principal.sessionId);
      return own ? [own] : [];
    },
    /** Ends one of the caller's own sessions; another's session is `not_found`, never `forbidden`. */
    async revokeOwnSession(principal: Principal, sessionId: string): Promise<void> {
      const mine = principal.userId !== null || sessionId === principal.sessionId;
      if (!mine || !(await store.deleteSessionById(sessionId, principal.userId))) {
        throw new AppError('not_found', { message: 'No such session.' });
      }
    },
  };
}

export type AdminSessionService = ReturnType<typeof adminSessionServiceFactory>;
