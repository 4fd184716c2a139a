import type { FastifyRequest } from 'fastify';
import type { Organisation } from '../domain/organisations/organisation.js';
import type { OrganisationService } from '../domain/organisations/organisation.service.js';
import { AppError } from '../errors.js';

/**
 * The organisation a request acts on: `?organisation=slug`, or the only organisation of the install. Accounts
 * (users bound to organisations) will replace the query parameter with the user's own organisation.
 */
export async function resolveRequestOrganisation(
  request: FastifyRequest,
  organisations: OrganisationService,
): Promise<Organisation> {
  const slug = (request.query as { organisation?: unknown } | undefined)?.organisation;
  if (typeof slug === 'string' && slug.length > 0) {
    return organisations.getOrganisation(slug);
  }
  const all = await organisations.listOrganisations();
  if (all.length === 1 && all[0]) {
    return all[0];
  }
  throw new AppError('validation_failed', {
    message:
      all.length === 0
        ? 'This install has no organisation yet.'
        : 'This install hosts several organisations: name one with ?organisation=slug.',
  });
}
