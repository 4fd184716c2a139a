import createClient from 'openapi-fetch';
import type { components, paths } from './schema';

/** The server's status, as `GET /api/status` answers it. */
export type ServerStatus = components['schemas']['ServerStatus'];

/** An RFC 9457 problem, as every error of the API is answered. */
export type Problem = components['schemas']['Problem'];

/**
 * An error to show to the person using the UI: either the server could not be reached at all, or it answered with
 * a problem (whose `title` and `detail` are safe to show; the server never puts internals in them).
 */
export type ApiError =
  | { kind: 'unreachable' }
  | {
      kind: 'problem';
      status: number;
      title?: string;
      detail?: string;
      requestId?: string;
      /** The problem's documented error code (`src/errors.ts`), e.g. `register_invalid`. */
      code?: string;
      /** The problem's `errors` list (parse problems, lint findings, validation errors), as the server sent it. */
      errors?: unknown[];
    };

/** The typed client for Dijk's HTTP API, on the same origin as the admin UI (the session cookie goes along). */
export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin' });

/**
 * Turns whatever an API call failed with into an {@link ApiError}. A body that is not problem+json (a proxy's
 * HTML error page, say) keeps only its status, so nothing raw reaches the screen.
 */
export function toApiError(error: unknown, response?: Response): ApiError {
  if (!response) {
    // fetch() rejected: network down, server stopped, DNS, CORS. There is no answer to show.
    return { kind: 'unreachable' };
  }
  if (response.status === 502 || response.status === 504) {
    // A reverse proxy answering for a Dijk that is down.
    return { kind: 'unreachable' };
  }
  const problem: ApiError = { kind: 'problem', status: response.status };
  if (isProblem(error)) {
    return {
      ...problem,
      title: error.title,
      ...(error.detail ? { detail: error.detail } : {}),
      ...(error.requestId ? { requestId: error.requestId } : {}),
      ...(typeof error.code === 'string' ? { code: error.code } : {}),
      ...(Array.isArray(error.errors) ? { errors: error.errors } : {}),
    };
  }
  return problem;
}

function isProblem(value: unknown): value is Pick<Problem, 'title' | 'detail' | 'requestId' | 'code' | 'errors'> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { title?: unknown }).title === 'string' &&
    ((value as { detail?: unknown }).detail === undefined || typeof (value as { detail?: unknown }).detail === 'string')
  );
}

/**
 * Calls the API and returns its data, or throws an {@link ApiError}. `call` is one `api.GET(...)`-style call;
 * network failures and problem answers both come out as an ApiError, so a page handles one error type.
 */
export async function request<T>(call: () => Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await call();
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') {
      throw cause;
    }
    throw toApiError(cause);
  }
  if (result.response.ok && result.data !== undefined) {
    return result.data;
  }
  throw toApiError(result.error, result.response);
}

/** Whether a thrown value is an {@link ApiError} (and not a bug, which should surface as one). */
export function isApiError(value: unknown): value is ApiError {
  return (
    typeof value === 'object' &&
    value !== null &&
    ((value as { kind?: unknown }).kind === 'unreachable' || (value as { kind?: unknown }).kind === 'problem')
  );
}

/**
 * What a failed action threw, as an {@link ApiError} for `ProblemAlert`: an API error as it is, anything else (a
 * request that never got an answer the client could read) as a problem without status.
 */
export function asApiError(cause: unknown): ApiError {
  return isApiError(cause) ? cause : { kind: 'problem', status: 0 };
}

/**
 * Whether an error means "no admin session": the API answers 401 to every admin call without the session cookie.
 * Pages show {@link LoginRequired} (via `ProblemAlert`) for it instead of an error.
 */
export function isUnauthorized(error: unknown): boolean {
  return isApiError(error) && error.kind === 'problem' && error.status === 401;
}

/** Whether an error is the API's "not found" (404) answer. */
export function isNotFound(error: unknown): boolean {
  return isApiError(error) && error.kind === 'problem' && error.status === 404;
}
