import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ACCOUNT_THROTTLE,
  backoffDelayMs,
  checkThrottle,
  isNewLock,
  NO_FAILURES,
  recordFailure,
  type ThrottleState,
} from './login-throttle.js';

const T0 = new Date('2026-11-22T09:00:00Z');
const at = (ms: number) => new Date(T0.getTime() + ms);

function fail(times: number, spacingMs = 0): { state: ThrottleState; last: number } {
  let state = NO_FAILURES;
  let t = 0;
  for (let i = 0; i < times; i++) {
    t = i * spacingMs;
    state = recordFailure(state, ACCOUNT_THROTTLE, at(t));
  }
  return { state, last: t };
}

describe('login throttle', () => {
  it('lets the first three failures pass, then doubles the wait up to the maximum', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 12].map((n) => backoffDelayMs(n, ACCOUNT_THROTTLE))).toEqual([
      0, 0, 0, 1_000, 2_000, 4_000, 8_000, 60_000,
    ]);
    const { state } = fail(3);
    expect(checkThrottle(state, ACCOUNT_THROTTLE, at(500))).toMatchObject({ allowed: false, retryAfterMs: 500 });
    expect(checkThrottle(state, ACCOUNT_THROTTLE, at(1_000))).toEqual({ allowed: true });
  });

  it('locks at ten failures for fifteen minutes, then lets one attempt through', () => {
    const { state, last } = fail(10, 61_000);
    expect(state.lockedUntil).toEqual(at(last + 15 * 60_000));
    expect(checkThrottle(state, ACCOUNT_THROTTLE, at(last + 60_000))).toMatchObject({ allowed: false, locked: true });
    expect(checkThrottle(state, ACCOUNT_THROTTLE, at(last + 15 * 60_000))).toEqual({ allowed: true });
    // A failure after the lock locks again at once.
    const again = recordFailure(state, ACCOUNT_THROTTLE, at(last + 15 * 60_000));
    expect(checkThrottle(again, ACCOUNT_THROTTLE, at(last + 15 * 60_000 + 1))).toMatchObject({ locked: true });
  });

  it('forgets failures after an hour of quiet', () => {
    const { state } = fail(5);
    expect(checkThrottle(state, ACCOUNT_THROTTLE, at(60 * 60_000))).toEqual({ allowed: true });
    expect(recordFailure(state, ACCOUNT_THROTTLE, at(60 * 60_000)).failures).toBe(1);
  });

  it('never allows an attempt before the wait of the current count has passed (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(120_000), { minLength: 1, maxLength: 30 }), fc.nat(120_000), (gaps, probe) => {
        let state = NO_FAILURES;
        let t = 0;
        for (const gap of gaps) {
          t += gap;
          state = recordFailure(state, ACCOUNT_THROTTLE, at(t));
        }
        const result = checkThrottle(state, ACCOUNT_THROTTLE, at(t + probe));
        const locked = state.lockedUntil !== null && state.lockedUntil > at(t + probe);
        if (locked || probe < backoffDelayMs(state.failures, ACCOUNT_THROTTLE)) {
          expect(result.allowed).toBe(false);
        }
        if (!result.allowed) {
          expect(result.retryAfterMs).toBeGreaterThan(0);
          expect(result.retryAfterMs).toBeLessThanOrEqual(ACCOUNT_THROTTLE.lockDurationMs);
        }
      }),
    );
  });

  it('sees a lock start once: at the failure that locks, and again only after the lock ran out', () => {
    let state = NO_FAILURES;
    const starts: number[] = [];
    // Attempts every 61 s; while locked, the login refuses before counting (no failure is recorded).
    for (let i = 0, t = 0; i < 40; i++, t += 61_000) {
      if (!checkThrottle(state, ACCOUNT_THROTTLE, at(t)).allowed) {
        continue;
      }
      const next = recordFailure(state, ACCOUNT_THROTTLE, at(t));
      if (isNewLock(state, next, at(t))) {
        starts.push(next.failures);
      }
      state = next;
    }
    expect(starts[0]).toBe(10);
    expect(starts.length).toBeGreaterThan(1);
    expect(new Set(starts).size).toBe(starts.length);
  });

  it('is never a new lock when the state was already locked or stays unlocked (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(120_000), { minLength: 1, maxLength: 30 }), (gaps) => {
        let state = NO_FAILURES;
        let t = 0;
        for (const gap of gaps) {
          t += gap;
          const next = recordFailure(state, ACCOUNT_THROTTLE, at(t));
          const wasLocked = state.lockedUntil !== null && state.lockedUntil > at(t);
          if (isNewLock(state, next, at(t))) {
            expect(wasLocked).toBe(false);
            expect(next.lockedUntil?.getTime()).toBe(t + T0.getTime() + ACCOUNT_THROTTLE.lockDurationMs);
          }
          state = next;
        }
      }),
    );
  });
});
