import { type Kysely, sql } from 'kysely';

/**
 * Password reset by mail (docs/security.md): single-use tokens valid for an hour, stored as SHA-256 hashes like the
 * setup links (a token has 256 random bits, so a plain hash suffices). A user's language is remembered at login so
 * that mails nobody asked for (the lock notice) are written in it.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table password_reset_tokens (
      id uuid primary key default gen_random_uuid(),
      user_id uuid not null references users (id) on delete cascade,
      token_hash text not null unique,
      created_at timestamptz not null default now(),
      expires_at timestamptz not null,
      used_at timestamptz
    )`.execute(db);
  await sql`create index password_reset_tokens_user_id_idx on password_reset_tokens (user_id, created_at)`.execute(db);
  await sql`create index password_reset_tokens_expires_at_idx on password_reset_tokens (expires_at)`.execute(db);
  await sql`
    alter table users
      add column preferred_language text check (preferred_language in ('nl', 'fr', 'en'))`.execute(db);
}
