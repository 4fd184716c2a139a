import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, ERROR_CODES, type ErrorCode } from '../../errors.js';
import type { AnyFastify } from './types.js';

/** RFC 9457 problem details, as every error of the API is answered. */
export const Problem = z
  .object({
    type: z.string().describe('A URI naming the error code, e.g. https://dijk.dev/problems/not_found'),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    code: z.string().describe('The documented error code (src/errors.ts)'),
    requestId: z.string(),
    errors: z.array(z.unknown()).optional(),
  })
  .meta({ id: 'Problem' });
export type Problem = z.infer<typeof Problem>;

const TITLES: Record<ErrorCode, string> = {
  validation_failed: 'The request is not valid',
  unprocessable: 'The request cannot be processed',
  not_found: 'Not found',
  unauthenticated: 'Authentication required',
  forbidden: 'Not allowed',
  conflict: 'Conflict',
  payload_too_large: 'Request body too large',
  unsupported_media_type: 'Unsupported media type',
  rate_limited: 'Too many requests',
  unavailable: 'Service unavailable',
  config_invalid: 'Internal server error',
  internal: 'Internal server error',
};

/** Builds a problem body for a code; `detail` must be safe to show (no personal data, no SQL). */
export function problemFor(
  request: FastifyRequest,
  code: ErrorCode,
  detail?: string,
  errors?: unknown[],
): Problem & { status: number } {
  const status = code === 'config_invalid' ? 500 : ERROR_CODES[code];
  return {
    type: `https://dijk.dev/problems/${code}`,
    title: TITLES[code],
    status,
    ...(detail ? { detail } : {}),
    instance: request.url.split('?')[0] ?? '/',
    code,
    requestId: request.id,
    ...(errors ? { errors } : {}),
  };
}

/** Sends a problem+json answer. */
export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply.status(problem.status).type('application/problem+json').send(problem);
}

/**
 * Fastify's `frameworkErrors` option: what Fastify refuses before routing (a path whose percent escapes do not
 * decode, a path parameter longer than the router's limit) is answered as problem+json like every other error,
 * instead of Fastify's own JSON; anything else there is a 500 whose cause is logged.
 */
export function answerFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const detail = FRAMEWORK_ERRORS[error.code];
  if (detail === undefined) {
    request.log.error({ err: scrub(error) }, 'unexpected error before routing');
  }
  sendProblem(
    reply,
    detail === undefined ? problemFor(request, 'internal') : problemFor(request, 'validation_failed', detail),
  );
}

/** What Fastify refuses before routing, in words a client can act on. */
const FRAMEWORK_ERRORS: Record<string, string> = {
  FST_ERR_BAD_URL: 'The URL is not valid: a percent escape in its path does not decode.',
  FST_ERR_MAX_PARAM_LENGTH: 'A part of the URL path is too long (at most 100 characters).',
};

/**
 * The one error handler: AppError codes map to their status, Fastify's own client errors (validation, body too
 * large, bad JSON, unsupported media type) to theirs, and anything else to a generic 500 whose cause is logged
 * (without request data) but never shown.
 */
export function registerProblemHandler(app: AnyFastify): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      const status = error.status;
      if (error.code === 'unavailable') {
        request.log.warn({ code: error.code }, 'request refused: a dependency is unavailable');
      } else if (status >= 500) {
        request.log.error({ code: error.code, err: scrub(error) }, 'request failed');
      }
      const detail = status >= 500 && error.code !== 'unavailable' ? undefined : error.message;
      const details = Array.isArray(error.details) ? error.details : undefined;
      return sendProblem(reply, problemFor(request, error.code, detail, details));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const errors = error.validation.map((v) => ({
        in: error.validationContext,
        path: v.instancePath || '/',
        message: v.message,
      }));
      return sendProblem(reply, problemFor(request, 'validation_failed', `Invalid ${error.validationContext}`, errors));
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: scrub(error) }, 'response did not match its schema');
      return sendProblem(reply, problemFor(request, 'internal'));
    }
    const clientCode = fastifyClientErrorCode(error);
    if (clientCode) {
      return sendProblem(reply, problemFor(request, clientCode, safeFastifyMessage(error)));
    }
    request.log.error({ err: scrub(error) }, 'unexpected error');
    return sendProblem(reply, problemFor(request, 'internal'));
  });

  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, problemFor(request, 'not_found', `No route for ${request.method} ${request.url.split('?')[0]}`)),
  );
}

function fastifyClientErrorCode(error: FastifyError): ErrorCode | undefined {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'payload_too_large';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'unsupported_media_type';
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
    case 'FST_ERR_VALIDATION':
      return 'validation_failed';
    default:
      break;
  }
  if (error.statusCode === 400 || (error as { type?: string }).type === 'entity.parse.failed') {
    return 'validation_failed';
  }
  if (error instanceof SyntaxError) {
    return 'validation_failed';
  }
  if (error.statusCode === 429) {
    return 'rate_limited';
  }
  // A plugin's own client error (@fastify/static refuses a path outside its folder with 403, for one).
  if (error.code?.startsWith('FST_') && error.statusCode === 403) {
    return 'forbidden';
  }
  if (error.code?.startsWith('FST_') && error.statusCode === 404) {
    return 'not_found';
  }
  return undefined;
}

/** Fastify's client-error messages name the problem, never the body; JSON parse messages may quote it. */
function safeFastifyMessage(error: FastifyError): string {
  if (error instanceof SyntaxError || /JSON/i.test(error.message)) {
    return 'The body is not valid JSON';
  }
  return error.message;
}

/** An error for the log: name, code and stack, but not the message of driver errors, which may quote data. */
function scrub(error: Error): { type: string; code?: string; stack?: string } {
  const code = (error as { code?: string }).code;
  return {
    type: error.name,
    ...(code ? { code } : {}),
    ...(error.stack ? { stack: error.stack.split('\n').slice(1, 8).join('\n') } : {}),
  };
}
