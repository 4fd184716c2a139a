import { AppError } from '../../errors.js';
import type { CreateOrganisationBody, Organisation } from './organisation.js';

export interface OrganisationPorts {
  insertOrganisation(input: CreateOrganisationBody): Promise<Organisation | undefined>;
  listOrganisations(): Promise<Organisation[]>;
  findOrganisationBySlug(slug: string): Promise<Organisation | undefined>;
}

/** Use cases of the organisations an install hosts. */
export function organisationServiceFactory(deps: { store: OrganisationPorts }) {
  const { store } = deps;
  return {
    /** Creates an organisation; a taken slug is a conflict. */
    async createOrganisation(input: CreateOrganisationBody): Promise<Organisation> {
      const created = await store.insertOrganisation(input);
      if (!created) {
        throw new AppError('conflict', { message: `An organisation with the slug "${input.slug}" already exists.` });
      }
      return created;
    },
    listOrganisations: () => store.listOrganisations(),
    async getOrganisation(slug: string): Promise<Organisation> {
      const found = await store.findOrganisationBySlug(slug);
      if (!found) {
        throw new AppError('not_found', { message: 'No such organisation.' });
      }
      return found;
    },
  };
}

export type OrganisationService = ReturnType<typeof organisationServiceFactory>;
