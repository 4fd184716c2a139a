import { useCallback, useState } from 'react';
import { type ApiError, asApiError } from './client';

/** A form's sending state: whether it is being sent, and the error of the last attempt. */
export interface Submission {
  isSubmitting: boolean;
  failure: ApiError | undefined;
  /** Runs `work` (the request and what follows it) with `isSubmitting` set; a throw becomes `failure`. */
  submit: (work: () => Promise<void>) => Promise<void>;
  /** Forgets the last failure: call it when the form is sent again, before checking its fields. */
  clearFailure: () => void;
}

/**
 * The sending state of a form: clears the last failure, sets `isSubmitting` while `work` runs, and turns whatever it
 * throws into an {@link ApiError} for `ProblemAlert` (a network failure without an answer becomes status 0).
 */
export function useSubmission(): Submission {
  const [isSubmitting, setIsSubmitting] = useState(false);
  const [failure, setFailure] = useState<ApiError>();
  const submit = useCallback(async (work: () => Promise<void>) => {
    setFailure(undefined);
    setIsSubmitting(true);
    try {
      await work();
    } catch (cause) {
      setFailure(asApiError(cause));
    } finally {
      setIsSubmitting(false);
    }
  }, []);
  const clearFailure = useCallback(() => setFailure(undefined), []);
  return { isSubmitting, failure, submit, clearFailure };
}
