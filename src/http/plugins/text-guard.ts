import { findUnstorableText, UNSTORABLE_TEXT_MESSAGES, type UnstorableText } from '../../domain/unstorable-text.js';
import { AppError } from '../../errors.js';
import type { AnyFastify } from './types.js';

function refuse(where: string, what: UnstorableText): AppError {
  return new AppError('validation_failed', {
    message: `The ${where} holds ${UNSTORABLE_TEXT_MESSAGES[what]}, which no text in Dijk may contain.`,
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
    const found = findUnstorableText(request.body);
    done(found ? refuse('request body', found.what) : undefined);
  });
}
