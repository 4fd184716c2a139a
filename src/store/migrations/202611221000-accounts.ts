import { type Kysely, sql } from 'kysely';

/**
 * User accounts (docs/security.md). Passwords are argon2id hashes (OWASP Password Storage Cheat Sheet); the TOTP
 * secret is kept in clear in this database (see docs/security.md: encrypting it with a key held in the same
 * database would protect nothing). Memberships give a user one role per organisation. Sessions started from a
 * one-time setup link have no user. Login throttling keys the client address by an HMAC with a per-install key,
 * never the address itself (GDPR Art. 5(1)(c), data minimisation).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table users (
      id uuid primary key default gen_random_uuid(),
      email text not null check (length(email) between 3 and 254),
      password_hash text not null,
      totp_secret text,
      totp_enabled_at timestamptz,
      totp_last_step bigint,
      disabled_at timestamptz,
      failed_login_count integer not null default 0 check (failed_login_count >= 0),
      last_failed_login_at timestamptz,
      locked_until timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create unique index users_email_lower_idx on users (lower(email))`.execute(db);

  await sql`
    create table user_recovery_codes (
      id uuid primary key default gen_random_uuid(),
      user_id uuid not null references users (id) on delete cascade,
      code_hash text not null unique,
      created_at timestamptz not null default now(),
      used_at timestamptz
    )`.execute(db);
  await sql`create index user_recovery_codes_user_id_idx on user_recovery_codes (user_id)`.execute(db);

  await sql`
    create table memberships (
      user_id uuid not null references users (id) on delete cascade,
      organisation_id uuid not null references organisations (id) on delete cascade,
      role text not null check (role in ('owner', 'privacy_officer', 'editor', 'auditor', 'operator')),
      created_at timestamptz not null default now(),
      primary key (user_id, organisation_id)
    )`.execute(db);
  await sql`create index memberships_organisation_id_idx on memberships (organisation_id)`.execute(db);

  await sql`
    alter table admin_sessions
      add column user_id uuid references users (id) on delete cascade,
      add column idle_expires_at timestamptz`.execute(db);
  await sql`create index admin_sessions_user_id_idx on admin_sessions (user_id)`.execute(db);

  // Throttling state per client address and per unknown e-mail address, keyed by an HMAC (never the value).
  await sql`
    create table login_attempts (
      key_hash text primary key,
      failures integer not null check (failures >= 0),
      last_failure_at timestamptz not null,
      locked_until timestamptz
    )`.execute(db);
  await sql`create index login_attempts_last_failure_at_idx on login_attempts (last_failure_at)`.execute(db);

  // Random per-install keys (the HMAC key of login_attempts), created on first use by the application.
  await sql`
    create table install_keys (
      name text primary key,
      key text not null,
      created_at timestamptz not null default now()
    )`.execute(db);
}
