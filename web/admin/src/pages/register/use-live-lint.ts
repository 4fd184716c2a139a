import { useEffect, useState } from 'react';
import type { ApiError } from '../../api/client';
import { lintRegister, type RegisterLintResult } from '../../api/register.api';
import { settleRequest } from '../../lib/settle-request';

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
      void settleRequest(lintRegister(source, controller.signal), controller.signal, {
        onData: (checked) => {
          setResult(checked);
          setError(undefined);
        },
        onError: setError,
        onSettled: () => setIsChecking(false),
      });
    }, delayMs);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [source, delayMs]);

  return { result, error, isChecking };
}
