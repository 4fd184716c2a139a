import { organisationServiceFactory } from '../domain/organisations/organisation.service.js';
import { AppError } from '../errors.js';
import type { Store } from '../store/db.js';
import { organisationStore } from '../store/organisation.store.js';

/**
 * The organisation a command acts on: the one named by --org, or the only one of this install. With several and
 * none named, the user must choose.
 */
export async function resolveOrganisation(store: Store, slug: string | undefined) {
  const service = organisationServiceFactory({ store: organisationStore(store.db) });
  if (slug) {
    return service.getOrganisation(slug);
  }
  const all = await service.listOrganisations();
  if (all.length === 1 && all[0]) {
    return all[0];
  }
  throw new AppError('validation_failed', {
    message:
      all.length === 0
        ? 'This install has no organisation yet; `dijk register apply FILE` creates one from the register.'
        : `This install hosts ${all.length} organisations; name one with --org (${all.map((o) => o.slug).join(', ')}).`,
  });
}
