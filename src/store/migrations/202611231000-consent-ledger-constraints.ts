import { type Kysely, sql } from 'kysely';

/**
 * The consent ledger keeps no foreign keys. They did two things, both wrong for a ledger of proof: `on delete set
 * null` on the site would rewrite stored events, and `on delete cascade` on the organisation would erase the proof
 * with it; and their per-row checks (a `for key share` lookup of the same organisation and site row by every
 * concurrent write) were a fifth of the database's cost per event (docs/benchmarks.md, `consent`). Every event is
 * written by the consent service from a site and organisation it has just read, and nothing deletes either.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table consent_events drop constraint if exists consent_events_organisation_id_fkey`.execute(db);
  await sql`alter table consent_events drop constraint if exists consent_events_site_id_fkey`.execute(db);
}
