/**
 * Login throttling rules, pure and clock-injected (OWASP Authentication Cheat Sheet, "Protect against automated
 * attacks"; NIST SP 800-63B §5.2.2 rate limiting): the first failures cost nothing, then each further failure
 * doubles the wait before the next attempt, and at a threshold the account or address is locked for a while. A lock
 * ends on its own: no mail is needed for the throttle to work, but the owner of a locked account is told by mail.
 */

/** Failures counted for one account or one client address. */
export interface ThrottleState {
  failures: number;
  lastFailureAt: Date | null;
  lockedUntil: Date | null;
}

/** The knobs of one throttle. */
export interface ThrottlePolicy {
  /** Failures allowed without any wait. */
  freeAttempts: number;
  /** The wait after the first counted failure; doubles with every further one. */
  baseDelayMs: number;
  /** The longest wait between attempts before the lock. */
  maxDelayMs: number;
  /** Failures at which the lock starts. */
  lockThreshold: number;
  lockDurationMs: number;
  /** A quiet period after which the count starts again from zero. */
  resetAfterMs: number;
}

/** Per account: 3 free tries, then 1 s, 2 s, 4 s … up to 60 s, locked for 15 minutes at 10 failures. */
export const ACCOUNT_THROTTLE: ThrottlePolicy = {
  freeAttempts: 3,
  baseDelayMs: 1_000,
  maxDelayMs: 60_000,
  lockThreshold: 10,
  lockDurationMs: 15 * 60_000,
  resetAfterMs: 60 * 60_000,
};

/** Per client address: more room (offices share an address), locked for 15 minutes at 50 failures. */
export const ADDRESS_THROTTLE: ThrottlePolicy = {
  freeAttempts: 10,
  baseDelayMs: 1_000,
  maxDelayMs: 60_000,
  lockThreshold: 50,
  lockDurationMs: 15 * 60_000,
  resetAfterMs: 60 * 60_000,
};

/** A state with no failures. */
export const NO_FAILURES: ThrottleState = { failures: 0, lastFailureAt: null, lockedUntil: null };

/** The wait required after `failures` failures: 0 before the free attempts are used up, then doubling. */
export function backoffDelayMs(failures: number, policy: ThrottlePolicy): number {
  const counted = failures - policy.freeAttempts + 1;
  if (counted <= 0) {
    return 0;
  }
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.min(counted - 1, 30));
}

/** Whether the state is stale: the last failure lies longer ago than the reset period and no lock holds. */
function isStale(state: ThrottleState, policy: ThrottlePolicy, now: Date): boolean {
  const locked = state.lockedUntil !== null && state.lockedUntil > now;
  return (
    !locked && state.lastFailureAt !== null && now.getTime() - state.lastFailureAt.getTime() >= policy.resetAfterMs
  );
}

/** Whether an attempt may go ahead now; if not, how long to wait (for `Retry-After`). */
export function checkThrottle(
  state: ThrottleState,
  policy: ThrottlePolicy,
  now: Date,
): { allowed: true } | { allowed: false; retryAfterMs: number; locked: boolean } {
  if (state.lockedUntil !== null && state.lockedUntil > now) {
    return { allowed: false, retryAfterMs: state.lockedUntil.getTime() - now.getTime(), locked: true };
  }
  if (isStale(state, policy, now) || state.lastFailureAt === null) {
    return { allowed: true };
  }
  // After a lock has run out, the next attempt is allowed at once (the lock was the wait).
  if (state.lockedUntil !== null && state.lockedUntil <= now && state.lockedUntil >= state.lastFailureAt) {
    return { allowed: true };
  }
  const nextAt = state.lastFailureAt.getTime() + backoffDelayMs(state.failures, policy);
  return nextAt > now.getTime()
    ? { allowed: false, retryAfterMs: nextAt - now.getTime(), locked: false }
    : { allowed: true };
}

/** The state after one more failure: counted, and locked when the threshold is reached. */
export function recordFailure(state: ThrottleState, policy: ThrottlePolicy, now: Date): ThrottleState {
  const failures = (isStale(state, policy, now) ? 0 : state.failures) + 1;
  const lockedUntil =
    failures >= policy.lockThreshold ? new Date(now.getTime() + policy.lockDurationMs) : state.lockedUntil;
  return { failures, lastFailureAt: now, lockedUntil };
}

/**
 * Whether a failure just locked the key: locked after it, not before. Counted under the row lock, so parallel
 * failures see the lock start once, and the owner gets one lock notice per lock, not one per attempt.
 */
export function isNewLock(before: ThrottleState, after: ThrottleState, now: Date): boolean {
  const isLocked = (s: ThrottleState) => s.lockedUntil !== null && s.lockedUntil > now;
  return isLocked(after) && !isLocked(before);
}
