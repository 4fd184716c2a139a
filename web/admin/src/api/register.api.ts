import { type ApiError, api, isApiError, isNotFound, request } from './client';
import type { components } from './schema';

type Schemas = components['schemas'];
export type RegisterVersion = Schemas['RegisterVersion'];
export type RegisterVersionSummary = Schemas['RegisterVersionSummary'];
export type RegisterChange = Schemas['RegisterChange'];
export type LintFinding = Schemas['LintFinding'];
export type RegisterProblem = Schemas['RegisterProblem'];
export type RegisterLintResult = Schemas['RegisterLintResult'];
export type RegisterApplyResult = Schemas['RegisterApplyResult'];

/** The export formats of `GET /api/register/export`, in the order the page offers them. */
export const EXPORT_FORMATS = ['art30-csv', 'art30-xlsx', 'json', 'dpv-jsonld', 'fides-yaml', 'markdown'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The active register, or `null` when the organisation has none yet (the API's 404). */
export async function fetchActiveRegister(signal: AbortSignal): Promise<RegisterVersion | null> {
  try {
    return await request(() => api.GET('/api/register', { signal }));
  } catch (error) {
    if (isNotFound(error)) {
      return null;
    }
    throw error;
  }
}

/** Every stored version, newest first. */
export async function fetchRegisterVersions(signal: AbortSignal): Promise<RegisterVersionSummary[]> {
  const { items } = await request(() => api.GET('/api/register/versions', { signal }));
  return items;
}

/** One stored version, with its source. */
export function fetchRegisterVersion(version: number, signal: AbortSignal): Promise<RegisterVersion> {
  return request(() => api.GET('/api/register/versions/{version}', { params: { path: { version } }, signal }));
}

/** What changed from version `from` to version `to`. */
export async function fetchRegisterDiff(from: number, to: number, signal: AbortSignal): Promise<RegisterChange[]> {
  const { changes } = await request(() => api.GET('/api/register/diff', { params: { query: { from, to } }, signal }));
  return changes;
}

/** Parses and lints a text without storing it. */
export function lintRegister(source: string, signal?: AbortSignal): Promise<RegisterLintResult> {
  return request(() => api.POST('/api/register/lint', { body: { source }, ...(signal ? { signal } : {}) }));
}

/** What applying a text would change against the active version (`from`, null when there is none yet). */
export interface RegisterPreview {
  from: number | null;
  changes: RegisterChange[];
  findings: LintFinding[];
}

/** The outcome of a dry run: the changes, or the parse problems (400) of a text that cannot be read. */
export type PreviewOutcome =
  | ({ kind: 'preview' } & RegisterPreview)
  | { kind: 'invalid'; problems: RegisterProblem[]; error: ApiError };

/** What `PUT /api/register` would change, without storing anything (`POST /api/register/diff`). */
export async function previewRegister(source: string, signal?: AbortSignal): Promise<PreviewOutcome> {
  try {
    const preview = await request(() =>
      api.POST('/api/register/diff', { body: { source }, ...(signal ? { signal } : {}) }),
    );
    return { kind: 'preview', ...preview };
  } catch (error) {
    if (isApiError(error) && error.kind === 'problem' && error.status === 400 && error.errors) {
      const problems = error.errors.filter(isRegisterProblem);
      if (problems.length > 0) {
        return { kind: 'invalid', problems, error };
      }
    }
    throw error;
  }
}

/**
 * The outcome of applying a text: stored (or unchanged), or refused with the reasons the API gave: parse
 * problems (400) or lint errors (422). Any other failure is thrown as an ApiError.
 */
export type ApplyOutcome =
  | { kind: 'applied'; result: RegisterApplyResult }
  | { kind: 'invalid'; problems: RegisterProblem[]; error: ApiError }
  | { kind: 'lint-errors'; findings: LintFinding[]; error: ApiError };

/** Stores the text as the new active version (`PUT /api/register`). */
export async function applyRegister(source: string, message: string): Promise<ApplyOutcome> {
  const trimmed = message.trim();
  try {
    const result = await request(() =>
      api.PUT('/api/register', { body: { source, ...(trimmed ? { message: trimmed } : {}) } }),
    );
    return { kind: 'applied', result };
  } catch (error) {
    if (isApiError(error) && error.kind === 'problem' && error.errors) {
      const problems = error.errors.filter(isRegisterProblem);
      const findings = error.errors.filter(isLintFinding);
      // A 400 of the request's own shape (say, an empty body) has other errors: that is shown as a problem.
      if (error.status === 400 && problems.length > 0) {
        return { kind: 'invalid', problems, error };
      }
      if (error.status === 422 && findings.length > 0) {
        return { kind: 'lint-errors', findings, error };
      }
    }
    throw error;
  }
}

/** The address that downloads the active register in `format`, with labels in `lang`. */
export function exportUrl(format: ExportFormat, lang: 'nl' | 'fr' | 'en'): string {
  return `/api/register/export?${new URLSearchParams({ format, lang }).toString()}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isRegisterProblem(value: unknown): value is RegisterProblem {
  return isRecord(value) && typeof value.line === 'number' && typeof value.message === 'string';
}

function isLintFinding(value: unknown): value is LintFinding {
  return isRecord(value) && typeof value.ruleId === 'string' && isRecord(value.message) && isRecord(value.fix);
}
