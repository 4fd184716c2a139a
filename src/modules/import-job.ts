import type { DraftRegister, ImportFinding, ImportInput } from '../domain/importer/index.js';
import { draftRegister, importStatement, toEvalJson } from '../domain/importer/index.js';

/** What `POST /api/import` answers: the import, its evaluation form and a draft register. */
export interface ImportView {
  language: 'nl' | 'fr' | 'en';
  country: string | null;
  text: string;
  extraction: Record<string, unknown>;
  findings: ImportFinding[];
  eval: Record<string, unknown>;
  draft: Pick<DraftRegister, 'yaml' | 'sources' | 'problems' | 'findings'>;
}

/** The whole import of one statement, as the API answers it (run inside the import worker). */
export async function runImportJob(input: ImportInput & { now: Date }): Promise<ImportView> {
  const result = await importStatement(input);
  const { yaml, sources, problems, findings } = draftRegister(result, { now: input.now });
  return {
    language: result.language,
    country: result.country,
    text: result.text,
    extraction: result.extraction as unknown as Record<string, unknown>,
    findings: result.findings,
    eval: toEvalJson(result, input.fileName) as unknown as Record<string, unknown>,
    draft: { yaml, sources, problems, findings },
  };
}
