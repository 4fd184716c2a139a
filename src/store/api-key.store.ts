import type { Kysely } from 'kysely';
import type { ApiKey, ApiKeyPorts } from '../domain/accounts/api-key.js';
import type { Action } from '../domain/accounts/policy.js';
import { auditStore } from './audit.store.js';
import type { Database } from './schema.js';

const columns = [
  'api_keys.id',
  'api_keys.organisation_id',
  'api_keys.name',
  'api_keys.prefix',
  'api_keys.actions',
  'api_keys.created_by',
  'api_keys.created_at',
  'api_keys.last_used_at',
  'api_keys.revoked_at',
] as const;

type Row = {
  id: string;
  organisation_id: string;
  name: string;
  prefix: string;
  actions: unknown;
  created_by: string;
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
};

function toApiKey(row: Row): ApiKey {
  const actions = typeof row.actions === 'string' ? JSON.parse(row.actions) : row.actions;
  return {
    id: row.id,
    organisationId: row.organisation_id,
    name: row.name,
    prefix: row.prefix,
    actions: actions as Action[],
    createdBy: row.created_by,
    createdAt: new Date(row.created_at),
    lastUsedAt: row.last_used_at ? new Date(row.last_used_at) : null,
    revokedAt: row.revoked_at ? new Date(row.revoked_at) : null,
  };
}

/** Kysely implementation of the API-key ports. */
export function apiKeyStore(db: Kysely<Database>): ApiKeyPorts {
  return {
    insertApiKey(input, audit) {
      return db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto('api_keys')
          .values({
            organisation_id: input.organisationId,
            name: input.name,
            prefix: input.prefix,
            key_hash: input.keyHash,
            actions: JSON.stringify(input.actions),
            created_by: input.createdBy,
          })
          .returning(columns)
          .executeTakeFirstOrThrow();
        await auditStore(trx).appendAuditEntry({
          ...audit,
          organisationId: input.organisationId,
          action: 'api_key.create',
          outcome: 'success',
          target: { type: 'api_key', id: row.id },
        });
        return toApiKey(row);
      });
    },
    async listApiKeys(organisationId) {
      const rows = await db
        .selectFrom('api_keys')
        .select(columns)
        .where('organisation_id', '=', organisationId)
        .orderBy('created_at', 'desc')
        .execute();
      return rows.map(toApiKey);
    },
    async touchApiKey(keyHash, now) {
      const row = await db
        .updateTable('api_keys')
        .set({ last_used_at: now })
        .from('organisations')
        .whereRef('organisations.id', '=', 'api_keys.organisation_id')
        .where('api_keys.key_hash', '=', keyHash)
        .where('api_keys.revoked_at', 'is', null)
        .returning([...columns, 'organisations.slug as organisation_slug'])
        .executeTakeFirst();
      return row ? { ...toApiKey(row), organisationSlug: row.organisation_slug } : undefined;
    },
    revokeApiKey(organisationId, id, now, audit) {
      return db.transaction().execute(async (trx) => {
        const result = await trx
          .updateTable('api_keys')
          .set({ revoked_at: now })
          .where('organisation_id', '=', organisationId)
          .where('id', '=', id)
          .where('revoked_at', 'is', null)
          .executeTakeFirst();
        if (result.numUpdatedRows !== 1n) {
          return false;
        }
        await auditStore(trx).appendAuditEntry({
          ...audit,
          organisationId,
          action: 'api_key.revoke',
          outcome: 'success',
          target: { type: 'api_key', id },
        });
        return true;
      });
    },
  };
}
