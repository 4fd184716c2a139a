import { organisationServiceFactory } from '../domain/organisations/organisation.service.js';
import type { Store } from '../store/db.js';
import { organisationStore } from '../store/organisation.store.js';

/** Wires the organisations area. */
export function organisationsModule(deps: { store: Store }) {
  return { organisations: organisationServiceFactory({ store: organisationStore(deps.store.db) }) };
}
