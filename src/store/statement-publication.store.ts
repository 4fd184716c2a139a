import type { Kysely } from 'kysely';
import type { RegisterChange } from '../domain/register/index.js';
import type { StatementPublication, StatementPublicationPorts } from '../domain/statement/statement-publication.js';
import { AppError } from '../errors.js';
import { auditStore } from './audit.store.js';
import type { Database } from './schema.js';

const columns = [
  'id',
  'organisation_id',
  'number',
  'register_version',
  'effective_from',
  'published_at',
  'published_by',
  'material',
  'changes',
] as const;

type Row = {
  id: string;
  organisation_id: string;
  number: number;
  register_version: number;
  effective_from: Date | string;
  published_at: Date;
  published_by: string;
  material: boolean;
  changes: unknown;
};

/** A `date` column as YYYY-MM-DD: pg returns a local-midnight Date, PGlite a Date too; never shift the day. */
function day(value: Date | string): string {
  if (typeof value === 'string') {
    return value.slice(0, 10);
  }
  const y = value.getFullYear();
  const m = String(value.getMonth() + 1).padStart(2, '0');
  const d = String(value.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

function toPublication(row: Row): StatementPublication {
  const changes = typeof row.changes === 'string' ? JSON.parse(row.changes) : row.changes;
  return {
    id: row.id,
    organisationId: row.organisation_id,
    number: row.number,
    registerVersion: row.register_version,
    effectiveFrom: day(row.effective_from),
    publishedAt: new Date(row.published_at),
    publishedBy: row.published_by,
    material: row.material,
    changes: changes as RegisterChange[],
  };
}

/** Kysely implementation of the publication ports. */
export function statementPublicationStore(db: Kysely<Database>): StatementPublicationPorts {
  return {
    async insertPublication(input, audit) {
      try {
        return await db.transaction().execute(async (trx) => {
          const row = await trx
            .insertInto('statement_publications')
            .values({
              organisation_id: input.organisationId,
              // The number after the newest the service read; the unique index turns a race into a conflict.
              number: input.number,
              register_version: input.registerVersion,
              effective_from: input.effectiveFrom,
              published_by: input.publishedBy,
              material: input.material,
              changes: JSON.stringify(input.changes),
            })
            .returning(columns)
            .executeTakeFirstOrThrow();
          await auditStore(trx).appendAuditEntry({
            ...audit,
            organisationId: input.organisationId,
            action: 'statement.publish',
            outcome: 'success',
            target: { type: 'statement_publication', id: row.id },
          });
          return toPublication(row as Row);
        });
      } catch (error) {
        if ((error as { code?: string }).code === '23505') {
          throw new AppError('conflict', { message: 'Another statement was published at the same time; try again.' });
        }
        throw error;
      }
    },
    async listPublications(organisationId) {
      const rows = await db
        .selectFrom('statement_publications')
        .select(columns)
        .where('organisation_id', '=', organisationId)
        .orderBy('number', 'desc')
        .execute();
      return rows.map((r) => toPublication(r as Row));
    },
    async findPublication(organisationId, number) {
      const row = await db
        .selectFrom('statement_publications')
        .select(columns)
        .where('organisation_id', '=', organisationId)
        .where('number', '=', number)
        .executeTakeFirst();
      return row ? toPublication(row as Row) : undefined;
    },
  };
}
