/**
 * Roles and what each may do: one declarative table (least privilege and separation of duties, Art. 32 and the
 * seeds' own promises). Every HTTP route names one action; a route without one fails at start-up, and the
 * authorisation-matrix test walks every route for every role against this table.
 */
export const ROLES = ['owner', 'privacy_officer', 'editor', 'auditor', 'operator'] as const;
export type Role = (typeof ROLES)[number];

/** Every action a route can require. */
export const POLICY = {
  /** See the organisations of the install. */
  'organisation:read': ['owner', 'privacy_officer', 'editor', 'auditor', 'operator'],
  /** Create organisations. */
  'organisation:write': ['owner'],
  /** Read the register, its versions, diffs, lint and exports (no data subject's personal data in it). */
  'register:read': ['owner', 'privacy_officer', 'editor', 'auditor'],
  /** Store a new register version. */
  'register:write': ['owner', 'editor'],
  /** Publish a register version as the public privacy and cookie statement. */
  'statement:publish': ['owner', 'editor'],
  /** Import an existing statement and draft a register from it. */
  'import:run': ['owner', 'editor'],
  /** One's own account: who am I, own sessions, logout, password, second-factor enrolment. */
  'account:self': ['owner', 'privacy_officer', 'editor', 'auditor', 'operator'],
  /** Create users, give them a role in an organisation one owns, disable them. */
  'users:manage': ['owner'],
  /** Create, list and revoke the organisation's API keys. */
  'api_keys:manage': ['owner'],
  /** Read and verify the audit log. */
  'audit:read': ['owner', 'auditor'],
  /** Read consents and their proof: the ledger, consent records, the consent dashboard and exports. */
  'consent:read': ['owner', 'privacy_officer', 'auditor'],
  /** Record consent events: a form backend's API key, or a privacy officer acting on a person's behalf. */
  'consent:write': ['owner', 'privacy_officer'],
  /** See the websites that run the cookie banner (names and site keys: both are public), e.g. to filter figures. */
  'sites:read': ['owner', 'privacy_officer', 'auditor', 'operator'],
  /** Create and revoke the websites (site keys) that run the cookie banner. */
  'sites:manage': ['owner', 'operator'],
  /** Send a marketing mailing to everyone whose consent for a purpose counts (each with one-click unsubscribe). */
  'mailing:send': ['owner', 'privacy_officer'],
  /** Read the mail log (recipients and subjects of what Dijk sent). */
  'mail:read': ['owner', 'privacy_officer', 'auditor'],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof POLICY;

/** Whether a role may perform an action. */
export function can(role: Role, action: Action): boolean {
  return (POLICY[action] as readonly Role[]).includes(role);
}

/** True for a string that names an action of the table. */
export function isAction(value: unknown): value is Action {
  return typeof value === 'string' && Object.hasOwn(POLICY, value);
}

/** True for a string that names a role. */
export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
