import { type Kysely, sql } from 'kysely';
import type { RegisterVersion, RegisterVersionPorts } from '../domain/register/register-version.js';
import { AppError } from '../errors.js';
import { auditStore } from './audit.store.js';
import type { Database } from './schema.js';

const summaryColumns = [
  'id',
  'organisation_id',
  'version',
  'hash',
  'source_format',
  'author',
  'message',
  'created_at',
] as const;

type Row = {
  id: string;
  organisation_id: string;
  version: number;
  hash: string;
  source_format: 'yaml' | 'json';
  author: string;
  message: string;
  created_at: Date;
};

function toSummary(row: Row) {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    version: row.version,
    hash: row.hash,
    sourceFormat: row.source_format,
    author: row.author,
    message: row.message,
    createdAt: new Date(row.created_at),
  };
}

function toVersion(row: Row & { content: unknown; source: string }): RegisterVersion {
  // PGlite and pg both parse jsonb; a string here would mean a driver that does not.
  const content = typeof row.content === 'string' ? JSON.parse(row.content) : row.content;
  return { ...toSummary(row), content, source: row.source };
}

/** Kysely implementation of the register-version ports. */
export function registerVersionStore(db: Kysely<Database>): RegisterVersionPorts {
  const full = [...summaryColumns, 'content', 'source'] as const;
  return {
    async insertVersion(input, audit) {
      try {
        return await db.transaction().execute(async (trx) => {
          const row = await trx
            .insertInto('register_versions')
            .values({
              organisation_id: input.organisationId,
              // Next number computed in the same statement; the unique (organisation_id, version) index turns a race
              // between two applies into a conflict instead of two versions with one number.
              version: sql<number>`(select coalesce(max(version), 0) + 1 from register_versions where organisation_id = ${input.organisationId})`,
              hash: input.hash,
              content: JSON.stringify(input.content),
              source: input.source,
              source_format: input.sourceFormat,
              author: input.author,
              message: input.message,
            })
            .returning(full)
            .executeTakeFirstOrThrow();
          await auditStore(trx).appendAuditEntry({
            ...audit,
            organisationId: input.organisationId,
            action: 'register.apply',
            outcome: 'success',
            target: { type: 'register_version', id: row.id },
          });
          return toVersion(row);
        });
      } catch (error) {
        if ((error as { code?: string }).code === '23505') {
          throw new AppError('conflict', {
            message: 'Another register version was stored at the same time; try again.',
          });
        }
        throw error;
      }
    },
    async findLatestVersion(organisationId) {
      const row = await db
        .selectFrom('register_versions')
        .select(full)
        .where('organisation_id', '=', organisationId)
        .orderBy('version', 'desc')
        .limit(1)
        .executeTakeFirst();
      return row ? toVersion(row) : undefined;
    },
    async findVersion(organisationId, version) {
      const row = await db
        .selectFrom('register_versions')
        .select(full)
        .where('organisation_id', '=', organisationId)
        .where('version', '=', version)
        .executeTakeFirst();
      return row ? toVersion(row) : undefined;
    },
    async listVersions(organisationId) {
      const rows = await db
        .selectFrom('register_versions')
        .select(summaryColumns)
        .where('organisation_id', '=', organisationId)
        .orderBy('version', 'desc')
        .execute();
      return rows.map(toSummary);
    },
  };
}
