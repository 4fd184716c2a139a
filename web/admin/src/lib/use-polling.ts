import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError } from '../api/client';
import { settleRequest } from './settle-request';

/** The state of a polled resource: the last data that arrived, and the error of the last attempt, if it failed. */
export interface PollingState<T> {
  data: T | undefined;
  error: ApiError | undefined;
  /** True while a fetch is in flight (the first load, a refresh, or an automatic one). */
  isFetching: boolean;
  /** Fetches now, unless a fetch is already in flight. */
  refresh: () => void;
}

/**
 * Fetches with `fetcher` on mount and then every `intervalMs`, skipping ticks while the tab is hidden or a fetch is
 * still running. The last good data stays when a later fetch fails, so the page can show both.
 */
export function usePolling<T>(fetcher: (signal: AbortSignal) => Promise<T>, intervalMs: number): PollingState<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<ApiError>();
  const [isFetching, setIsFetching] = useState(false);
  const inFlight = useRef<AbortController | null>(null);
  const fetcherRef = useRef(fetcher);
  fetcherRef.current = fetcher;

  const refresh = useCallback(() => {
    if (inFlight.current) {
      return;
    }
    const controller = new AbortController();
    inFlight.current = controller;
    setIsFetching(true);
    void settleRequest(fetcherRef.current(controller.signal), controller.signal, {
      onData: (result) => {
        setData(result);
        setError(undefined);
      },
      onError: setError,
      // Only the unmount aborts, and it clears `inFlight` itself.
      onSettled: () => {
        if (inFlight.current === controller) {
          inFlight.current = null;
        }
        setIsFetching(false);
      },
      // A bug or an unparseable answer shows a generic message; the cause goes to the developer console.
      warning: 'status fetch failed',
    });
  }, []);

  useEffect(() => {
    refresh();
    const timer = window.setInterval(() => {
      if (document.visibilityState !== 'hidden') {
        refresh();
      }
    }, intervalMs);
    return () => {
      window.clearInterval(timer);
      inFlight.current?.abort();
      inFlight.current = null;
    };
  }, [refresh, intervalMs]);

  return { data, error, isFetching, refresh };
}
