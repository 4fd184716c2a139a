import { type DependencyList, useCallback, useEffect, useRef, useState } from 'react';
import { settleRequest } from '../lib/settle-request';
import type { ApiError } from './client';

/** A resource loaded once (and again on `reload`): its data, the error of the last attempt, and whether it loads. */
export interface ResourceState<T> {
  data: T | undefined;
  error: ApiError | undefined;
  isLoading: boolean;
  reload: () => void;
}

/**
 * Loads `fetcher` on mount and whenever `deps` change, aborting the previous request. Errors come out as an
 * {@link ApiError}; show them with `ProblemAlert`, which turns a 401 into the "log in" message for every page.
 */
export function useResource<T>(fetcher: (signal: AbortSignal) => Promise<T>, deps: DependencyList): ResourceState<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<ApiError>();
  const [isLoading, setIsLoading] = useState(true);
  const [generation, setGeneration] = useState(0);
  const fetcherRef = useRef(fetcher);
  fetcherRef.current = fetcher;

  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller's deps decide when to load again.
  useEffect(() => {
    const controller = new AbortController();
    setIsLoading(true);
    void settleRequest(fetcherRef.current(controller.signal), controller.signal, {
      onData: (result) => {
        setData(result);
        setError(undefined);
      },
      onError: setError,
      onSettled: () => setIsLoading(false),
      warning: 'request failed',
    });
    return () => controller.abort();
  }, [...deps, generation]);

  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  return { data, error, isLoading, reload };
}
