import { afterEach, describe, expect, it, vi } from 'vitest';
import { oneAtATime } from '../domain/consent/one-at-a-time.js';
import type { Logger } from '../logger.js';
import { SWEEP_INTERVAL_MS, scheduleRecurring } from './recurring.js';

/** The store's lock in one process. */
const store = { exclusive: oneAtATime().run };

function fakeLogger() {
  const lines: { level: string; args: unknown[] }[] = [];
  const logger = {
    info: (...args: unknown[]) => lines.push({ level: 'info', args }),
    warn: (...args: unknown[]) => lines.push({ level: 'warn', args }),
  } as unknown as Logger;
  return { logger, lines };
}

describe('scheduleRecurring', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs at once and then every interval, logs counts above 0 only, and stops', async () => {
    vi.useFakeTimers();
    const { logger, lines } = fakeLogger();
    const counts = [{ deleted: 0 }, { deleted: 3 }, { deleted: 0 }];
    let runs = 0;
    const stop = scheduleRecurring({ logger, store, job: 'test' }, async () => counts[runs++] ?? { deleted: 9 }, {
      done: 'swept',
      failed: 'sweep failed',
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(runs).toBe(1);
    expect(lines).toEqual([]);
    await vi.advanceTimersByTimeAsync(SWEEP_INTERVAL_MS);
    expect(runs).toBe(2);
    expect(lines).toEqual([{ level: 'info', args: [{ deleted: 3 }, 'swept'] }]);
    await vi.advanceTimersByTimeAsync(SWEEP_INTERVAL_MS);
    expect(runs).toBe(3);
    stop();
    await vi.advanceTimersByTimeAsync(5 * SWEEP_INTERVAL_MS);
    expect(runs).toBe(3);
  });

  it('logs a failed run without its error, and tries again at the next interval', async () => {
    vi.useFakeTimers();
    const { logger, lines } = fakeLogger();
    let runs = 0;
    const stop = scheduleRecurring(
      { logger, store, job: 'test', intervalMs: 1000 },
      async () => {
        runs += 1;
        if (runs === 1) {
          throw new Error('duplicate key: someone@example.org');
        }
        return { n: 1 };
      },
      { done: 'done', failed: 'failed; will try again' },
    );
    await vi.advanceTimersByTimeAsync(1000);
    stop();
    expect(runs).toBe(2);
    expect(lines).toEqual([
      { level: 'warn', args: ['failed; will try again'] },
      { level: 'info', args: [{ n: 1 }, 'done'] },
    ]);
    expect(JSON.stringify(lines)).not.toContain('example.org');
  });
});
