import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { registerModule } from '../modules/register.module.js';
import { statementModule } from '../modules/statement.module.js';
import { PACKAGE_ROOT } from '../package-info.js';
import type { Store } from '../store/db.js';
import { personStore } from '../store/person.store.js';
import { seedDemoConsent } from './demo-consent.js';

/** The demo organisation: invented, like everything the demo loads. */
export const DEMO_ORGANISATION = { slug: 'demo', name: 'Voorbeeld Software BV' } as const;

/** Its register, applied as version 1. */
export const DEMO_REGISTER_FILE = join(PACKAGE_ROOT, 'examples', 'demo.yaml');

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

/**
 * Loads the demo organisation, its register (published as its statement), its people, and its consent data (a
 * website, 30 days of invented banner choices, three newsletter subscribers) once; later runs change nothing.
 */
export async function seedDemo(store: Store): Promise<{ created: boolean }> {
  const { organisations, registers } = registerModule({ store, now: () => new Date() });
  const existing = (await organisations.listOrganisations()).find((o) => o.slug === DEMO_ORGANISATION.slug);
  if (existing) {
    return { created: false };
  }
  const organisation = await organisations.createOrganisation({ ...DEMO_ORGANISATION });
  await registers.applyRegister(organisation.id, {
    text: readFileSync(DEMO_REGISTER_FILE, 'utf8'),
    file: 'examples/demo.yaml',
    author: 'dijk demo',
    message: 'The demo register',
    audit: { actor: { type: 'system', id: 'demo' } },
  });
  await statementModule({ store, now: () => new Date() }).statements.publishStatement(organisation.id, {
    publishedBy: 'dijk demo',
    audit: { actor: { type: 'system', id: 'demo' } },
  });
  await personStore(store.db).insertPeople(organisation.id, DEMO_PEOPLE);
  await seedDemoConsent(store, organisation, DEMO_PEOPLE);
  return { created: true };
}
