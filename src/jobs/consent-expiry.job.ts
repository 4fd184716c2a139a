import type { Logger } from '../logger.js';
import { appendExpiredEvents } from '../store/consent-event.store.js';
import type { Store } from '../store/db.js';
import { scheduleRecurring } from './recurring.js';

/**
 * Records `expired` events for consents of known people past their renewal period (LEGAL.md §5), at start and then
 * every hour; returns a stop function. The state is derived from the expiry anyway, so a late run changes nothing
 * that counts; it makes the expiry visible in the ledger and in the consent record.
 */
export function scheduleConsentExpiry(deps: { store: Store; now: () => Date; logger: Logger }): () => void {
  return scheduleRecurring(
    { logger: deps.logger, store: deps.store, job: 'consent-expiry' },
    async () => ({ expired: await appendExpiredEvents(deps.store.db, deps.now()) }),
    { done: 'expired consents recorded', failed: 'recording expired consents failed; will try again' },
  );
}
