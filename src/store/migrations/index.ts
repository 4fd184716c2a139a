import type { Kysely } from 'kysely';
import * as m202611210500 from './202611210500-initial.js';
import * as m202611210600 from './202611210600-register-versions.js';
import * as m202611210700 from './202611210700-audit-log.js';
import * as m202611210800 from './202611210800-session-roles.js';
import * as m202611221000 from './202611221000-accounts.js';
import * as m202611221100 from './202611221100-statement-publications.js';
import * as m202611221200 from './202611221200-api-keys.js';
import * as m202611221300 from './202611221300-mail-outbox.js';
import * as m202611221400 from './202611221400-consent.js';
import * as m202611221500 from './202611221500-password-reset.js';
import * as m202611231000 from './202611231000-consent-ledger-constraints.js';

/** A forward-only migration: plain SQL in `up`, run in its own transaction. */
export interface Migration {
  readonly name: string;
  up(db: Kysely<any>): Promise<void>;
}

/**
 * Every migration, oldest first. Listed by hand (not read from the folder) so the set is fixed at build time and
 * a file cannot be skipped by a packaging mistake. Names are `<YYYYMMDDHHmm>-<kebab>` and never change.
 */
export const migrations: readonly Migration[] = [
  { name: '202611210500-initial', ...m202611210500 },
  { name: '202611210600-register-versions', ...m202611210600 },
  { name: '202611210700-audit-log', ...m202611210700 },
  { name: '202611210800-session-roles', ...m202611210800 },
  { name: '202611221000-accounts', ...m202611221000 },
  { name: '202611221100-statement-publications', ...m202611221100 },
  { name: '202611221200-api-keys', ...m202611221200 },
  { name: '202611221300-mail-outbox', ...m202611221300 },
  { name: '202611221400-consent', ...m202611221400 },
  { name: '202611221500-password-reset', ...m202611221500 },
  { name: '202611231000-consent-ledger-constraints', ...m202611231000 },
];
