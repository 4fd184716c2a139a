import type { AuditAnchor, AuditEntry, AuditEvent, VerifyResult } from './audit-chain.js';
import { createChainVerifier } from './audit-chain.js';

/** The chain of install-level events (no organisation), e.g. a failed login for an unknown account. */
export const INSTALL_CHAIN_ID = '00000000-0000-0000-0000-000000000000';

/** What the audit service needs from the store. */
export interface AuditPorts {
  /** Appends to the chain inside the caller's transaction (or its own), serialised per chain. */
  appendAuditEntry(event: AuditEvent): Promise<AuditEntry>;
  /**
   * Recomputes the chain inside the database (same canonical form and hash as {@link hashEntry}) and reports the
   * first broken link; reading a million rows into the process would cost more than the hashing itself.
   */
  verifyChainInStore(chainId: string, anchors: readonly AuditAnchor[]): Promise<VerifyResult>;
  /** Entries of a chain in sequence order, in batches (for export and off-line verification). */
  readAuditEntries(chainId: string, batchSize: number): AsyncIterable<AuditEntry[]>;
  findChainHead(chainId: string): Promise<{ seq: number; hash: string } | undefined>;
  /** Stores an anchor of a chain head, made at `at` (the service's clock, which the daily job compares with). */
  insertAnchor(anchor: { chainId: string; seq: number; hash: string; at: Date }): Promise<void>;
  listAnchors(chainId: string): Promise<AuditAnchor[]>;
  /** Entries of a chain, newest first, filtered; `beforeSeq` pages backwards. */
  searchAuditEntries(chainId: string, query: AuditQuery): Promise<AuditEntry[]>;
}

/** A search of the audit log (the admin page): every filter optional, newest first. */
export interface AuditQuery {
  action?: string;
  actorId?: string;
  outcome?: AuditEntry['outcome'];
  /** ISO times, inclusive. */
  from?: string;
  to?: string;
  beforeSeq?: number;
  limit: number;
}

/** The chain id of an organisation (or of the install). */
export function chainIdOf(organisationId: string | null): string {
  return organisationId ?? INSTALL_CHAIN_ID;
}

/** Appending, verifying and anchoring the audit log. */
export function auditServiceFactory(deps: { store: AuditPorts; now: () => Date }) {
  const { store, now } = deps;
  return {
    /** Records an event. Call it with a store bound to the transaction of the change it records. */
    record(event: Omit<AuditEvent, 'at'> & { at?: string }): Promise<AuditEntry> {
      return store.appendAuditEntry({ ...event, at: event.at ?? now().toISOString() });
    },

    /** Recomputes the whole chain and reports the first broken link, checking every anchor too. */
    async verify(organisationId: string | null): Promise<VerifyResult> {
      const chainId = chainIdOf(organisationId);
      return store.verifyChainInStore(chainId, await store.listAnchors(chainId));
    },

    /**
     * The same check done in this process over entries read back in batches: slower, but independent of the
     * database's own functions (used by tests to prove both agree, and for exported logs).
     */
    async verifyInProcess(organisationId: string | null, batchSize = 20_000): Promise<VerifyResult> {
      const chainId = chainIdOf(organisationId);
      const verifier = createChainVerifier(await store.listAnchors(chainId));
      for await (const batch of store.readAuditEntries(chainId, batchSize)) {
        for (const entry of batch) {
          if (!verifier.push(entry)) {
            return verifier.result();
          }
        }
      }
      return verifier.result();
    },

    /** Entries of the chain, newest first, filtered. */
    search: (organisationId: string | null, query: AuditQuery) =>
      store.searchAuditEntries(chainIdOf(organisationId), query),

    /** Every published anchor of the chain. */
    listAnchors: (organisationId: string | null) => store.listAnchors(chainIdOf(organisationId)),

    /** Every entry in sequence order, in batches (the export). */
    readAll: (organisationId: string | null, batchSize = 5_000) =>
      store.readAuditEntries(chainIdOf(organisationId), batchSize),

    /** Publishes the current head as an anchor (daily job; also exportable). */
    async anchor(organisationId: string | null): Promise<AuditAnchor | undefined> {
      const chainId = chainIdOf(organisationId);
      const head = await store.findChainHead(chainId);
      if (!head) {
        return undefined;
      }
      const at = now();
      await store.insertAnchor({ chainId, seq: head.seq, hash: head.hash, at });
      return { organisationId, seq: head.seq, hash: head.hash, at: at.toISOString() };
    },
  };
}

export type AuditService = ReturnType<typeof auditServiceFactory>;
