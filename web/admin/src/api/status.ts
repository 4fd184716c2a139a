import { type ApiError, api, isApiError, request, type ServerStatus, toApiError } from './client';

/** Readiness from `GET /readyz`: ready, or not with the server's reason. */
export type Readiness = { ready: true } | { ready: false; detail?: string };

/** What the dashboard shows: the status and readiness, fetched together. */
export interface StatusSnapshot {
  status: ServerStatus;
  readiness: Readiness;
  fetchedAt: Date;
}

/** Fetches `/api/status` and `/readyz` in parallel. Throws an {@link ApiError} when the status cannot be had. */
export async function fetchStatusSnapshot(signal: AbortSignal): Promise<StatusSnapshot> {
  const [status, readiness] = await Promise.all([
    request(() => api.GET('/api/status', { signal })),
    fetchReadiness(signal),
  ]);
  return { status, readiness, fetchedAt: new Date() };
}

async function fetchReadiness(signal: AbortSignal): Promise<Readiness> {
  try {
    const { data, error, response } = await api.GET('/readyz', { signal });
    if (data?.status === 'ready') {
      return { ready: true };
    }
    // 503 problem: not ready, with the server's reason (e.g. "2 database migration(s) pending.").
    const problem: ApiError = toApiError(error, response);
    return problem.kind === 'problem' && problem.detail ? { ready: false, detail: problem.detail } : { ready: false };
  } catch (cause) {
    if (isApiError(cause) || !(cause instanceof DOMException && cause.name === 'AbortError')) {
      return { ready: false };
    }
    throw cause;
  }
}
