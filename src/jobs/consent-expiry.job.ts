import type { Logger } from '../logger.js';
import { appendExpiredEvents } from '../store/consent-event.store.js';
import type { Store } from '../store/db.js';

/** How often expired consents of known people get their `expired` event. */
export const CONSENT_EXPIRY_INTERVAL_MS = 60 * 60 * 1000;

/**
 * Records `expired` events for consents of known people past their renewal period (LEGAL.md §5), at start and then
 * every hour; returns a stop function. The state is derived from the expiry anyway, so a late run changes nothing
 * that counts; it makes the expiry visible in the ledger and in the consent record.
 */
export function scheduleConsentExpiry(deps: { store: Store; now: () => Date; logger: Logger }): () => void {
  const run = () =>
    appendExpiredEvents(deps.store.db, deps.now()).then(
      (n) => {
        if (n > 0) {
          deps.logger.info({ expired: n }, 'expired consents recorded');
        }
      },
      () => deps.logger.warn('recording expired consents failed; will try again'),
    );
  void run();
  const timer = setInterval(run, CONSENT_EXPIRY_INTERVAL_MS);
  timer.unref();
  return () => clearInterval(timer);
}
