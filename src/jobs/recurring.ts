import type { Logger } from '../logger.js';
import type { Store } from '../store/db.js';

/** The interval of the background sweeps: an hour. */
export const SWEEP_INTERVAL_MS = 60 * 60 * 1000;

/**
 * Runs a background task at once and then every `intervalMs` (default {@link SWEEP_INTERVAL_MS}); returns a stop
 * function. The timer never keeps the process alive. When a run counted something (any count above 0), the counts
 * are logged at info with `done`; a failed run logs `failed` at warn — never the error, which may quote data — and
 * the next run tries again. Each run holds the database's exclusive lock of `job` (`Store.exclusive`), so the
 * instances of a scaled-out install run a job one after the other: a check-then-insert task (the consent expiry)
 * would otherwise record its rows twice when two start at once. The tasks are idempotent, so the later run finds
 * nothing left to do.
 */
export function scheduleRecurring(
  deps: { logger: Logger; store: Pick<Store, 'exclusive'>; job: string; intervalMs?: number },
  task: () => Promise<Record<string, number>>,
  messages: { done: string; failed: string },
): () => void {
  const run = () =>
    deps.store.exclusive(`job\u0000${deps.job}`, task).then(
      (counts) => {
        if (Object.values(counts).some((n) => n > 0)) {
          deps.logger.info(counts, messages.done);
        }
      },
      () => deps.logger.warn(messages.failed),
    );
  void run();
  const timer = setInterval(run, deps.intervalMs ?? SWEEP_INTERVAL_MS);
  timer.unref();
  return () => clearInterval(timer);
}
