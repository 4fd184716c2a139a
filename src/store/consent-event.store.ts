import { type Kysely, sql } from 'kysely';
import type { ConsentEvent, ConsentEventType } from '../domain/consent/consent.js';
import type { ChoiceStats, ConsentEventFilter, ConsentPorts } from '../domain/consent/consent.service.js';
import type { PreparedStatement, Store } from './db.js';
import type { Database } from './schema.js';

/** A `consent_events` row with its values still unread (raw SQL gives them untyped). */
export type ConsentEventRow = Database['consent_events'] extends infer T ? { [K in keyof T]: unknown } : never;

/** A `consent_events` row (as Kysely or raw SQL gives it) as a domain event. */
export function toConsentEvent(row: ConsentEventRow): ConsentEvent {
  const date = (v: unknown) => (v === null || v === undefined ? null : new Date(v as string | Date));
  return {
    id: row.id as string,
    organisationId: row.organisation_id as string,
    recordId: row.record_id as string,
    subjectType: row.subject_type as ConsentEvent['subjectType'],
    subjectKey: row.subject_key as string,
    purposeId: row.purpose_id as string,
    purposeHash: row.purpose_hash as string,
    event: row.event as ConsentEvent['event'],
    channel: row.channel as ConsentEvent['channel'],
    method: row.method as ConsentEvent['method'],
    noticeHash: row.notice_hash as string | null,
    registerVersion: Number(row.register_version),
    language: row.language as string | null,
    siteId: row.site_id as string | null,
    ipPrefix: row.ip_prefix as string | null,
    userAgentHash: row.user_agent_hash as string | null,
    actor: row.actor as string | null,
    expiresAt: date(row.expires_at),
    at: date(row.at) as Date,
  };
}

/**
 * The ledger append: one statement whatever the number of events. The rows go in as one JSON parameter that
 * `json_to_recordset` turns into typed rows (one parameter instead of one per column per row, and a constant text,
 * so nothing is compiled per call). A refusal of a consent whose last event gave it becomes a withdrawal, decided
 * inside the same statement from the index on (record_id, at).
 */
const APPEND_EVENTS: PreparedStatement = {
  name: 'dijk_consent_append_v1',
  text: `
  insert into consent_events (id, organisation_id, record_id, subject_type, subject_key, purpose_id, purpose_hash,
    event, channel, method, notice_hash, register_version, language, site_id, ip_prefix, user_agent_hash, actor,
    expires_at, at)
  select u.id, u.organisation_id, u.record_id, u.subject_type, u.subject_key, u.purpose_id, u.purpose_hash,
    case when u.event = 'refused' and prev.event in ('given', 'renewed') then 'withdrawn' else u.event end,
    u.channel, u.method, u.notice_hash, u.register_version, u.language, u.site_id, u.ip_prefix, u.user_agent_hash,
    u.actor,
    case when u.event = 'refused' and prev.event in ('given', 'renewed') then null else u.expires_at end,
    u.at
  from json_to_recordset($1::json) as u(id uuid, organisation_id uuid, record_id uuid, subject_type text,
    subject_key text, purpose_id text, purpose_hash text, event text, channel text, method text, notice_hash text,
    register_version integer, language text, site_id uuid, ip_prefix text, user_agent_hash text, actor text,
    expires_at timestamptz, at timestamptz)
  left join lateral (
    select e.event from consent_events e where e.record_id = u.record_id order by e.at desc, e.id desc limit 1
  ) prev on true
  returning id, event`,
};

/**
 * Appends events with one prepared statement (see {@link APPEND_EVENTS}); answers what was stored for each id.
 * Prepared, because planning the statement cost more than inserting ten rows (docs/benchmarks.md, `consent`).
 */
export async function appendConsentEvents(
  store: Pick<Store, 'prepared'>,
  events: readonly ConsentEvent[],
): Promise<{ id: string; event: ConsentEventType }[]> {
  if (events.length === 0) {
    return [];
  }
  const rows = events.map((e) => ({
    id: e.id,
    organisation_id: e.organisationId,
    record_id: e.recordId,
    subject_type: e.subjectType,
    subject_key: e.subjectKey,
    purpose_id: e.purposeId,
    purpose_hash: e.purposeHash,
    event: e.event,
    channel: e.channel,
    method: e.method,
    notice_hash: e.noticeHash,
    register_version: e.registerVersion,
    language: e.language,
    site_id: e.siteId,
    ip_prefix: e.ipPrefix,
    user_agent_hash: e.userAgentHash,
    actor: e.actor,
    expires_at: e.expiresAt?.toISOString() ?? null,
    at: e.at.toISOString(),
  }));
  return store.prepared<{ id: string; event: ConsentEventType }>(APPEND_EVENTS, [JSON.stringify(rows)]);
}

/** Kysely implementation of the ledger's read ports and the notices. */
export function consentEventStore(
  db: Kysely<Database>,
): Pick<
  ConsentPorts,
  'findEvents' | 'choiceStats' | 'saveNotices' | 'findNotices' | 'findSubjectByEmail' | 'ensureSubject'
