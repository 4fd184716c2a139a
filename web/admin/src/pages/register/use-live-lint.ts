import { useEffect, useState } from 'react';
import { type ApiError, isApiError } from '../../api/client';
import { lintRegister, type RegisterLintResult } from '../../api/register.api';

/** The lint result of the text being edited, fetched `delayMs` after the last keystroke (never stores anything). */
export interface LiveLint {
  result: RegisterLintResult | undefined;
  error: ApiError | undefined;
  isChecking: boolean;
}

export function useLiveLint(source: string, delayMs = 400): LiveLint {
  const [result, setResult] = useState<RegisterLintResult>();
  const [error, setError] = useState<ApiError>();
  const [isChecking, setIsChecking] = useState(false);

  useEffect(() => {
    if (!source.trim()) {
      setResult(undefined);
      setError(undefined);
      setIsChecking(false);
      return;
    }
    setIsChecking(true);
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      lintRegister(source, controller.signal)
        .then((checked) => {
          setResult(checked);
          setError(undefined);
        })
        .catch((cause: unknown) => {
          if (controller.signal.aborted) {
            return;
          }
          setError(isApiError(cause) ? cause : { kind: 'problem', status: 0 });
        })
        .finally(() => {
          if (!controller.signal.aborted) {
            setIsChecking(false);
          }
        });
    }, delayMs);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [source, delayMs]);

  return { result, error, isChecking };
}
