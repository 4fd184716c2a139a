import { z } from 'zod';
import type { AuditEvent } from '../audit/audit-chain.js';
import type { OutgoingMail } from '../mail/mail.js';
import { ROLES, type Role } from './policy.js';

/** Idle timeout of a session: 30 minutes without a request ends it (OWASP Session Management Cheat Sheet). */
export const SESSION_IDLE_MS = 30 * 60 * 1000;

/** Roles that must use a second factor (they can change or see everything of an organisation). */
export const TOTP_REQUIRED_ROLES: readonly Role[] = ['owner', 'privacy_officer'];

/** A user's role in one organisation. */
export interface Membership {
  organisationId: string;
  organisationSlug: string;
  role: Role;
}

/** A user account as the services see it (the password hash and TOTP secret stay in the store's rows). */
export interface User {
  id: string;
  email: string;
  totpEnabled: boolean;
  disabled: boolean;
  createdAt: Date;
  memberships: Membership[];
}

/**
 * Who a request acts for. A user session carries the user and their memberships; a session started from a
 * one-time setup link has no user and acts as owner of every organisation (`memberships: 'all'`).
 */
export interface Principal {
  sessionId: string;
  /** The session's role: the setup-link owner, or a user's highest role (informative; checks use memberships). */
  role: Role;
  expiresAt: Date;
  userId: string | null;
  memberships: Membership[] | 'all';
  totpEnabled: boolean;
}

/** An e-mail address as stored and compared: trimmed; compared case-insensitively by the store. */
export const Email = z
  .string()
  .trim()
  .min(3)
  .max(254)
  .regex(/^[^\s@]+@[^\s@]+$/, 'an e-mail address');

/** The role schema for request bodies. */
export const RoleSchema = z.enum(ROLES);

/** True when one of the roles requires a second factor. */
export function isTotpRequired(memberships: readonly Membership[] | 'all'): boolean {
  return memberships === 'all' || memberships.some((m) => TOTP_REQUIRED_ROLES.includes(m.role));
}

/** The most privileged role of a list (order of ROLES), or undefined for none. */
export function highestRole(roles: readonly Role[]): Role | undefined {
  return [...ROLES].find((r) => roles.includes(r));
}

/** The audit actor of a principal: the user, an API key, or the setup-link session. */
export function actorOf(principal: Principal | undefined): { type: 'user' | 'api_key'; id: string } {
  if (!principal) {
    return { type: 'user', id: 'unknown' };
  }
  if (principal.sessionId.startsWith('api-key:')) {
    return { type: 'api_key', id: principal.sessionId.slice('api-key:'.length) };
  }
  return { type: 'user', id: principal.userId ?? `admin-session:${principal.sessionId}` };
}

/** A user row with the secrets the self-service needs (never presented). */
export interface UserRecord extends User {
  passwordHash: string;
  totpSecret: string | null;
  /** A secret is stored but does not open with the key (altered, or from another install): `totpSecret` is null. */
  totpUnreadable: boolean;
  /** The language of the user's last login, if known (for mails). */
  language: 'nl' | 'fr' | 'en' | null;
}

/** What the account services need from the store. */
export interface UserPorts {
  findUserById(userId: string): Promise<UserRecord | undefined>;
  /** Inserts a user; undefined when the e-mail address (case-insensitive) is taken. */
  insertUser(row: { email: string; passwordHash: string }): Promise<{ id: string } | undefined>;
  listUsers(organisationIds: readonly string[] | 'all'): Promise<User[]>;
  setMembership(userId: string, organisationId: string, role: Role | null): Promise<void>;
  /**
   * In one transaction: sets the password hash, ends every other session of the user (all but `keepSessionId`),
   * enqueues the notice mail and writes the audit entry.
   */
  changePassword(
    userId: string,
    input: { passwordHash: string; keepSessionId: string; notice: OutgoingMail; audit: AuditEvent },
  ): Promise<void>;
  /** Disables (ending every session) or re-enables an account. */
  setDisabled(userId: string, disabled: boolean, now: Date): Promise<void>;
  /** Keeps a new, not yet confirmed TOTP secret. */
  setPendingTotpSecret(userId: string, secret: string): Promise<void>;
  /**
   * Confirms TOTP: enabled from `now`, `step` used, and the recovery codes replaced by these hashes. False when it
   * was enabled meanwhile (a second confirmation at the same time), and nothing is changed.
   */
  enableTotp(userId: string, input: { now: Date; step: number; recoveryCodeHashes: string[] }): Promise<boolean>;
  /**
   * In one transaction: removes the TOTP secret and the recovery codes, ends every session (the next login enrols
   * again) and enqueues the notice mail.
   */
  resetTotp(userId: string, now: Date, notice: OutgoingMail): Promise<void>;
}