> {
  return {
    async findEvents(organisationId, filter: ConsentEventFilter) {
      let query = db.selectFrom('consent_events').selectAll().where('organisation_id', '=', organisationId);
      if (filter.subjectKey !== undefined) {
        query = query.where('subject_key', '=', filter.subjectKey);
      }
      if (filter.purposeId !== undefined) {
        query = query.where('purpose_id', '=', filter.purposeId);
      }
      if (filter.recordId !== undefined) {
        query = query.where('record_id', '=', filter.recordId);
      }
      if (filter.siteId !== undefined) {
        query = query.where('site_id', '=', filter.siteId);
      }
      if (filter.from !== undefined) {
        query = query.where('at', '>=', filter.from);
      }
      if (filter.to !== undefined) {
        query = query.where('at', '<', filter.to);
      }
      if (filter.before !== undefined) {
        const { at, id } = filter.before;
        query = query.where((eb) => eb.or([eb('at', '<', at), eb.and([eb('at', '=', at), eb('id', '<', id)])]));
      }
      const rows = await query.orderBy('at', 'desc').orderBy('id', 'desc').limit(filter.limit).execute();
      return rows.map((r) => toConsentEvent(r as ConsentEventRow));
    },

    async choiceStats(organisationId, range): Promise<ChoiceStats> {
      const site = range.siteId === undefined ? sql`true` : sql`site_id = ${range.siteId}`;
      const days = await sql<{ day: string; method: string; choices: string | number }>`
        select to_char(date_trunc('day', at at time zone 'UTC'), 'YYYY-MM-DD') as day, method,
          count(distinct (subject_key, at)) as choices
        from consent_events
        where organisation_id = ${organisationId} and channel = 'banner' and ${site}
          and at >= ${range.from.toISOString()}::timestamptz and at < ${range.to.toISOString()}::timestamptz
        group by 1, 2 order by 1`.execute(db);
      const purposes = await sql<{ purpose_id: string; given: string; refused: string; withdrawn: string }>`
        select purpose_id,
          count(*) filter (where event in ('given', 'renewed')) as given,
          count(*) filter (where event = 'refused') as refused,
          count(*) filter (where event = 'withdrawn') as withdrawn
        from consent_events
        where organisation_id = ${organisationId} and ${site}
          and at >= ${range.from.toISOString()}::timestamptz and at < ${range.to.toISOString()}::timestamptz
        group by purpose_id order by purpose_id`.execute(db);
      const byDay = new Map<string, ChoiceStats['days'][number]>();
      const field = {
        accept_all: 'acceptAll',
        reject_all: 'rejectAll',
        custom: 'custom',
        gpc: 'gpc',
        withdraw: 'withdraw',
      } as const;
      for (const row of days.rows) {
        const entry = byDay.get(row.day) ?? {
          day: row.day,
          acceptAll: 0,
          rejectAll: 0,
          custom: 0,
          gpc: 0,
          withdraw: 0,
        };
        const key = field[row.method as keyof typeof field];
        if (key) {
          entry[key] += Number(row.choices);
        }
        byDay.set(row.day, entry);
      }
      return {
        days: [...byDay.values()],
        purposes: purposes.rows.map((r) => ({
          purposeId: r.purpose_id,
          given: Number(r.given),
          refused: Number(r.refused),
          withdrawn: Number(r.withdrawn),
        })),
      };
    },

    async saveNotices(organisationId, notices) {
      if (notices.length === 0) {
        return;
      }
      await db
        .insertInto('consent_notices')
        .values(
          notices.map((n) => ({
            organisation_id: organisationId,
            hash: n.hash,
            kind: n.kind,
            language: n.language,
            register_version: n.registerVersion,
            content: JSON.stringify(n.content),
          })),
        )
        .onConflict((oc) => oc.columns(['organisation_id', 'hash']).doNothing())
        .execute();
    },

    async findNotices(organisationId, hashes) {
      const rows = await db
        .selectFrom('consent_notices')
        .selectAll()
        .where('organisation_id', '=', organisationId)
        .where('hash', 'in', [...hashes])
        .execute();
      return rows.map((r) => ({
        hash: r.hash,
        kind: r.kind,
        language: r.language,
        registerVersion: r.register_version,
        content: typeof r.content === 'string' ? JSON.parse(r.content) : r.content,
        createdAt: new Date(r.created_at),
      }));
    },

    async findSubjectByEmail(organisationId, email) {
      return db
        .selectFrom('consent_subjects')
        .select('id')
        .where('organisation_id', '=', organisationId)
        .where('email', '=', email)
        .executeTakeFirst();
    },

    async ensureSubject(organisationId, email, language) {
      await db
        .insertInto('consent_subjects')
        .values({ organisation_id: organisationId, email, language })
        .onConflict((oc) => oc.columns(['organisation_id', 'email']).doNothing())
        .execute();
      return db
        .selectFrom('consent_subjects')
        .select('id')
        .where('organisation_id', '=', organisationId)
        .where('email', '=', email)
        .executeTakeFirstOrThrow();
    },
  };
}

/**
 * Writes an `expired` event for every consent of a known person (forms, preference centre) whose last event was a
 * consent or refusal past its expiry, so the ledger shows the expiry as an event and not only as a derived state.
 * Banner visitors' choices expire in the browser and in the derived state; writing a row per visitor would double
 * the ledger for nothing. Idempotent: an expired consent's last event is then `expired`.
 */
export async function appendExpiredEvents(db: Kysely<Database>, now: Date): Promise<number> {
  const result = await sql`
    insert into consent_events (id, organisation_id, record_id, subject_type, subject_key, purpose_id, purpose_hash,
      event, channel, method, notice_hash, register_version, language, site_id, ip_prefix, user_agent_hash, actor,
      expires_at, at)
    select gen_random_uuid(), last.organisation_id, last.record_id, last.subject_type, last.subject_key,
      last.purpose_id, last.purpose_hash, 'expired', 'system', 'expiry', null, last.register_version, last.language,
      last.site_id, null, null, null, null, ${now.toISOString()}::timestamptz
    from (
      select distinct on (record_id) *
      from consent_events
      where subject_type = 'subject'
      order by record_id, at desc, id desc
    ) last
    where last.event in ('given', 'renewed', 'refused')
      and last.expires_at is not null and last.expires_at <= ${now.toISOString()}::timestamptz`.execute(db);
  return Number(result.numAffectedRows ?? 0n);
}
