import type { Logger } from '../logger.js';
import type { Store } from '../store/db.js';
import { mailOutboxStore } from '../store/mail-outbox.store.js';
import { scheduleRecurring } from './recurring.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Deletes the outbox rows (recipient, subject, bodies) of mails sent or given up more than `retentionDays` ago
 * (GDPR Art. 5(1)(e), storage limitation; `MAIL_RETENTION_DAYS`). Mails still being delivered are kept. What a mail
 * proved stays elsewhere: a consent in the ledger, a change in the audit log. Idempotent.
 */
export async function sweepMailOutbox(deps: {
  store: Store;
  now: () => Date;
  retentionDays: number;
}): Promise<{ mails: number }> {
  const before = new Date(deps.now().getTime() - deps.retentionDays * DAY_MS);
  return { mails: await mailOutboxStore(deps.store.db).deleteMailBefore(before) };
}

/** Runs {@link sweepMailOutbox} at start and then every hour; returns a stop function. */
export function scheduleMailRetention(deps: {
  store: Store;
  now: () => Date;
  retentionDays: number;
  logger: Logger;
}): () => void {
  return scheduleRecurring(
    { logger: deps.logger, store: deps.store, job: 'mail-retention' },
    () => sweepMailOutbox(deps),
    {
      done: 'mails past their retention deleted from the outbox',
      failed: 'the mail retention sweep failed; will try again',
    },
  );
}
