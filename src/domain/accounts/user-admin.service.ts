import { randomBytes } from 'node:crypto';
import { AppError } from '../../errors.js';
import type { AuditActor, AuditEvent } from '../audit/audit-chain.js';
import type { MailWakeUp } from '../mail/mail.js';
import type { Organisation } from '../organisations/organisation.js';
import type { Principal, User, UserPorts, UserRecord } from './account.js';
import { assertPasswordAllowed } from './account.service.js';
import { resetPasswordPage, totpResetMail } from './account-mails.js';
import type { PasswordHasher } from './login.service.js';
import type { Role } from './policy.js';

/** Who manages users: the organisations they own ('all' for a setup-link session or the CLI) and the audit actor. */
export interface UserAdminScope {
  owned: readonly string[] | 'all';
  actor: AuditActor;
  source?: { requestId?: string; ip?: string };
}

/** The scope of a principal: the organisations where it is owner. */
export function userAdminScopeOf(principal: Principal, source?: UserAdminScope['source']): UserAdminScope {
  const owned =
    principal.memberships === 'all'
      ? 'all'
      : principal.memberships.filter((m) => m.role === 'owner').map((m) => m.organisationId);
  return {
    owned,
    actor: { type: 'user', id: principal.userId ?? `admin-session:${principal.sessionId}` },
    ...(source ? { source } : {}),
  };
}

/** A strong generated password (20 characters, ~116 bits), shown once when none was given. */
export function generatePassword(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
  return [...randomBytes(20)].map((b) => alphabet[b % alphabet.length]).join('');
}

/**
 * Users management for owners: create accounts with a role in one of their organisations, list the users of
 * their organisations, change a role or disable an account. An organisation the caller does not own is
 * `not_found`, never `forbidden` (STYLE.md). Every change is in the organisation's audit chain.
 */
export function userAdminServiceFactory(deps: {
  store: UserPorts;
  hasher: PasswordHasher;
  organisations: {
    findOrganisationBySlug(slug: string): Promise<Organisation | undefined>;
    listOrganisations(): Promise<Organisation[]>;
  };
  audit: (event: AuditEvent) => Promise<unknown>;
  now: () => Date;
  /** Wakes the outbox job after the two-factor reset notice was enqueued. */
  mail?: MailWakeUp;
  /** The public URL of the server, for the link in that notice. */
  baseUrl?: () => string;
}) {
  const { store, hasher, organisations, now } = deps;
  const owns = (scope: UserAdminScope, organisationId: string) =>
    scope.owned === 'all' || scope.owned.includes(organisationId);

  async function resolveOwned(scope: UserAdminScope, slug: string | undefined): Promise<Organisation> {
    if (slug) {
      const found = await organisations.findOrganisationBySlug(slug);
      if (!found || !owns(scope, found.id)) {
        throw new AppError('not_found', { message: `No organisation "${slug}".` });
      }
      return found;
    }
    const candidates = (await organisations.listOrganisations()).filter((o) => owns(scope, o.id));
    if (candidates.length === 1 && candidates[0]) {
      return candidates[0];
    }
    throw new AppError('validation_failed', {
      message:
        candidates.length === 0
          ? 'This install has no organisation yet: create one first (`dijk register apply FILE`).'
          : 'Name the organisation (its slug) the user gets a role in.',
    });
  }

  function record(scope: UserAdminScope, organisationId: string, action: string, userId: string) {
    return deps.audit({
      organisationId,
      at: now().toISOString(),
      actor: scope.actor,
      action,
      outcome: 'success',
      target: { type: 'user', id: userId },
      ...(scope.source ? { source: scope.source } : {}),
    });
  }

  async function findManagedUser(scope: UserAdminScope, userId: string): Promise<UserRecord> {
    const user = await store.findUserById(userId);
    if (!user || (scope.owned !== 'all' && !user.memberships.some((m) => owns(scope, m.organisationId)))) {
      throw new AppError('not_found', { message: 'No such user.' });
    }
    return user;
  }

  return {
    /** Creates an account with a role in one organisation; answers the generated password once if none was given. */
    async createUser(
      scope: UserAdminScope,
      input: { email: string; role: Role; organisation?: string | undefined; password?: string | undefined },
    ): Promise<{ user: User; generatedPassword?: string }> {
      const organisation = await resolveOwned(scope, input.organisation);
      const generated = input.password === undefined ? generatePassword() : undefined;
      const password = input.password ?? (generated as string);
      assertPasswordAllowed(password, input.email);
      const inserted = await store.insertUser({ email: input.email, passwordHash: await hasher.hash(password) });
      if (!inserted) {
        throw new AppError('conflict', { message: 'An account with this e-mail address exists already.' });
      }
      await store.setMembership(inserted.id, organisation.id, input.role);
      await record(scope, organisation.id, 'user.create', inserted.id);
      const user = (await store.findUserById(inserted.id)) as User;
      return generated ? { user, generatedPassword: generated } : { user };
    },

    /** The users with a role in an organisation the caller owns (only those memberships are shown). */
    async listUsers(scope: UserAdminScope): Promise<User[]> {
      const users = await store.listUsers(scope.owned);
      return users.map((u) => ({ ...u, memberships: u.memberships.filter((m) => owns(scope, m.organisationId)) }));
    },

    /**
     * Sets (or with `null` removes) a role in an owned organisation, disables or re-enables the account, and/or
     * resets its two-factor authentication (a lost phone and lost recovery codes): the secret and the recovery
     * codes are removed and every session ends, so the next login enrols again where the role requires it.
     */
    async updateUser(
      scope: UserAdminScope,
      userId: string,
      input: {
        organisation?: string | undefined;
        role?: Role | null | undefined;
        disabled?: boolean | undefined;
        resetTotp?: true | undefined;
      },
      self: string | null,
    ): Promise<User> {
      const user = await findManagedUser(scope, userId);
      if (userId === self) {
        // An owner cannot lock themselves out of their own install, nor drop their own second factor.
        throw new AppError('conflict', {
          message: 'You cannot change your own role, disable your own account or reset your own two-factor login.',
        });
      }
      // Acting on the whole account (disabling it, or its second factor) takes an owner of every organisation the
      // user belongs to; an owner of only some must not weaken the login to the others.
      const ownsAll = scope.owned === 'all' || user.memberships.every((m) => owns(scope, m.organisationId));
      if ((input.disabled !== undefined || input.resetTotp) && !ownsAll) {
        throw new AppError('not_found', { message: 'No such user.' });
      }
      if (input.role !== undefined) {
        const organisation = await resolveOwned(scope, input.organisation);
        await store.setMembership(user.id, organisation.id, input.role);
        await record(scope, organisation.id, input.role === null ? 'membership.remove' : 'membership.set', user.id);
      }
      if (input.disabled !== undefined) {
        await store.setDisabled(user.id, input.disabled, now());
        for (const m of user.memberships) {
          await record(scope, m.organisationId, input.disabled ? 'user.disable' : 'user.enable', user.id);
        }
      }
      if (input.resetTotp) {
        const at = now();
        await store.resetTotp(
          user.id,
          at,
          totpResetMail({
            to: user.email,
            language: user.language ?? 'en',
            at,
            resetRequestLink: resetPasswordPage(deps.baseUrl?.() ?? ''),
          }),
        );
        deps.mail?.mailEnqueued();
        for (const m of user.memberships) {
          await record(scope, m.organisationId, 'user.totp_reset', user.id);
        }
      }
      return (await store.findUserById(user.id)) as User;
    },
  };
}

export type UserAdminService = ReturnType<typeof userAdminServiceFactory>;
