import { describe, expect, it } from 'vitest';
import type { Me, Role } from '../../api/auth.api';
import { consentAccess, effectiveRole } from './consent-access';

function me(role: Role, memberships: Role[] = [role], allOrganisations = false): Me {
  return {
    sessionId: '00000000-0000-4000-8000-000000000000',
    user: {
      id: '00000000-0000-4000-8000-000000000001',
      email: 'someone@example.org',
      totpEnabled: true,
      disabled: false,
      createdAt: '2026-11-22T00:00:00Z',
      memberships: memberships.map((r, i) => ({
        organisationId: `00000000-0000-4000-8000-00000000001${i}`,
        organisation: `org-${i}`,
        role: r,
      })),
    },
    role,
    allOrganisations,
    totpRequired: false,
    totpEnrolled: true,
    expiresAt: '2026-11-23T00:00:00Z',
  };
}

describe('consent access', () => {
  it('follows the policy table for each role', () => {
    expect(consentAccess(me('owner'))).toEqual({
      canRead: true,
      canWrite: true,
      canManageSites: true,
      canSendMailings: true,
      canListSites: true,
    });
    expect(consentAccess(me('privacy_officer'))).toEqual({
      canRead: true,
      canWrite: true,
      canManageSites: false,
      canSendMailings: true,
      canListSites: true,
    });
    expect(consentAccess(me('auditor'))).toEqual({
      canRead: true,
      canWrite: false,
      canManageSites: false,
      canSendMailings: false,
      canListSites: true,
    });
    expect(consentAccess(me('operator'))).toEqual({
      canRead: false,
      canWrite: false,
      canManageSites: true,
      canSendMailings: false,
      canListSites: true,
    });
    expect(consentAccess(me('editor'))).toEqual({
      canRead: false,
      canWrite: false,
      canManageSites: false,
      canSendMailings: false,
      canListSites: false,
    });
  });

  it('allows nothing before the session is known', () => {
    expect(consentAccess(undefined)).toEqual({
      canRead: false,
      canWrite: false,
      canManageSites: false,
      canListSites: false,
      canSendMailings: false,
    });
  });

  it('treats a setup-link session as owner, and uses the role of the only organisation', () => {
    expect(effectiveRole({ ...me('owner'), user: null, allOrganisations: true })).toBe('owner');
    expect(effectiveRole(me('owner', ['auditor']))).toBe('auditor');
    expect(effectiveRole(me('owner', ['owner', 'auditor']))).toBe('owner');
  });
});
