import { useEffect, useState } from 'react';
import type { ApiError } from '../../api/client';
import { type PreviewOutcome, previewRegister } from '../../api/register.api';
import { settleRequest } from '../../lib/settle-request';

/** The dry run of applying `source` (`POST /api/register/diff`), fetched while `isEnabled`; never stores. */
export interface RegisterPreviewState {
  outcome: PreviewOutcome | undefined;
  error: ApiError | undefined;
  isLoading: boolean;
}

/**
 * Asks the server what applying `source` would change against the active version. Runs when enabled and again
 * `delayMs` after the text changes, aborting the previous request, so the confirm step always shows the text
 * that the Apply button would send.
 */
export function useRegisterPreview(source: string, isEnabled: boolean, delayMs = 300): RegisterPreviewState {
  const [outcome, setOutcome] = useState<PreviewOutcome>();
  const [error, setError] = useState<ApiError>();
  const [isLoading, setIsLoading] = useState(false);

  useEffect(() => {
    setOutcome(undefined);
    setError(undefined);
    if (!isEnabled || !source.trim()) {
      setIsLoading(false);
      return;
    }
    setIsLoading(true);
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      void settleRequest(previewRegister(source, controller.signal), controller.signal, {
        onData: setOutcome,
        onError: setError,
        onSettled: () => setIsLoading(false),
      });
    }, delayMs);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [source, isEnabled, delayMs]);

  return { outcome, error, isLoading };
}
