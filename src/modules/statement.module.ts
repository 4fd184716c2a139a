import { statementPublicationServiceFactory } from '../domain/statement/statement-publication.service.js';
import type { Store } from '../store/db.js';
import { registerVersionStore } from '../store/register-version.store.js';
import { statementPublicationStore } from '../store/statement-publication.store.js';

/** Wires the statement area: publications of register versions as the public statement. */
export function statementModule(deps: { store: Store; now: () => Date }) {
  return {
    statements: statementPublicationServiceFactory({
      store: statementPublicationStore(deps.store.db),
      registers: registerVersionStore(deps.store.db),
      now: deps.now,
    }),
  };
}
