import { hash } from 'node:crypto';

/** The hash before the first entry of every organisation's chain. */
export const GENESIS_HASH = '0'.repeat(64);

/** Who acted. Never a data subject's identity: the audit log records access to personal data, not the data. */
export interface AuditActor {
  type: 'user' | 'api_key' | 'system' | 'anonymous';
  /** A user id or API key id; absent for system and anonymous. */
  id?: string;
}

/** The content of an audit entry, before it is chained. */
export interface AuditEvent {
  organisationId: string | null;
  /** ISO 8601 time of the event. */
  at: string;
  actor: AuditActor;
  /** What was done, as `area.verb` (e.g. `register.apply`, `person.read`, `auth.login`). */
  action: string;
  outcome: 'success' | 'denied' | 'failure';
  /** The record acted on, by type and id only. */
  target?: { type: string; id: string };
  /** Where from: the request id and the client address (security logging, Art. 32). */
  source?: { requestId?: string; ip?: string };
}

/** Who acts and from where: what a use case passes down so the store can record the change it makes. */
export type AuditContext = Pick<AuditEvent, 'actor' | 'source'>;

/** A chained entry: its sequence number in the organisation's chain, the previous hash and its own. */
export interface AuditEntry extends AuditEvent {
  seq: number;
  prevHash: string;
  hash: string;
}

/**
 * A field prefixed with its UTF-8 byte length: unambiguous whatever the content, much cheaper than JSON
 * encoding, and computable in SQL (`octet_length`), so the database can verify the chain where the data is.
 */
function field(value: string | null | undefined): string {
  return value === null || value === undefined ? '-' : `${Buffer.byteLength(value, 'utf8')}:${value}`;
}

/**
 * The bytes an entry's hash covers, in a fixed field order (not generic JSON key-sorting: verification of a
 * million entries must stay well under five seconds). Every field is length-prefixed, so no two different entries
 * share a canonical form.
 */
export function canonicalEntry(seq: number, prevHash: string, e: AuditEvent): string {
  return `v1|${seq}|${prevHash}|${field(e.organisationId)}|${field(e.at)}|${field(e.actor.type)}|${field(e.actor.id)}|${field(e.action)}|${field(e.outcome)}|${field(e.target?.type)}|${field(e.target?.id)}|${field(e.source?.requestId)}|${field(e.source?.ip)}`;
}

/** sha256 of the canonical entry (one-shot `crypto.hash`: no Hash object per entry). */
export function hashEntry(seq: number, prevHash: string, event: AuditEvent): string {
  return hash('sha256', canonicalEntry(seq, prevHash, event), 'hex');
}

/** Chains an event after `previous` (or at the start of a chain). */
export function chainEntry(previous: { seq: number; hash: string } | undefined, event: AuditEvent): AuditEntry {
  const seq = (previous?.seq ?? 0) + 1;
  const prevHash = previous?.hash ?? GENESIS_HASH;
  return { ...event, seq, prevHash, hash: hashEntry(seq, prevHash, event) };
}

/** A published chain head: whoever holds it can later prove the chain was not truncated below it. */
export interface AuditAnchor {
  organisationId: string | null;
  seq: number;
  hash: string;
  at: string;
}

export type VerifyFailure =
  | { ok: false; seq: number; reason: 'hash_mismatch' | 'prev_hash_mismatch' | 'sequence_gap' }
  | { ok: false; seq: number; reason: 'truncated' | 'anchor_mismatch' };

export type VerifyResult = { ok: true; count: number; head: { seq: number; hash: string } | null } | VerifyFailure;

/**
 * Incremental verifier: feed entries in sequence order (from a database cursor, in batches) and ask for the
 * result at the end. Detects a modified entry (its hash no longer matches), a removed or reordered entry (a gap
 * in the sequence, or a prev-hash that is not the hash before it) and, given anchors, truncation of the tail.
 */
export function createChainVerifier(anchors: readonly AuditAnchor[] = []) {
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let failure: VerifyFailure | undefined;
  const anchorBySeq = new Map(anchors.map((a) => [a.seq, a.hash]));

  return {
    /** Checks the next entry; returns false once the chain is known to be broken. */
    push(entry: AuditEntry): boolean {
      if (failure) {
        return false;
      }
      if (entry.seq !== expectedSeq) {
        failure = { ok: false, seq: expectedSeq, reason: 'sequence_gap' };
        return false;
      }
      if (entry.prevHash !== prevHash) {
        failure = { ok: false, seq: entry.seq, reason: 'prev_hash_mismatch' };
        return false;
      }
      const computed = hashEntry(entry.seq, entry.prevHash, entry);
      if (computed !== entry.hash) {
        failure = { ok: false, seq: entry.seq, reason: 'hash_mismatch' };
        return false;
      }
      const anchored = anchorBySeq.get(entry.seq);
      if (anchored !== undefined && anchored !== computed) {
        failure = { ok: false, seq: entry.seq, reason: 'anchor_mismatch' };
        return false;
      }
      prevHash = computed;
      expectedSeq++;
      return true;
    },

    result(): VerifyResult {
      if (failure) {
        return failure;
      }
      const count = expectedSeq - 1;
      const highestAnchor = Math.max(0, ...anchorBySeq.keys());
      if (highestAnchor > count) {
        return { ok: false, seq: count + 1, reason: 'truncated' };
      }
      return { ok: true, count, head: count === 0 ? null : { seq: count, hash: prevHash } };
    },
  };
}

/** Verifies a whole chain held in memory. */
export function verifyChain(entries: Iterable<AuditEntry>, anchors: readonly AuditAnchor[] = []): VerifyResult {
  const verifier = createChainVerifier(anchors);
  for (const entry of entries) {
    if (!verifier.push(entry)) {
      break;
    }
  }
  return verifier.result();
}
