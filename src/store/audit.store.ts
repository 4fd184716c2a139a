import { type Kysely, type RawBuilder, sql, type Transaction } from 'kysely';
import { type AuditPorts, chainIdOf, INSTALL_CHAIN_ID } from '../domain/audit/audit.service.js';
import { type AuditEntry, chainEntry, GENESIS_HASH } from '../domain/audit/audit-chain.js';
import type { Database } from './schema.js';

type VerifyReason = 'hash_mismatch' | 'prev_hash_mismatch' | 'sequence_gap';

type EntryRow = {
  chain_id: string;
  seq: number | string;
  at: Date;
  actor_type: AuditEntry['actor']['type'];
  actor_id: string | null;
  action: string;
  outcome: AuditEntry['outcome'];
  target_type: string | null;
  target_id: string | null;
  request_id: string | null;
  ip: string | null;
  prev_hash: string;
  hash: string;
};

/** The last entry of a chain, read with the given executor (inside the append transaction, or not). */
async function chainHead(executor: Kysely<Database>, chainId: string) {
  const row = await executor
    .selectFrom('audit_entries')
    .select(['seq', 'hash'])
    .where('chain_id', '=', chainId)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? { seq: Number(row.seq), hash: row.hash } : undefined;
}

/** One canonical field in SQL: its UTF-8 byte length, a colon and the value; '-' for null. */
function f(expr: RawBuilder<unknown>) {
  return sql`case when ${expr} is null then '-' else octet_length(${expr})::text || ':' || ${expr} end`;
}

