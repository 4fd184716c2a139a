import { type Kysely, sql } from 'kysely';

/**
 * The spine: organisations (every row that belongs to one carries its id, so one install serves several), the
 * built-in store's people, and the one-time login links and sessions of the admin UI.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table organisations (
      id uuid primary key default gen_random_uuid(),
      slug text not null unique check (slug ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
      name text not null check (length(name) between 1 and 200),
      created_at timestamptz not null default now()
    )`.execute(db);

  // The built-in store's data subjects: the people an organisation without its own systems keeps in Dijk.
  await sql`
    create table people (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations (id) on delete cascade,
      display_name text not null,
      email text,
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index people_organisation_id_idx on people (organisation_id)`.execute(db);
  await sql`create index people_organisation_email_idx on people (organisation_id, lower(email))`.execute(db);

  await sql`
    create table admin_login_tokens (
      id uuid primary key default gen_random_uuid(),
      token_hash text not null unique,
      created_at timestamptz not null default now(),
      expires_at timestamptz not null,
      used_at timestamptz
    )`.execute(db);

  await sql`
    create table admin_sessions (
      id uuid primary key default gen_random_uuid(),
      token_hash text not null unique,
      created_at timestamptz not null default now(),
      last_seen_at timestamptz not null default now(),
      expires_at timestamptz not null
    )`.execute(db);
  await sql`create index admin_sessions_expires_at_idx on admin_sessions (expires_at)`.execute(db);
  await sql`create index admin_login_tokens_expires_at_idx on admin_login_tokens (expires_at)`.execute(db);
}
