import { useCallback, useState } from 'react';
import type { ApiError } from '../api/client';
import { useSubmission } from '../api/use-submission';

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
 * `error` is only for a request that failed as such, shown with `ProblemAlert`. The sending state is
 * {@link useSubmission}'s, with the outcome kept beside it.
 */
export function useSubmit<T>(): SubmitState<T> {
  const { isSubmitting, failure, submit: run, clearFailure } = useSubmission();
  const [outcome, setOutcome] = useState<T>();

  const submit = (send: () => Promise<T>, onOutcome?: (outcome: T) => void) =>
    run(async () => {
      const next = await send();
      setOutcome(next);
      onOutcome?.(next);
    });

  const clear = useCallback(() => {
    setOutcome(undefined);
    clearFailure();
  }, [clearFailure]);

  return { isSubmitting, outcome, error: failure, submit, clear };
}
