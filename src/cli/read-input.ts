import { readFileSync, statSync } from 'node:fs';
import { AppError } from '../errors.js';

/** Largest register or statement file the CLI reads. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

/** Reads a text file given on the command line ('-' for standard input), with one clear error when it can't. */
export function readTextInput(path: string, maxBytes = MAX_INPUT_BYTES): string {
  return readBytesInput(path, maxBytes).toString('utf8');
}

/** Reads a file's bytes ('-' for standard input), refusing folders, missing files and oversized input. */
export function readBytesInput(path: string, maxBytes = MAX_INPUT_BYTES): Buffer {
  try {
    if (path === '-') {
      return readFileSync(0);
    }
    const stat = statSync(path);
    if (stat.isDirectory()) {
      throw new AppError('validation_failed', { message: `${path} is a folder, not a file.` });
    }
    if (stat.size > maxBytes) {
      throw new AppError('payload_too_large', {
        message: `${path} is ${(stat.size / 1024 / 1024).toFixed(1)} MB; the limit is ${maxBytes / 1024 / 1024} MB.`,
      });
    }
    return readFileSync(path);
  } catch (error) {
    if (error instanceof AppError) {
      throw error;
    }
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (code ?? 'error');
    throw new AppError('validation_failed', { message: `Cannot read ${path}: ${reason}.` });
  }
}
