import { AppError } from '../../errors.js';
import type { AnyFastify } from './types.js';

/** Objects and arrays deeper than this are not walked further (a parsed body is bounded by the body limit anyway). */
const MAX_DEPTH = 64;

/** Half of a UTF-16 surrogate pair on its own: JSON may write it ("\ud800"), but it is no character of Unicode. */
const LONE_SURROGATE = /\p{Cs}/u;

export type UnstorableText = 'nul' | 'surrogate';

function unstorableString(text: string): UnstorableText | undefined {
  return text.includes('\u0000') ? 'nul' : LONE_SURROGATE.test(text) ? 'surrogate' : undefined;
}

/**
 * What in a parsed value, keys included, PostgreSQL cannot store as text: the NUL character (U+0000), or a lone
 * surrogate, which no UTF-8 text can hold and which PostgreSQL's JSON parser refuses.
 */
export function unstorableText(value: unknown, depth = 0): UnstorableText | undefined {
  if (typeof value === 'string') {
    return unstorableString(value);
  }
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value) || depth > MAX_DEPTH) {
    return undefined;
  }
  if (Array.isArray(value)) {
    for (const v of value) {
      const found = unstorableText(v, depth + 1);
      if (found) {
        return found;
      }
    }
    return undefined;
  }
  for (const [key, v] of Object.entries(value)) {
    const found = unstorableString(key) ?? unstorableText(v, depth + 1);
    if (found) {
      return found;
    }
  }
  return undefined;
}

function refuse(where: string, what: UnstorableText): AppError {
  return new AppError('validation_failed', {
    message:
      what === 'nul'
        ? `The ${where} holds the NUL character (U+0000), which no text in Dijk may contain.`
        : `The ${where} holds half of a UTF-16 surrogate pair (such as "\\ud800") on its own, which is no character.`,
  });
}

/**
 * Refuses input that no text column can store with a 400, before authorisation and validation: the NUL character
 * (U+0000) and lone surrogates. Either would otherwise surface as a 500 from whichever query met it first. The path
 * and query are checked on the raw URL for `%00` (the HTTP parser refuses a raw NUL), parsed bodies (JSON, forms) by
 * walking them. A URL cannot carry half a surrogate: UTF-8 has no bytes for it, so the router refuses such an escape
 * in the path and the query parser leaves it undecoded. Register it before any hook that reads the input.
 */
export function refuseUnstorableText(app: AnyFastify): void {
  // Callback hooks: no promise per request on the busiest routes.
  app.addHook('onRequest', (request, _reply, done) => {
    const at = request.url.indexOf('%00');
    if (at < 0) {
      done();
      return;
    }
    const query = request.url.indexOf('?');
    done(refuse(query >= 0 && query < at ? 'query' : 'path', 'nul'));
  });
  app.addHook('preValidation', (request, _reply, done) => {
    const found = unstorableText(request.body);
    done(found ? refuse('request body', found) : undefined);
  });
}
