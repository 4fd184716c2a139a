import { useEffect, useState } from 'react';
import { fetchMe, type Me } from '../../api/auth.api';
import { type ApiError, asApiError } from '../../api/client';
import { useMe } from '../../lib/me-context';

/**
 * Who this session is, asked once when the UI does not know yet (a setup-link session never logged in through
 * the form, so the shared context has not asked). The answer goes into the shared context, so the dashboard's
 * consent card knows it too. Only pages that need a session anyway use this: without one, `me` answers 401.
 */
export function useSessionMe(): { me: Me | undefined; error: ApiError | undefined } {
  const { me, update } = useMe();
  const [error, setError] = useState<ApiError>();

  useEffect(() => {
    if (me !== undefined) {
      return;
    }
    const controller = new AbortController();
    fetchMe(controller.signal).then(
      (next) => update(next),
      (cause: unknown) => {
        if (!controller.signal.aborted) {
          setError(asApiError(cause));
        }
      },
    );
    return () => controller.abort();
  }, [me, update]);

  return { me, error: me === undefined ? error : undefined };
}
