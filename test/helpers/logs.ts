import { Writable } from 'node:stream';
import { createLogger, type Logger } from '../../src/logger.js';

/** The real process logger (`createLogger`) at `level`, writing into `lines` (one entry per write: a JSON line). */
export function capturingLogger(level: string): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: createLogger({ level, destination }), lines };
}
