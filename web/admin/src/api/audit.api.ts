import { api, request } from './client';
import type { components } from './schema';

export type AuditEntry = components['schemas']['AuditEntry'];
export type AuditVerifyResult = components['schemas']['AuditVerifyResult'];
export type AuditAnchor = components['schemas']['AuditAnchor'];
export type AuditOutcome = AuditEntry['outcome'];

export const AUDIT_OUTCOMES: readonly AuditOutcome[] = ['success', 'denied', 'failure'];

/** The filters of the audit search; dates are ISO date-times with an offset. */
export interface AuditFilters {
  action?: string;
  actor?: string;
  outcome?: AuditOutcome;
  from?: string;
  to?: string;
}

/** Where the whole chain downloads as JSON lines, oldest first. */
export const AUDIT_EXPORT_URL = '/api/audit/export';

/** One page of entries, newest first; `beforeSeq` pages backwards from the last entry shown. */
export async function fetchAuditEntries(
  filters: AuditFilters,
  page: { beforeSeq?: number; limit: number },
  signal?: AbortSignal,
): Promise<AuditEntry[]> {
  const query = { ...filters, limit: page.limit, ...(page.beforeSeq ? { beforeSeq: page.beforeSeq } : {}) };
  const { items } = await request(() => api.GET('/api/audit', { params: { query }, ...(signal ? { signal } : {}) }));
  return items;
}

/** Recomputes the chain on the server and reports the first broken link. */
export function verifyAudit(): Promise<AuditVerifyResult> {
  return request(() => api.GET('/api/audit/verify'));
}

export async function fetchAuditAnchors(signal: AbortSignal): Promise<AuditAnchor[]> {
  const { items } = await request(() => api.GET('/api/audit/anchors', { signal }));
  return items;
}
