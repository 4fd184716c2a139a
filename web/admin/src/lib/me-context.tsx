import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { fetchMe, type Me } from '../api/auth.api';
import { isUnauthorized } from '../api/client';
import { hasSessionHint, setSessionHint } from './session-hint';

interface MeState {
  /** Who this session acts for, when known (after a form login, or once the Account page loaded it). */
  me: Me | undefined;
  /** Keeps what the server answered (login, `me`); `undefined` after logging out. */
  update: (me: Me | undefined) => void;
  /** Asks the server again, when this browser logged in through the form. */
  reload: () => void;
}

const MeContext = createContext<MeState>({ me: undefined, update: () => {}, reload: () => {} });

/** Keeps `GET /api/auth/me` for the whole UI: the two-factor banner and the Account page read it. */
export function MeProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me>();
  const [generation, setGeneration] = useState(0);

  const update = useCallback((next: Me | undefined) => {
    setSessionHint(next !== undefined && next.user !== null);
    setMe(next);
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: generation asks again.
  useEffect(() => {
    if (!hasSessionHint()) {
      return;
    }
    const controller = new AbortController();
    fetchMe(controller.signal).then(
      (next) => setMe(next),
      (error: unknown) => {
        if (isUnauthorized(error)) {
          setSessionHint(false);
          setMe(undefined);
        }
      },
    );
    return () => controller.abort();
  }, [generation]);

  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  const value = useMemo(() => ({ me, update, reload }), [me, update, reload]);
  return <MeContext.Provider value={value}>{children}</MeContext.Provider>;
}

export function useMe(): MeState {
  return useContext(MeContext);
}

/** Whether this session must still enrol a second factor before it can use anything but its own account. */
export function needsTotpEnrolment(me: Me | undefined): boolean {
  return me?.totpRequired === true && !me.totpEnrolled;
}
