import { type Kysely, sql } from 'kysely';

/**
 * Published statements: which register version is the public statement from which date. Each publication is
 * immutable and keeps its change notice (what changed since the previous one, in words).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table statement_publications (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations (id) on delete cascade,
      number integer not null check (number > 0),
      register_version integer not null,
      effective_from date not null,
      published_at timestamptz not null default now(),
      published_by text not null,
      material boolean not null,
      changes jsonb not null default '[]'::jsonb,
      unique (organisation_id, number),
      foreign key (organisation_id, register_version) references register_versions (organisation_id, version)
    )`.execute(db);
  await sql`create index statement_publications_org_effective_idx on statement_publications (organisation_id, effective_from)`.execute(
    db,
  );
}
