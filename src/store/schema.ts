import type { ColumnType, Generated } from 'kysely';
import type { Role } from '../domain/accounts/policy.js';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

/** Table types for Kysely. Keep in step with src/store/migrations. */
export interface Database {
  dijk_migrations: { name: string; applied_at: Timestamp };
  organisations: { id: Generated<string>; slug: string; name: string; created_at: Timestamp };
  people: {
    id: Generated<string>;
    organisation_id: string;
    display_name: string;
    email: string | null;
    created_at: Timestamp;
  };
  register_versions: {
    id: Generated<string>;
    organisation_id: string;
    version: number;
    hash: string;
    content: ColumnType<unknown, string, string>;
    source: string;
    source_format: 'yaml' | 'json';
    author: string;
    message: string;
    created_at: Timestamp;
  };
  audit_entries: {
    chain_id: string;
    seq: ColumnType<number, number, number>;
    at: Timestamp;
    actor_type: 'user' | 'api_key' | 'system' | 'anonymous';
    actor_id: string | null;
    action: string;
    outcome: 'success' | 'denied' | 'failure';
    target_type: string | null;
    target_id: string | null;
    request_id: string | null;
    ip: string | null;
    prev_hash: string;
    hash: string;
  };
  audit_anchors: { chain_id: string; seq: ColumnType<number, number, number>; hash: string; created_at: Timestamp };
  admin_login_tokens: {
    id: Generated<string>;
    token_hash: string;
    created_at: Timestamp;
    expires_at: Timestamp;
    used_at: Date | null;
  };
  admin_sessions: {
    id: Generated<string>;
    token_hash: string;
    role: ColumnType<Role, Role | undefined, Role>;
    created_at: Timestamp;
    last_seen_at: Timestamp;
    expires_at: Timestamp;
  };
}
