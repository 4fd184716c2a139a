import { type Kysely, sql } from 'kysely';

/**
 * The tamper-evident audit log: one hash chain per organisation (install-level events, such as a failed login
 * for an unknown account, use the all-zero organisation id). Entries name who, what, which record, when and from
 * where; never the personal data itself. Anchors are published chain heads, so truncation is detectable.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table audit_entries (
      chain_id uuid not null,
      seq bigint not null check (seq > 0),
      at timestamptz not null,
      actor_type text not null check (actor_type in ('user', 'api_key', 'system', 'anonymous')),
      actor_id text,
      action text not null,
      outcome text not null check (outcome in ('success', 'denied', 'failure')),
      target_type text,
      target_id text,
      request_id text,
      ip text,
      prev_hash text not null,
      hash text not null,
      primary key (chain_id, seq)
    )`.execute(db);
  await sql`create index audit_entries_chain_at_idx on audit_entries (chain_id, at)`.execute(db);
  await sql`create index audit_entries_chain_action_idx on audit_entries (chain_id, action)`.execute(db);

  await sql`
    create table audit_anchors (
      chain_id uuid not null,
      seq bigint not null,
      hash text not null,
      created_at timestamptz not null default now(),
      primary key (chain_id, seq)
    )`.execute(db);
}
