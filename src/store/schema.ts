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
  statement_publications: {
    id: Generated<string>;
    organisation_id: string;
    number: number;
    register_version: number;
    effective_from: ColumnType<Date | string, string, string>;
    published_at: Timestamp;
    published_by: string;
    material: boolean;
    changes: ColumnType<unknown, string, string>;
  };
  api_keys: {
    id: Generated<string>;
    organisation_id: string;
    name: string;
    prefix: string;
    key_hash: string;
    actions: ColumnType<unknown, string, string>;
    created_by: string;
    created_at: Timestamp;
    last_used_at: Date | null;
    revoked_at: Date | null;
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
    /** Null for a session started from a one-time setup link (owner of every organisation). */
    user_id: ColumnType<string | null, string | null | undefined, string | null>;
    idle_expires_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  };
  users: {
    id: Generated<string>;
    email: string;
    password_hash: string;
    totp_secret: string | null;
    totp_enabled_at: Date | null;
    totp_last_step: ColumnType<number | null, number | null | undefined, number | null>;
    disabled_at: Date | null;
    failed_login_count: ColumnType<number, number | undefined, number>;
    last_failed_login_at: Date | null;
    locked_until: Date | null;
    created_at: Timestamp;
    updated_at: Timestamp;
    /** The language of the admin UI at the last login: mails nobody asked for (the lock notice) use it. */
    preferred_language: ColumnType<'nl' | 'fr' | 'en' | null, 'nl' | 'fr' | 'en' | null | undefined>;
  };
  user_recovery_codes: {
    id: Generated<string>;
    user_id: string;
    code_hash: string;
    created_at: Timestamp;
    used_at: Date | null;
  };
  memberships: { user_id: string; organisation_id: string; role: Role; created_at: Timestamp };
  login_attempts: { key_hash: string; failures: number; last_failure_at: Date; locked_until: Date | null };
  install_keys: { name: string; key: string; created_at: Timestamp };
  mail_outbox: {
    id: Generated<string>;
    organisation_id: string | null;
    kind: string;
    recipient: string;
    subject: string;
    text_body: string | null;
    html_body: string | null;
    headers: ColumnType<Record<string, string>, string | undefined, string>;
    secret: ColumnType<boolean, boolean | undefined, boolean>;
    status: ColumnType<'pending' | 'sent' | 'failed', 'pending' | 'sent' | 'failed' | undefined>;
    attempts: ColumnType<number, number | undefined, number>;
    next_attempt_at: Timestamp;
    last_error: string | null;
    message_id: string | null;
    created_at: Timestamp;
    sent_at: Date | null;
  };
  sites: {
    id: Generated<string>;
    organisation_id: string;
    name: string;
    site_key: string;
    origins: ColumnType<string[], string, string>;
    created_by: string;
    created_at: Timestamp;
    revoked_at: Date | null;
  };
  consent_notices: {
    organisation_id: string;
    hash: string;
    kind: 'banner' | 'form' | 'preference_centre' | 'admin';
    language: string;
    register_version: number;
    content: ColumnType<unknown, string, string>;
    created_at: Timestamp;
  };
  consent_subjects: {
    id: Generated<string>;
    organisation_id: string;
    email: string;
    language: string | null;
    parent_email: string | null;
    created_at: Timestamp;
  };
  consent_events: {
    id: string;
    organisation_id: string;
    record_id: string;
    subject_type: 'visitor' | 'subject';
    subject_key: string;
    purpose_id: string;
    purpose_hash: string;
    event: 'given' | 'refused' | 'withdrawn' | 'expired' | 'renewed';
    channel: 'banner' | 'form' | 'api' | 'preference_centre' | 'admin' | 'mail' | 'system';
    method: string;
    notice_hash: string | null;
    register_version: number;
    language: string | null;
    site_id: string | null;
    ip_prefix: string | null;
    user_agent_hash: string | null;
    actor: string | null;
    expires_at: Date | null;
    at: Timestamp;
  };
  password_reset_tokens: {
    id: Generated<string>;
    user_id: string;
    token_hash: string;
    created_at: Timestamp;
    expires_at: Timestamp;
    used_at: Date | null;
  };
}
