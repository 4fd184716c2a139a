import { AppError } from '../../errors.js';
import type { AuditContext } from '../audit/audit-chain.js';
import { generateSecret, hashSecret } from './login-link.js';
import { type Action, isAction } from './policy.js';

/** Actions an API key may never hold: managing people and keys needs a person with a second factor. */
const PERSON_ONLY: readonly Action[] = ['users:manage', 'api_keys:manage', 'account:self'];

/** An API key as listed (its secret is never stored; `prefix` lets a person recognise it). */
export interface ApiKey {
  id: string;
  organisationId: string;
  name: string;
  prefix: string;
  actions: Action[];
  createdBy: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

/** What the API-key service needs from the store. */
export interface ApiKeyPorts {
  /** Stores the key and, in the same transaction, its `api_key.create` audit entry. */
  insertApiKey(
    row: Omit<ApiKey, 'id' | 'createdAt' | 'lastUsedAt' | 'revokedAt'> & { keyHash: string },
    audit: AuditContext & { at: string },
  ): Promise<ApiKey>;
  listApiKeys(organisationId: string): Promise<ApiKey[]>;
  /** The unrevoked key with this hash, marking it used now. */
  touchApiKey(keyHash: string, now: Date): Promise<(ApiKey & { organisationSlug: string }) | undefined>;
  /** Revokes a key of the organisation and audits it (`api_key.revoke`); false when there is none. */
  revokeApiKey(organisationId: string, id: string, now: Date, audit: AuditContext & { at: string }): Promise<boolean>;
}

/** The shape of every key Dijk issues: `dijk_` and 43 base64url characters. */
const KEY_SHAPE = /^dijk_[A-Za-z0-9_-]{43}$/;

/** Checks the actions a key is asked for: known, not person-only, at least one, no duplicates. */
export function validateKeyActions(actions: readonly string[]): Action[] {
  const unique = [...new Set(actions)];
  const unknown = unique.filter((a) => !isAction(a));
  if (unique.length === 0 || unknown.length > 0) {
    throw new AppError('validation_failed', {
      message: unknown.length > 0 ? `Unknown action(s): ${unknown.join(', ')}.` : 'Name at least one action.',
    });
  }
  const forbidden = unique.filter((a) => PERSON_ONLY.includes(a as Action));
  if (forbidden.length > 0) {
    throw new AppError('validation_failed', { message: `An API key cannot hold: ${forbidden.join(', ')}.` });
  }
  return unique as Action[];
}

/** Scoped API keys: shown once, stored hashed, with last-used time and revocation. */
export function apiKeyServiceFactory(deps: { store: ApiKeyPorts; now: () => Date }) {
  const { store, now } = deps;
  return {
    /** Issues a key; the returned `key` is the only time anyone sees it. */
    async createApiKey(input: {
      organisationId: string;
      name: string;
      actions: readonly string[];
      createdBy: string;
      audit: AuditContext;
    }) {
      const actions = validateKeyActions(input.actions);
      const key = `dijk_${generateSecret()}`;
      const created = await store.insertApiKey(
        {
          organisationId: input.organisationId,
          name: input.name,
          prefix: key.slice(0, 12),
          actions,
          createdBy: input.createdBy,
          keyHash: hashSecret(key),
        },
        { ...input.audit, at: now().toISOString() },
      );
      return { key, apiKey: created };
    },
    listApiKeys: (organisationId: string) => store.listApiKeys(organisationId),
    async revokeApiKey(organisationId: string, id: string, audit: AuditContext): Promise<void> {
      const at = now();
      if (!(await store.revokeApiKey(organisationId, id, at, { ...audit, at: at.toISOString() }))) {
        throw new AppError('not_found', { message: 'No such API key.' });
      }
    },
    /** The key a bearer token stands for, or undefined (malformed, unknown or revoked). */
    async authenticateApiKey(token: string) {
      return KEY_SHAPE.test(token) ? store.touchApiKey(hashSecret(token), now()) : undefined;
    },
  };
}

export type ApiKeyService = ReturnType<typeof apiKeyServiceFactory>;
