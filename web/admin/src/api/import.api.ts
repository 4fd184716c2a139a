import { api, request } from './client';
import type { LintFinding, RegisterProblem } from './register.api';
import type { components } from './schema';

export type ImportResult = components['schemas']['ImportResult'];
export type ImportFinding = ImportResult['findings'][number];
export type DraftSource = ImportResult['draft']['sources'][number];
export type ImportLanguage = 'auto' | 'nl' | 'fr' | 'en';

export const IMPORT_LANGUAGES: readonly ImportLanguage[] = ['auto', 'nl', 'fr', 'en'];

/** The largest file `POST /api/import` takes (the server answers 413 above it). */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/** The file types the Import page offers; the server also sniffs the content. */
export const IMPORT_ACCEPT = '.txt,.html,.htm,.pdf,text/plain,text/html,application/pdf';

/** The media type to send a file as: from its extension first (browsers disagree on `File.type`). */
export function importMediaType(file: { name: string; type: string }): string {
  const extension = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase();
  switch (extension) {
    case 'txt':
      return 'text/plain';
    case 'html':
    case 'htm':
      return 'text/html';
    case 'pdf':
      return 'application/pdf';
    default:
      return file.type || 'application/octet-stream';
  }
}

/**
 * Reads a statement (`POST /api/import`, the file itself as the body) and returns what it commits to and the
 * draft register. A refused file (empty, too large, wrong type, binary, scanned PDF, unsupported language) throws
 * an ApiError whose `detail` says why.
 */
export function importStatement(file: File, lang: ImportLanguage, signal?: AbortSignal): Promise<ImportResult> {
  return request(() =>
    api.POST('/api/import', {
      params: { query: { lang, name: file.name.slice(0, 200) } },
      // The operation has no JSON body: the file goes as it is, with its own media type.
      body: file as never,
      bodySerializer: () => file,
      headers: { 'Content-Type': importMediaType(file) },
      ...(signal ? { signal } : {}),
    }),
  );
}

/** The draft's schema problems and lint findings, typed (the API declares them as unknown[]). */
export function draftChecks(result: ImportResult): { problems: RegisterProblem[]; findings: LintFinding[] } {
  return {
    problems: result.draft.problems.filter(isRecordWith('line', 'message')) as RegisterProblem[],
    findings: result.draft.findings.filter(isRecordWith('ruleId', 'severity')) as LintFinding[],
  };
}

function isRecordWith(...keys: string[]): (value: unknown) => boolean {
  return (value) => typeof value === 'object' && value !== null && keys.every((key) => key in value);
}
