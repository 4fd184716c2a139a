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

/** What the register-version service needs from the store. */
export interface RegisterVersionPorts {
  /** Stores the next version number for the organisation; retried by the service when two applies race. */
  insertVersion(input: Omit<RegisterVersion, 'id' | 'version' | 'createdAt'>): Promise<RegisterVersion>;
  findLatestVersion(organisationId: string): Promise<RegisterVersion | undefined>;
  findVersion(organisationId: string, version: number): Promise<RegisterVersion | undefined>;
  listVersions(organisationId: string): Promise<RegisterVersionSummary[]>;
}

/** Detects the text format: JSON when the first non-blank character opens an object. */
export function detectSourceFormat(text: string): 'yaml' | 'json' {
  return /^\s*\{/.test(text) ? 'json' : 'yaml';
}
