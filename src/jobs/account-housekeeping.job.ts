import { ACCOUNT_THROTTLE, ADDRESS_THROTTLE } from '../domain/accounts/login-throttle.js';
import type { Logger } from '../logger.js';
import type { Store } from '../store/db.js';
import { deleteStaleLoginAttempts } from '../store/login-attempt.store.js';
import { deleteExpiredResetTokens } from '../store/password-reset.store.js';
import { scheduleRecurring } from './recurring.js';

/** Expired reset tokens are kept a day, so a late click still reads "expired" rather than "not valid". */
const RESET_TOKEN_GRACE_MS = 24 * 60 * 60 * 1000;

/**
 * Deletes what the accounts area no longer needs (GDPR Art. 5(1)(e), storage limitation): login throttle rows of
 * keys (HMACs of client and unknown e-mail addresses) quiet for longer than the throttle remembers, and reset tokens
 * a day past their expiry. Idempotent, so several instances running it do no harm.
 */
export async function sweepAccounts(deps: { store: Store; now: () => Date }): Promise<{
  loginAttempts: number;
  resetTokens: number;
}> {
  const now = deps.now();
  const quietMs = Math.max(ACCOUNT_THROTTLE.resetAfterMs, ADDRESS_THROTTLE.resetAfterMs);
  return {
    loginAttempts: await deleteStaleLoginAttempts(deps.store.db, now, quietMs),
    resetTokens: await deleteExpiredResetTokens(deps.store.db, now, RESET_TOKEN_GRACE_MS),
  };
}

/** Runs {@link sweepAccounts} at start and then every hour; returns a stop function. */
export function scheduleAccountHousekeeping(deps: { store: Store; now: () => Date; logger: Logger }): () => void {
  return scheduleRecurring(
    { logger: deps.logger, store: deps.store, job: 'account-housekeeping' },
    () => sweepAccounts(deps),
    {
      done: 'stale login attempts and expired reset tokens deleted',
      failed: 'the accounts sweep failed; will try again',
    },
  );
}
