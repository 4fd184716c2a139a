import type { Me, Role } from '../../api/auth.api';

/**
 * The roles of the server's policy table (`src/domain/accounts/policy.ts`) for the consent actions. The server
 * decides; the UI only leaves out what would be refused, so nobody meets a form that cannot work for them.
 */
const POLICY = {
  'consent:read': ['owner', 'privacy_officer', 'auditor'],
  'consent:write': ['owner', 'privacy_officer'],
  'sites:read': ['owner', 'privacy_officer', 'auditor', 'operator'],
  'sites:manage': ['owner', 'operator'],
  'mailing:send': ['owner', 'privacy_officer'],
} as const satisfies Record<string, readonly Role[]>;

/** What a session may do in the Consent area. */
export interface ConsentAccess {
  canRead: boolean;
  canWrite: boolean;
  canManageSites: boolean;
  /** May list the websites (to pick one for the figures and to name them in the events). */
  canListSites: boolean;
  /**
   * May send a mailing to the people whose consent for a purpose counts; the form names the purposes from the
   * register, which the area loads only for those who read consents.
   */
  canSendMailings: boolean;
}

/**
 * The role the API acts with for this session: a setup-link session owns every organisation; a user with one
 * organisation has that membership's role (the API picks the only organisation); otherwise the highest role.
 */
export function effectiveRole(me: Me): Role {
  if (me.allOrganisations) {
    return 'owner';
  }
  const memberships = me.user?.memberships ?? [];
  return memberships.length === 1 && memberships[0] ? memberships[0].role : me.role;
}

export function consentAccess(me: Me | undefined): ConsentAccess {
  if (!me) {
    return { canRead: false, canWrite: false, canManageSites: false, canListSites: false, canSendMailings: false };
  }
  const role = effectiveRole(me);
  const may = (action: keyof typeof POLICY) => (POLICY[action] as readonly Role[]).includes(role);
  return {
    canRead: may('consent:read'),
    canWrite: may('consent:write'),
    canManageSites: may('sites:manage'),
    canListSites: may('sites:read'),
    canSendMailings: may('mailing:send') && may('consent:read'),
  };
}
