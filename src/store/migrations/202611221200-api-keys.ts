import { type Kysely, sql } from 'kysely';

/**
 * API keys: for a website's consent banner, a form backend or an agency's scripts. Scoped to one organisation
 * and a list of actions; only the SHA-256 of the key is stored (the key has 256 random bits); shown once.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table api_keys (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations (id) on delete cascade,
      name text not null check (length(name) between 1 and 100),
      prefix text not null,
      key_hash text not null unique,
      actions jsonb not null,
      created_by text not null,
      created_at timestamptz not null default now(),
      last_used_at timestamptz,
      revoked_at timestamptz
    )`.execute(db);
  await sql`create index api_keys_organisation_id_idx on api_keys (organisation_id)`.execute(db);
}
