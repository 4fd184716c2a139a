import { mailLogServiceFactory } from '../domain/mail/mail-log.service.js';
import { auditStore } from '../store/audit.store.js';
import type { Store } from '../store/db.js';
import { mailOutboxStore } from '../store/mail-outbox.store.js';

/** Wires the mail log (the outbox job is started by `startServer`, src/jobs/mail-outbox.job.ts). */
export function mailModule(deps: { store: Store; now: () => Date }) {
  const outbox = mailOutboxStore(deps.store.db);
  const audit = auditStore(deps.store.db);
  return {
    mailLog: mailLogServiceFactory({
      store: { listMail: outbox.listMail, appendAuditEntry: (event) => audit.appendAuditEntry(event) },
      now: deps.now,
    }),
  };
}
