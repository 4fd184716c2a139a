import { type Kysely, sql } from 'kysely';

/**
 * Sessions carry the role they act with. Sessions started from a one-time setup link (the first visit, the demo)
 * act as owner; user accounts will start sessions with their own role.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    alter table admin_sessions
      add column role text not null default 'owner'
        check (role in ('owner', 'privacy_officer', 'editor', 'auditor', 'operator'))`.execute(db);
}
