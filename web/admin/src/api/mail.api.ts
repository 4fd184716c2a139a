import { api, request } from './client';
import type { components } from './schema';

export type MailLogEntry = components['schemas']['MailLogEntry'];
export type MailStatus = MailLogEntry['status'];

export const MAIL_STATUSES: readonly MailStatus[] = ['pending', 'sent', 'failed'];

/** The kinds of mail Dijk sends today (the filter offers these; the server takes any kind). */
export const MAIL_KINDS = [
  'password_reset',
  'account_locked',
  'password_changed',
  'totp_reset',
  'consent_confirmation',
  'consent_receipt',
  'preferences_link',
  'parental_consent',
  'marketing',
  'audit_anchor',
] as const;

/** Whose mails: the organisation's, or the install's account mails (install owner only). */
export type MailScope = 'organisation' | 'install';

export interface MailFilters {
  scope: MailScope;
  kind?: string;
  status?: MailStatus;
}

/** One page of the mail log, newest first; `before` pages back from the last mail shown. Reading it is audited. */
export async function fetchMailLog(
  filters: MailFilters,
  page: { before?: string; limit: number },
  signal?: AbortSignal,
): Promise<MailLogEntry[]> {
  const query = { ...filters, limit: page.limit, ...(page.before ? { before: page.before } : {}) };
  const { items } = await request(() => api.GET('/api/mail', { params: { query }, ...(signal ? { signal } : {}) }));
  return items;
}
