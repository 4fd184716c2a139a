import { AppError } from '../../../errors.js';

/** Largest statement the importer reads; checked before any parsing so a huge upload costs nothing. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export type InputKind = 'pdf' | 'html' | 'text';

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
const HTML_START =
  /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<(?:div|p|h[1-6]|section|article|main)[\s>])/i;

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  // A PDF may carry a few junk bytes before its header; the specification allows 1024.
  const limit = Math.min(bytes.length - magic.length, 1024);
  for (let offset = 0; offset <= limit; offset++) {
    if (magic.every((b, i) => bytes[offset + i] === b)) {
      return true;
    }
  }
  return false;
}

/**
 * True when the bytes do not look like text: NUL bytes or many control characters in the first 8 KB.
 * UTF-16 text (with a BOM) is text even though it has NULs.
 */
export function isBinary(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return false;
  }
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0) {
      return true;
    }
    if (b < 9 || (b > 13 && b < 32)) {
      control++;
    }
  }
  return n > 0 && control / n > 0.05;
}

/**
 * Checks size, emptiness and binary content, and decides how to read the file: by its bytes first (a PDF header
 * wins over a wrong extension), then by media type and file name.
 * @throws AppError `validation_failed` for an empty or too large file, `unprocessable` for binary content.
 */
export function classifyInput(bytes: Uint8Array, fileName: string, mediaType?: string): InputKind {
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw new AppError('validation_failed', {
      message: `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB; Dijk imports statements up to that size.`,
      details: { size: bytes.length, limit: MAX_IMPORT_BYTES },
    });
  }
  if (bytes.length === 0) {
    throw new AppError('validation_failed', { message: 'The file is empty.' });
  }
  if (startsWith(bytes, PDF_MAGIC)) {
    return 'pdf';
  }
  if (isBinary(bytes)) {
    throw new AppError('unprocessable', {
      message: 'The file is not text, HTML or PDF; Dijk reads privacy statements in those formats.',
    });
  }
  const type = (mediaType ?? '').toLowerCase();
  const name = fileName.toLowerCase();
  if (type.includes('html') || name.endsWith('.html') || name.endsWith('.htm') || name.endsWith('.xhtml')) {
    return 'html';
  }
  if (type === 'application/pdf' || name.endsWith('.pdf')) {
    // Named a PDF but without a PDF header: the bytes decide.
    throw new AppError('unprocessable', { message: 'The file is named as a PDF but is not a valid PDF.' });
  }
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 2048));
  return HTML_START.test(head) ? 'html' : 'text';
}
