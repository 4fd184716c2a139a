/**
 * Statement importer: reads an existing privacy statement (Dutch, French or English; text, HTML or PDF), extracts
 * what it commits to with provenance, and lists its defects. Pure: it receives bytes and does no I/O.
 */
export { type DraftRegister, type DraftSource, draftRegister } from './draft/draft-register.js';
export { importStatement, readStatementText, toEvalJson } from './import.service.js';
export type {
  Element,
  EvalDocument,
  ImportExtraction,
  ImportFinding,
  ImportInput,
  ImportResult,
  Language,
  Retention,
  Section,
  Sentence,
  Span,
  Table,
} from './import.types.js';
export { MAX_IMPORT_BYTES } from './read/input.guard.js';
