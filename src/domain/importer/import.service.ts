import { AppError } from '../../errors.js';
import { buildEvalDocument } from './eval/eval-format.js';
import { buildExtraction } from './extract/extraction.build.js';
import type { EvalDocument, ImportInput, ImportResult, Language } from './import.types.js';
import { htmlToText } from './read/html.read.js';
import { classifyInput } from './read/input.guard.js';
import { readPdf } from './read/pdf.read.js';
import { decodeText, normaliseText } from './read/text.decode.js';
import { segmentDocument } from './text/document.segment.js';
import { detectLanguage, LANGUAGE_NAMES } from './text/language.detect.js';

const SUPPORTED: Language[] = ['nl', 'fr', 'en'];

/** Reads the bytes of a statement into normalised text (PDF, HTML or plain text). */
export async function readStatementText(input: ImportInput): Promise<string> {
  const kind = classifyInput(input.bytes, input.fileName, input.mediaType);
  const raw =
    kind === 'pdf'
      ? await readPdf(input.bytes)
      : kind === 'html'
        ? htmlToText(decodeText(input.bytes))
        : decodeText(input.bytes);
  const text = normaliseText(raw);
  if (text.trim().length === 0) {
    throw new AppError('validation_failed', { message: 'The file contains no text.' });
  }
  return text;
}

/**
 * Imports a privacy statement: reads it, detects its language, segments it, extracts what it commits to (each
 * element traced to its sentence with a confidence) and lists its defects under the law.
 * @throws AppError `validation_failed` (empty, too large) or `unprocessable` (binary, no text layer, unsupported
 * language).
 */
export async function importStatement(input: ImportInput): Promise<ImportResult> {
  const t0 = performance.now();
  const text = await readStatementText(input);
  const t1 = performance.now();
  let language: Language;
  if (input.lang && input.lang !== 'auto') {
    language = input.lang;
  } else {
    const detected = detectLanguage(text);
    if (!SUPPORTED.includes(detected.language as Language)) {
      throw new AppError('unprocessable', {
        message: `${LANGUAGE_NAMES[detected.language]} is not supported; Dijk reads Dutch, French and English.`,
        details: { language: detected.language },
      });
    }
    language = detected.language as Language;
  }
  const doc = segmentDocument(text);
  const t2 = performance.now();
  const { extraction, findings } = buildExtraction({ doc, language });
  const t3 = performance.now();
  const evalDocument = buildEvalDocument(extraction, findings, language, input.fileName);
  return {
    language,
    country: extraction.country?.value ?? null,
    text,
    sections: doc.sections,
    sentences: doc.sentences,
    tables: doc.tables,
    extraction,
    findings,
    eval: evalDocument,
    timings: { readMs: t1 - t0, segmentMs: t2 - t1, extractMs: t3 - t2 },
  };
}

/** The result in the evaluation format, under the given document name. */
export function toEvalJson(result: ImportResult, documentName: string): EvalDocument {
  return { ...result.eval, document: documentName };
}
