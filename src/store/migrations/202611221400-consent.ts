import { type Kysely, sql } from 'kysely';

/**
 * Consent (LEGAL.md §5, ISO/IEC TS 27560): sites with their public site keys, the exact notices shown (stored once
 * by hash), the people who consent through forms, and the append-only ledger of consent events. The current state
 * of a consent is derived from its events, never overwritten; `consent_events` is only ever inserted into.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table sites (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations (id) on delete cascade,
      name text not null check (length(name) between 1 and 100),
      site_key text not null unique,
      origins jsonb not null default '[]'::jsonb,
      created_by text not null,
      created_at timestamptz not null default now(),
      revoked_at timestamptz
    )`.execute(db);
  await sql`create index sites_organisation_idx on sites (organisation_id)`.execute(db);

  await sql`
    create table consent_notices (
      organisation_id uuid not null references organisations (id) on delete cascade,
      hash text not null,
      kind text not null check (kind in ('banner', 'form', 'preference_centre', 'admin')),
      language text not null,
      register_version integer not null,
      content jsonb not null,
      created_at timestamptz not null default now(),
      primary key (organisation_id, hash)
    )`.execute(db);

  await sql`
    create table consent_subjects (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations (id) on delete cascade,
      email text not null,
      language text,
      parent_email text,
      created_at timestamptz not null default now(),
      unique (organisation_id, email)
    )`.execute(db);

  await sql`
    create table consent_events (
      id uuid primary key,
      organisation_id uuid not null references organisations (id) on delete cascade,
      record_id uuid not null,
      subject_type text not null check (subject_type in ('visitor', 'subject')),
      subject_key text not null,
      purpose_id text not null,
      purpose_hash text not null,
      event text not null check (event in ('given', 'refused', 'withdrawn', 'expired', 'renewed')),
      channel text not null check (channel in ('banner', 'form', 'api', 'preference_centre', 'admin', 'mail', 'system')),
      method text not null,
      notice_hash text,
      register_version integer not null,
      language text,
      site_id uuid references sites (id) on delete set null,
      ip_prefix text,
      user_agent_hash text,
      actor text,
      expires_at timestamptz,
      at timestamptz not null default now()
    )`.execute(db);
  await sql`create index consent_events_subject_idx on consent_events (organisation_id, subject_key, purpose_id, at)`.execute(
    db,
  );
  await sql`create index consent_events_record_idx on consent_events (record_id, at)`.execute(db);
  await sql`create index consent_events_site_at_idx on consent_events (organisation_id, site_id, at)`.execute(db);
}
