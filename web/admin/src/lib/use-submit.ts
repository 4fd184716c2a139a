import { useCallback, useState } from 'react';
import { type ApiError, asApiError } from '../api/client';

/** A request that changes something on the server: whether it is running, its outcome, and a failure to send it. */
export interface SubmitState<T> {
  isSubmitting: boolean;
  outcome: T | undefined;
  error: ApiError | undefined;
  /** Sends with `send`; `onOutcome` runs after the outcome is kept (for what the caller does next). */
  submit: (send: () => Promise<T>, onOutcome?: (outcome: T) => void) => Promise<void>;
  /** Forgets the last outcome and failure. */
  clear: () => void;
}

/**
 * The state of one submitting action (apply, publish). The outcome is what the server answered, refusals included;
 * `error` is only for a request that failed as such, shown with `ProblemAlert`.
 */
export function useSubmit<T>(): SubmitState<T> {
  const [isSubmitting, setIsSubmitting] = useState(false);
  const [outcome, setOutcome] = useState<T>();
  const [error, setError] = useState<ApiError>();

  const submit = async (send: () => Promise<T>, onOutcome?: (outcome: T) => void) => {
    setIsSubmitting(true);
    setError(undefined);
    try {
      const next = await send();
      setOutcome(next);
      onOutcome?.(next);
    } catch (cause) {
      setError(asApiError(cause));
    } finally {
      setIsSubmitting(false);
    }
  };

  const clear = useCallback(() => {
    setOutcome(undefined);
    setError(undefined);
  }, []);

  return { isSubmitting, outcome, error, submit, clear };
}
