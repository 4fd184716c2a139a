import { slugify } from '../domain/organisations/organisation.js';
import { organisationServiceFactory } from '../domain/organisations/organisation.service.js';
import { registerVersionServiceFactory } from '../domain/register/register-version.service.js';
import type { Store } from '../store/db.js';
import { organisationStore } from '../store/organisation.store.js';
import { registerVersionStore } from '../store/register-version.store.js';

/** Wires the register area: versions of each organisation's register, and the organisations they belong to. */
export function registerModule(deps: { store: Store; now: () => Date }) {
  const organisations = organisationServiceFactory({ store: organisationStore(deps.store.db) });
  return {
    registers: registerVersionServiceFactory({ store: registerVersionStore(deps.store.db), now: deps.now }),
    organisations: {
      ...organisations,
      /** Creates an organisation named after a register's legal name (first apply on a fresh install). */
      createOrganisationFromName: (name: string) => organisations.createOrganisation({ slug: slugify(name), name }),
    },
  };
}
