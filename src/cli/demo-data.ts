import { organisationServiceFactory } from '../domain/organisations/organisation.service.js';
import type { Store } from '../store/db.js';
import { organisationStore } from '../store/organisation.store.js';
import { personStore } from '../store/person.store.js';

/** The demo organisation: invented, like everything the demo loads. */
export const DEMO_ORGANISATION = { slug: 'demo', name: 'Bakkerij De Voorbeeldige BV (demo)' } as const;

/**
 * Synthetic people for the demo. Invented names at example.org (RFC 2606 reserves it), so no real person's data
 * is ever shipped.
 */
export const DEMO_PEOPLE: readonly { displayName: string; email: string }[] = [
  { displayName: 'Anna Voorbeeld', email: 'anna.voorbeeld@example.org' },
  { displayName: 'Bram Testmans', email: 'bram.testmans@example.org' },
  { displayName: 'Camille Exemple', email: 'camille.exemple@example.org' },
  { displayName: 'Dirk Demo', email: 'dirk.demo@example.org' },
  { displayName: 'Emma Sample', email: 'emma.sample@example.org' },
];

/** Loads the demo organisation and its people once; later runs find them and change nothing. */
export async function seedDemo(store: Store): Promise<{ created: boolean }> {
  const organisations = organisationStore(store.db);
  const existing = await organisations.findOrganisationBySlug(DEMO_ORGANISATION.slug);
  if (existing) {
    return { created: false };
  }
  const service = organisationServiceFactory({ store: organisations });
  const organisation = await service.createOrganisation({ ...DEMO_ORGANISATION });
  await personStore(store.db).insertPeople(organisation.id, DEMO_PEOPLE);
  return { created: true };
}
