/**
 * The one error type of Dijk. Every failure a user can cause carries a documented string code; the HTTP error
 * handler maps the code to a status and answers RFC 9457 problem+json, and the CLI prints the message and exits 2.
 * Messages never contain personal data, tokens or SQL.
 */
export const ERROR_CODES = {
  /** The input does not match the expected shape (HTTP 400, CLI exit 2). */
  validation_failed: 400,
  /** The input is well-formed but cannot be processed (HTTP 422, CLI exit 2). */
  unprocessable: 422,
  /** The resource does not exist, or belongs to another organisation (HTTP 404). */
  not_found: 404,
  /** Authentication is missing or invalid (HTTP 401). */
  unauthenticated: 401,
  /** Authenticated, but the role does not allow the action (HTTP 403). */
  forbidden: 403,
  /** The request conflicts with the current state (HTTP 409). */
  conflict: 409,
  /** The request body is larger than allowed (HTTP 413). */
  payload_too_large: 413,
  /** The media type is not supported (HTTP 415). */
  unsupported_media_type: 415,
  /** Too many requests from this client (HTTP 429). */
  rate_limited: 429,
  /** A dependency (database, mail server) is unavailable (HTTP 503). */
  unavailable: 503,
  /** The configuration is invalid (CLI exit 2). */
  config_invalid: 500,
  /** Anything unexpected; the message is never shown to clients (HTTP 500). */
  internal: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface AppErrorOptions {
  /** A short human-readable message, safe to show (no personal data). */
  message?: string;
  /** Structured, safe-to-show details (e.g. validation findings). */
  details?: unknown;
  cause?: unknown;
}

/** A failure with a documented code; see {@link ERROR_CODES}. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;

  constructor(code: ErrorCode, options: AppErrorOptions = {}) {
    super(options.message ?? code.replaceAll('_', ' '), options.cause === undefined ? {} : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.details = options.details;
  }

  /** The HTTP status this error maps to. */
  get status(): number {
    return ERROR_CODES[this.code];
  }
}

/** True when `error` is an {@link AppError}, optionally with the given code. */
export function isAppError(error: unknown, code?: ErrorCode): error is AppError {
  return error instanceof AppError && (code === undefined || error.code === code);
}
