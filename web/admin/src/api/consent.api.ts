import { api, request } from './client';
import type { components, paths } from './schema';

export type ConsentEvent = components['schemas']['ConsentEvent'];
export type ConsentStats = paths['/api/consents/stats']['get']['responses'][200]['content']['application/json'];
export type DayChoices = ConsentStats['days'][number];
export type PurposeFigures = ConsentStats['purposes'][number];

/** The filters of the consent search; `from` and `to` are ISO date-times with an offset. */
export interface ConsentFilters {
  /** An e-mail address of a consent subject, or a visitor id. */
  subject?: string;
  purpose?: string;
  site?: string;
  from?: string;
  to?: string;
}

/** One page of events, newest first; `next` is the cursor of the following (older) page, or null at the end. */
export interface ConsentEventPage {
  items: ConsentEvent[];
  next: string | null;
}

/** The periods the figures can show, in days. */
export const STATS_PERIODS = [7, 30, 90] as const;
export type StatsPeriod = (typeof STATS_PERIODS)[number];

/** Banner choices per day and the figures per purpose over the last `days` days, for one site or all. */
export function fetchConsentStats(query: { site?: string; days: number }, signal: AbortSignal): Promise<ConsentStats> {
  return request(() => api.GET('/api/consents/stats', { params: { query }, signal }));
}

/** One page of consent events; `before` is the `next` cursor of the page before. */
export function fetchConsentEvents(
  filters: ConsentFilters,
  page: { before?: string; limit: number },
  signal?: AbortSignal,
): Promise<ConsentEventPage> {
  const query = { ...filters, limit: page.limit, ...(page.before ? { before: page.before } : {}) };
  return request(() => api.GET('/api/consents', { params: { query }, ...(signal ? { signal } : {}) }));
}

/** Where the events matching `filters` download as CSV or JSON (same origin: the session cookie goes along). */
export function consentExportUrl(filters: ConsentFilters, format: 'csv' | 'json'): string {
  const query = new URLSearchParams({ format });
  for (const [key, value] of Object.entries(filters)) {
    if (typeof value === 'string' && value !== '') {
      query.set(key, value);
    }
  }
  return `/api/consents/export?${query.toString()}`;
}

/** The ISO/IEC TS 27560 consent record (`src/domain/consent/consent-record.ts`), as the API declares it. */
export type ConsentRecord = components['schemas']['ConsentRecord'];

/** The consent record of one subject × purpose, with its notices and every event. */
export async function fetchConsentRecord(recordId: string, signal: AbortSignal): Promise<ConsentRecord> {
  return request(() => api.GET('/api/consents/{recordId}/record', { params: { path: { recordId } }, signal }));
}

/** What a privacy officer records on a person's behalf. */
export interface OnBehalfConsent {
  email: string;
  purpose: string;
  given: boolean;
  language: 'nl' | 'fr' | 'en' | 'de';
  note?: string;
}

export type Mailing = components['schemas']['MailingBodyInput'];

/** Sends a mailing to everyone whose consent for its purpose counts now; answers how many it went to. */
export async function sendMailing(mailing: Mailing): Promise<{ recipients: number }> {
  return request(() => api.POST('/api/mailings', { body: mailing }));
}

/** Records a consent given (or withdrawn) on a person's behalf; answers the event stored. */
export async function recordConsentOnBehalf(input: OnBehalfConsent): Promise<ConsentEvent> {
  const { event } = await request(() => api.POST('/api/consents', { body: input }));
  return event;
}
