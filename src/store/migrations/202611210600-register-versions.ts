import { type Kysely, sql } from 'kysely';

/**
 * Immutable register versions per organisation. The active register is always a stored version: the one with the
 * highest number. `source` keeps the text as written (YAML or JSON) so a version can be shown and diffed exactly
 * as its author wrote it; `content` is the validated register.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table register_versions (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations (id) on delete cascade,
      version integer not null check (version > 0),
      hash text not null check (hash ~ '^[0-9a-f]{64}$'),
      content jsonb not null,
      source text not null,
      source_format text not null check (source_format in ('yaml', 'json')),
      author text not null,
      message text not null default '',
      created_at timestamptz not null default now(),
      unique (organisation_id, version)
    )`.execute(db);
  await sql`create index register_versions_org_created_idx on register_versions (organisation_id, created_at)`.execute(
    db,
  );
  await sql`create index register_versions_org_hash_idx on register_versions (organisation_id, hash)`.execute(db);
}
