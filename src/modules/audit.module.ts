import { auditServiceFactory } from '../domain/audit/audit.service.js';
import { auditStore } from '../store/audit.store.js';
import type { Store } from '../store/db.js';

/** Wires the audit log. On PostgreSQL the chain is verified on two connections at once. */
export function auditModule(deps: { store: Store; now: () => Date }) {
  return {
    audit: auditServiceFactory({
      store: auditStore(deps.store.db, { parallelism: deps.store.dialect === 'postgres' ? 2 : 1 }),
      now: deps.now,
    }),
  };
}
