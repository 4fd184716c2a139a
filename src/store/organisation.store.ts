import type { Kysely } from 'kysely';
import type { Organisation } from '../domain/organisations/organisation.js';
import type { OrganisationPorts } from '../domain/organisations/organisation.service.js';
import type { Database } from './schema.js';

const columns = ['id', 'slug', 'name', 'created_at'] as const;

function toOrganisation(row: { id: string; slug: string; name: string; created_at: Date }): Organisation {
  return { id: row.id, slug: row.slug, name: row.name, createdAt: new Date(row.created_at) };
}

/** Kysely implementation of the organisation ports. */
export function organisationStore(db: Kysely<Database>): OrganisationPorts {
  return {
    async insertOrganisation({ slug, name }) {
      const row = await db
        .insertInto('organisations')
        .values({ slug, name })
        .onConflict((oc) => oc.column('slug').doNothing())
        .returning(columns)
        .executeTakeFirst();
      return row ? toOrganisation(row) : undefined;
    },
    async listOrganisations() {
      const rows = await db.selectFrom('organisations').select(columns).orderBy('created_at').orderBy('slug').execute();
      return rows.map(toOrganisation);
    },
    async findOrganisationBySlug(slug) {
      const row = await db.selectFrom('organisations').select(columns).where('slug', '=', slug).executeTakeFirst();
      return row ? toOrganisation(row) : undefined;
    },
  };
}