function toEntry(row: EntryRow): AuditEntry {
  const source = {
    ...(row.request_id === null ? {} : { requestId: row.request_id }),
    ...(row.ip === null ? {} : { ip: row.ip }),
  };
  return {
    organisationId: row.chain_id === INSTALL_CHAIN_ID ? null : row.chain_id,
    seq: Number(row.seq),
    at: new Date(row.at).toISOString(),
    actor: row.actor_id === null ? { type: row.actor_type } : { type: row.actor_type, id: row.actor_id },
    action: row.action,
    outcome: row.outcome,
    ...(row.target_type !== null && row.target_id !== null
      ? { target: { type: row.target_type, id: row.target_id } }
      : {}),
    ...(Object.keys(source).length > 0 ? { source } : {}),
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

/**
 * Kysely implementation of the audit ports. Pass a transaction as `db` to write the entry in the same
 * transaction as the change it records (STYLE.md); appends to one chain are serialised by an advisory lock.
 */
export function auditStore(
  db: Kysely<Database> | Transaction<Database>,
  options: {
    /** Connections to verify on at once (PostgreSQL: 2; PGlite has one). */
    parallelism?: number;
    /** Smallest range worth its own connection. */
    minRangeSize?: number;
  } = {},
): AuditPorts {
  const findChainHead = (chainId: string) => chainHead(db, chainId);

  /**
   * The first broken link with lo <= seq <= hi, recomputing each hash in SQL with the canonical form of
   * canonicalEntry(): byte-length-prefixed fields, '-' for null, joined by '|', the time exactly as toISOString()
   * writes it. Keep the two in step (test/store/audit.test.ts proves they agree on any content).
   */
  async function findFirstBrokenLink(chainId: string, lo: number, hi: number) {
    const result = await sql<{ seq: string; reason: VerifyReason }>`
      with e as (
        select seq, prev_hash, hash,
               lag(seq) over (order by seq) as prev_seq,
               lag(hash) over (order by seq) as prev_actual,
               encode(sha256(convert_to(concat_ws('|',
                 'v1', seq::text, prev_hash,
                 case when chain_id = ${INSTALL_CHAIN_ID}::uuid then '-' else '36:' || chain_id::text end,
                 ${f(sql`to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`)},
                 ${f(sql`actor_type`)}, ${f(sql`actor_id`)}, ${f(sql`action`)}, ${f(sql`outcome`)},
                 ${f(sql`target_type`)}, ${f(sql`target_id`)}, ${f(sql`request_id`)}, ${f(sql`ip`)}
               ), 'UTF8')), 'hex') as computed
        from audit_entries
        where chain_id = ${chainId}::uuid and seq between ${lo - 1} and ${hi}
      )
      select case
               when prev_seq is null and seq <> 1 then
                 (select coalesce(max(a.seq), 0) + 1 from audit_entries a where a.chain_id = ${chainId}::uuid and a.seq < e.seq)
               when prev_seq <> seq - 1 then prev_seq + 1
               else seq end as seq,
             case when coalesce(prev_seq, 0) <> seq - 1 then 'sequence_gap'
                  when prev_hash <> coalesce(prev_actual, ${GENESIS_HASH}) then 'prev_hash_mismatch'
                  else 'hash_mismatch' end as reason
      from e
      where e.seq >= ${lo}
        and (coalesce(prev_seq, 0) <> seq - 1 or prev_hash <> coalesce(prev_actual, ${GENESIS_HASH}) or computed <> hash)
      order by e.seq
      limit 1`.execute(db);
    const row = result.rows[0];
    return row ? { seq: Number(row.seq), reason: row.reason } : undefined;
  }

  async function append(trx: Kysely<Database>, event: Parameters<AuditPorts['appendAuditEntry']>[0]) {
    const chainId = chainIdOf(event.organisationId);
    await sql`select pg_advisory_xact_lock(hashtextextended(${chainId}, 7))`.execute(trx);
    const head = await chainHead(trx, chainId);
    // The time is stored at millisecond precision, as hashed, so that it reads back identically.
    const entry = chainEntry(head, {
      ...event,
      at: new Date(event.at).toISOString(),
    });
    await trx
      .insertInto('audit_entries')
      .values({
        chain_id: chainId,
        seq: entry.seq,
        at: entry.at,
        actor_type: entry.actor.type,
        actor_id: entry.actor.id ?? null,
        action: entry.action,
        outcome: entry.outcome,
        target_type: entry.target?.type ?? null,
        target_id: entry.target?.id ?? null,
        request_id: entry.source?.requestId ?? null,
        ip: entry.source?.ip ?? null,
        prev_hash: entry.prevHash,
        hash: entry.hash,
      })
      .execute();
    return entry;
  }

  return {
    async appendAuditEntry(event) {
      if (db.isTransaction) {
        return append(db, event);
      }
      return db.transaction().execute((trx) => append(trx, event));
    },

    async verifyChainInStore(chainId, anchors) {
      const head = await findChainHead(chainId);
      const max = head?.seq ?? 0;
      // Split the chain into ranges checked on separate connections (window functions do not run in parallel
      // inside PostgreSQL); each range also reads the row before it, to check the link across the boundary.
      const parts = Math.max(1, Math.min(options.parallelism ?? 1, Math.ceil(max / (options.minRangeSize ?? 50_000))));
      const size = Math.ceil(max / parts);
      const ranges = Array.from({ length: parts }, (_, i) => [i * size + 1, Math.min(max, (i + 1) * size)] as const);
      const found = await Promise.all(ranges.map(([lo, hi]) => findFirstBrokenLink(chainId, lo, hi)));
      const first = found.filter((f) => f !== undefined).sort((a, b) => a.seq - b.seq)[0];
      if (first) {
        return { ok: false, seq: first.seq, reason: first.reason };
      }
      const count = max;
      const hashes = new Map<number, string>();
      const anchored = anchors.filter((a) => a.seq <= count).map((a) => a.seq);
      if (anchored.length > 0) {
        const rows = await db
          .selectFrom('audit_entries')
          .select(['seq', 'hash'])
          .where('chain_id', '=', chainId)
          .where('seq', 'in', anchored)
          .execute();
        for (const r of rows) {
          hashes.set(Number(r.seq), r.hash);
        }
      }
      for (const anchor of [...anchors].sort((a, b) => a.seq - b.seq)) {
        if (anchor.seq > count) {
          return { ok: false, seq: count + 1, reason: 'truncated' };
        }
        if (hashes.get(anchor.seq) !== anchor.hash) {
          return { ok: false, seq: anchor.seq, reason: 'anchor_mismatch' };
        }
      }
      return { ok: true, count, head: head ?? null };
    },

    async *readAuditEntries(chainId, batchSize) {
      let after = 0;
      const fetch = (from: number) =>
        db
          .selectFrom('audit_entries')
          .selectAll()
          .where('chain_id', '=', chainId)
          .where('seq', '>', from)
          .orderBy('seq')
          .limit(batchSize)
          .execute();
      // Fetch the next batch while the caller hashes this one: the database works on the other core.
      let pending = fetch(after);
      for (;;) {
        const rows = await pending;
        if (rows.length === 0) {
          return;
        }
        after = Number(rows.at(-1)?.seq ?? after);
        pending = rows.length === batchSize ? fetch(after) : Promise.resolve([]);
        yield rows.map(toEntry);
      }
    },

    findChainHead,

    async insertAnchor({ chainId, seq, hash, at }) {
      await db
        .insertInto('audit_anchors')
        .values({ chain_id: chainId, seq, hash, created_at: at })
        .onConflict((oc) => oc.columns(['chain_id', 'seq']).doNothing())
        .execute();
    },

    async searchAuditEntries(chainId, query) {
      let q = db.selectFrom('audit_entries').selectAll().where('chain_id', '=', chainId);
      if (query.action) {
        q = q.where('action', '=', query.action);
      }
      if (query.actorId) {
        q = q.where('actor_id', '=', query.actorId);
      }
      if (query.outcome) {
        q = q.where('outcome', '=', query.outcome);
      }
      if (query.from) {
        q = q.where('at', '>=', new Date(query.from));
      }
      if (query.to) {
        q = q.where('at', '<=', new Date(query.to));
      }
      if (query.beforeSeq !== undefined) {
        q = q.where('seq', '<', query.beforeSeq);
      }
      const rows = await q.orderBy('seq', 'desc').limit(query.limit).execute();
      return rows.map(toEntry);
    },

    async listAnchors(chainId) {
      const rows = await db
        .selectFrom('audit_anchors')
        .selectAll()
        .where('chain_id', '=', chainId)
        .orderBy('seq')
        .execute();
      return rows.map((r) => ({
        organisationId: r.chain_id === INSTALL_CHAIN_ID ? null : r.chain_id,
        seq: Number(r.seq),
        hash: r.hash,
        at: new Date(r.created_at).toISOString(),
      }));
    },
  };
}
