import { AppError } from '../../errors.js';
import type { AnyFastify } from './types.js';

/** Objects and arrays deeper than this are not walked further (a parsed body is bounded by the body limit anyway). */
const MAX_DEPTH = 64;

/** Whether a parsed value holds a string with U+0000 anywhere, keys included. */
export function holdsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') {
    return value.includes('\u0000');
  }
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value) || depth > MAX_DEPTH) {
    return false;
  }
  if (Array.isArray(value)) {
    return value.some((v) => holdsNul(v, depth + 1));
  }
  for (const [key, v] of Object.entries(value)) {
    if (key.includes('\u0000') || holdsNul(v, depth + 1)) {
      return true;
    }
  }
  return false;
}

function refuse(where: string): AppError {
  return new AppError('validation_failed', {
    message: `The ${where} holds the NUL character (U+0000), which no text in Dijk may contain.`,
  });
}

/**
 * Refuses input holding the NUL character (U+0000) with a 400, before authorisation and validation: PostgreSQL
 * cannot store it in text, so it would otherwise surface as a 500 from whichever query met it first. The path and
 * query are checked on the raw URL (`%00` is the only way to write it there; the HTTP parser refuses a raw NUL),
 * parsed bodies (JSON, forms) by walking them. Register it before any hook that reads the input.
 */
export function refuseNulCharacters(app: AnyFastify): void {
  // Callback hooks: no promise per request on the busiest routes.
  app.addHook('onRequest', (request, _reply, done) => {
    const at = request.url.indexOf('%00');
    if (at < 0) {
      done();
      return;
    }
    const query = request.url.indexOf('?');
    done(refuse(query >= 0 && query < at ? 'query' : 'path'));
  });
  app.addHook('preValidation', (request, _reply, done) => {
    done(holdsNul(request.body) ? refuse('request body') : undefined);
  });
}
