import type { Kysely } from 'kysely';
import type { Site, SitePorts } from '../domain/consent/site.js';
import { auditStore } from './audit.store.js';
import type { Database } from './schema.js';

const columns = [
  'sites.id',
  'sites.organisation_id',
  'organisations.slug',
  'sites.name',
  'sites.site_key',
  'sites.origins',
  'sites.created_by',
  'sites.created_at',
  'sites.revoked_at',
] as const;

type Row = {
  id: string;
  organisation_id: string;
  slug: string;
  name: string;
  site_key: string;
  origins: unknown;
  created_by: string;
  created_at: Date;
  revoked_at: Date | null;
};

function toSite(row: Row): Site {
  const origins = typeof row.origins === 'string' ? JSON.parse(row.origins) : row.origins;
  return {
    id: row.id,
    organisationId: row.organisation_id,
    organisationSlug: row.slug,
    name: row.name,
    siteKey: row.site_key,
    origins: origins as string[],
    createdBy: row.created_by,
    createdAt: new Date(row.created_at),
    revokedAt: row.revoked_at ? new Date(row.revoked_at) : null,
  };
}

/** Kysely implementation of the site ports. */
export function siteStore(db: Kysely<Database>): SitePorts {
  const select = () => db.selectFrom('sites').innerJoin('organisations', 'organisations.id', 'sites.organisation_id');
  return {
    insertSite(input, audit) {
      return db.transaction().execute(async (trx) => {
        const { id } = await trx
          .insertInto('sites')
          .values({
            organisation_id: input.organisationId,
            name: input.name,
            site_key: input.siteKey,
            origins: JSON.stringify(input.origins),
            created_by: input.createdBy,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await auditStore(trx).appendAuditEntry({
          ...audit,
          organisationId: input.organisationId,
          action: 'site.create',
          outcome: 'success',
          target: { type: 'site', id },
        });
        const row = await trx
          .selectFrom('sites')
          .innerJoin('organisations', 'organisations.id', 'sites.organisation_id')
          .select(columns)
          .where('sites.id', '=', id)
          .executeTakeFirstOrThrow();
        return toSite(row);
      });
    },
    async listSites(organisationId) {
      const rows = await select()
        .select(columns)
        .where('sites.organisation_id', '=', organisationId)
        .orderBy('sites.created_at', 'desc')
        .execute();
      return rows.map(toSite);
    },
    async findSiteByKey(siteKey) {
      const row = await select().select(columns).where('sites.site_key', '=', siteKey).executeTakeFirst();
      return row ? toSite(row) : undefined;
    },
    revokeSite(organisationId, id, now, audit) {
      return db.transaction().execute(async (trx) => {
        const result = await trx
          .updateTable('sites')
          .set({ revoked_at: now })
          .where('organisation_id', '=', organisationId)
          .where('id', '=', id)
          .where('revoked_at', 'is', null)
          .executeTakeFirst();
        if (result.numUpdatedRows === 0n) {
          return false;
        }
        await auditStore(trx).appendAuditEntry({
          ...audit,
          organisationId,
          action: 'site.revoke',
          outcome: 'success',
          target: { type: 'site', id },
        });
        return true;
      });
    },
  };
}
