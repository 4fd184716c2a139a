import type { AuditContext } from '../audit/audit-chain.js';
import type { RegisterChange } from '../register/index.js';

/**
 * A published statement: a register version made public from an effective date. Only publishing makes a register
 * version the statement people read; earlier publications stay reachable at stable URLs.
 */
export interface StatementPublication {
  id: string;
  organisationId: string;
  /** 1, 2, 3 … per organisation: the statement version people see. */
  number: number;
  registerVersion: number;
  /** YYYY-MM-DD; the publication is current from this date on. */
  effectiveFrom: string;
  publishedAt: Date;
  publishedBy: string;
  /** True when the register changed materially since the previous publication (people must be told). */
  material: boolean;
  /** What changed since the previous publication, in words; empty for the first. */
  changes: RegisterChange[];
}

/** What the publication service needs from the store. */
export interface StatementPublicationPorts {
  /**
   * Stores a publication and its audit entry in one transaction. `number` is the one after the newest the caller
   * read: a publication made in between (a race) holds that number already, and the insert is refused with
   * `conflict` instead of adding a second publication of the same register version, or one whose changes were
   * compared with an older statement.
   */
  insertPublication(
    input: Omit<StatementPublication, 'id' | 'publishedAt'>,
    audit: AuditContext & { at: string },
  ): Promise<StatementPublication>;
  listPublications(organisationId: string): Promise<StatementPublication[]>;
  findPublication(organisationId: string, number: number): Promise<StatementPublication | undefined>;
}

/** YYYY-MM-DD of a date, in UTC. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * The publication in force on a day: the latest whose effective date has come. A publication with a future
 * effective date is announced (listed) but not yet current.
 */
export function currentPublication(
  publications: readonly StatementPublication[],
  today: string,
): StatementPublication | undefined {
  return [...publications]
    .filter((p) => p.effectiveFrom <= today)
    .sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom) || b.number - a.number)[0];
}
