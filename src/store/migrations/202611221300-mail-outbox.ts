import { type Kysely, sql } from 'kysely';

/**
 * The mail outbox: every mail Dijk sends (password reset, account lock, double opt-in confirmation, consent
 * receipt, preference link, marketing) is first a row here, written in the same transaction as the change that
 * causes it, then delivered by the outbox job through nodemailer with retries. `secret` mails (those carrying a
 * token) lose their bodies once delivered, so nobody reading the mail log can reuse a link.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table mail_outbox (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid references organisations (id) on delete cascade,
      kind text not null check (length(kind) between 1 and 50),
      recipient text not null,
      subject text not null,
      text_body text,
      html_body text,
      headers jsonb not null default '{}'::jsonb,
      secret boolean not null default false,
      status text not null default 'pending' check (status in ('pending', 'sent', 'failed')),
      attempts integer not null default 0,
      next_attempt_at timestamptz not null default now(),
      last_error text,
      message_id text,
      created_at timestamptz not null default now(),
      sent_at timestamptz
    )`.execute(db);
  await sql`create index mail_outbox_pending_idx on mail_outbox (next_attempt_at) where status = 'pending'`.execute(db);
  await sql`create index mail_outbox_organisation_idx on mail_outbox (organisation_id, created_at desc)`.execute(db);
}
