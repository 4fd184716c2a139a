import { type ApiError, api, isApiError, isNotFound, request } from './client';
import type { components } from './schema';

/** One published statement version, as `GET /api/statements` lists it. */
export type StatementPublication = components['schemas']['StatementPublication'];

export type StatementLang = 'nl' | 'fr' | 'en';
export type StatementKind = 'privacy' | 'cookies';
export const STATEMENT_LANGS: readonly StatementLang[] = ['nl', 'fr', 'en'];
export const STATEMENT_KINDS: readonly StatementKind[] = ['privacy', 'cookies'];

/** Every publication, newest first. */
export async function fetchPublications(signal: AbortSignal): Promise<StatementPublication[]> {
  const { items } = await request(() => api.GET('/api/statements', { signal }));
  return items;
}

/**
 * The HTML fragment (`<article lang>`) of the statement the active register would publish, or `null` when there
 * is no register yet (404). The server builds it from plain-text nodes and escapes every register text, so it
 * holds only Dijk's own tags (see `ServerStatementHtml`, the one place that renders it).
 */
export async function fetchStatementPreview(
  lang: StatementLang,
  kind: StatementKind,
  signal: AbortSignal,
): Promise<string | null> {
  try {
    return await request(() =>
      api.GET('/api/statements/preview', { params: { query: { lang, kind } }, parseAs: 'text', signal }),
    );
  } catch (error) {
    if (isNotFound(error)) {
      return null;
    }
    throw error;
  }
}

/**
 * The outcome of publishing: the new publication, or refused because this register version is already the latest
 * publication (409), or because the date is in the past or malformed (400). Anything else is thrown.
 */
export type PublishOutcome =
  | { kind: 'published'; publication: StatementPublication }
  | { kind: 'already-published'; error: ApiError }
  | { kind: 'invalid-date'; error: ApiError };

/** Publishes `registerVersion` as the statement, in force from `effectiveFrom` (YYYY-MM-DD). */
export async function publishStatement(registerVersion: number, effectiveFrom: string): Promise<PublishOutcome> {
  try {
    const publication = await request(() =>
      api.POST('/api/statements/publish', { body: { registerVersion, effectiveFrom } }),
    );
    return { kind: 'published', publication };
  } catch (error) {
    if (isApiError(error) && error.kind === 'problem' && error.status === 409) {
      return { kind: 'already-published', error };
    }
    if (isApiError(error) && error.kind === 'problem' && error.status === 400) {
      return { kind: 'invalid-date', error };
    }
    throw error;
  }
}

/** The public addresses of the statement in force and of one published version. */
export const publicUrls = {
  current: (kind: StatementKind, lang: StatementLang) => `/${kind}/${lang}`,
  version: (kind: StatementKind, n: number, lang: StatementLang) => `/${kind}/v/${n}/${lang}`,
  versions: (lang: StatementLang) => `/privacy/versions?lang=${lang}`,
  changes: (from: number, to: number, lang: StatementLang) => `/privacy/changes?from=${from}&to=${to}&lang=${lang}`,
};

/**
 * Today as YYYY-MM-DD, the earliest date the server accepts: the later of the browser's own date and the UTC date
 * (the server compares with the UTC day, so west of Greenwich in the evening "today" is already tomorrow there).
 */
export function earliestEffectiveDate(now: Date = new Date()): string {
  const local = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  const utc = now.toISOString().slice(0, 10);
  return local > utc ? local : utc;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
