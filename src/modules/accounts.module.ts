import { adminSessionServiceFactory } from '../domain/accounts/admin-session.service.js';
import { adminSessionStore } from '../store/admin-session.store.js';
import type { Store } from '../store/db.js';

/** Wires the accounts area: admin login links and sessions. */
export function accountsModule(deps: { store: Store; now: () => Date }) {
  return { sessions: adminSessionServiceFactory({ store: adminSessionStore(deps.store.db), now: deps.now }) };
}
