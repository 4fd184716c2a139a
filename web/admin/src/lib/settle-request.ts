import { type ApiError, isApiError } from '../api/client';

/**
 * Hands the outcome of one request to a hook's state: its data, or its failure as an {@link ApiError} (anything
 * else, a bug or an unparseable answer, becomes a generic problem, kept for the developer console when `warning`
 * is given), then `onSettled`. Nothing is handed on once `signal` is aborted (the request was replaced, or its component left).
 */
export function settleRequest<T>(
  request: Promise<T>,
  signal: AbortSignal,
  handlers: {
    onData: (data: T) => void;
    onError: (error: ApiError) => void;
    onSettled: () => void;
    warning?: string;
  },
): Promise<void> {
  return request
    .then(handlers.onData)
    .catch((cause: unknown) => {
      if (signal.aborted) {
        return;
      }
      if (isApiError(cause)) {
        handlers.onError(cause);
      } else {
        handlers.onError({ kind: 'problem', status: 0 });
        if (handlers.warning) {
          console.warn(handlers.warning, cause);
        }
      }
    })
    .finally(() => {
      if (!signal.aborted) {
        handlers.onSettled();
      }
    });
}
