import type { AuditEvent } from '../audit/audit-chain.js';

/** A stored, immutable version of an organisation's register. */
export interface RegisterVersion {
  id: string;
  organisationId: string;
  /** 1, 2, 3 … per organisation; the highest is the active register. */
  version: number;
  /** sha256 of the canonical register (hashRegister), so an unchanged apply stores nothing. */
  hash: string;
  /** The validated register. */
  content: unknown;
  /** The text as its author wrote it. */
  source: string;
  sourceFormat: 'yaml' | 'json';
  author: string;
  message: string;
  createdAt: Date;
}

/** A version without its content, for history listings. */
export type RegisterVersionSummary = Omit<RegisterVersion, 'content' | 'source'>;

/** The audit entry of a stored version; the store adds the version as its target, in the same transaction. */
export type RegisterAuditEvent = Omit<AuditEvent, 'target' | 'organisationId' | 'at' | 'action' | 'outcome'>;

/** What the register-version service needs from the store. */
export interface RegisterVersionPorts {
  /**
   * Stores the next version number for the organisation and, in the same transaction, its audit entry
   * (`register.apply`), so there is never a version without its record or a record without its version.
   */
  insertVersion(
    input: Omit<RegisterVersion, 'id' | 'version' | 'createdAt'>,
    audit: RegisterAuditEvent & { at: string },
  ): Promise<RegisterVersion>;
  findLatestVersion(organisationId: string): Promise<RegisterVersion | undefined>;
  findVersion(organisationId: string, version: number): Promise<RegisterVersion | undefined>;
  listVersions(organisationId: string): Promise<RegisterVersionSummary[]>;
}

/** Detects the text format: JSON when the first non-blank character opens an object. */
export function detectSourceFormat(text: string): 'yaml' | 'json' {
  return /^\s*\{/.test(text) ? 'json' : 'yaml';
}
