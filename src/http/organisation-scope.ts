import type { FastifyRequest } from 'fastify';
import type { Organisation } from '../domain/organisations/organisation.js';
import type { OrganisationService } from '../domain/organisations/organisation.service.js';
import { AppError } from '../errors.js';

/**
 * The organisation a request acts on. For a user session: the one of its memberships named by
 * `?organisation=slug`, or its only membership; an organisation the user has no role in is `not_found`, never
 * `forbidden`. For a setup-link session (owner of the install): `?organisation=slug`, or the only organisation.
 */
export async function resolveRequestOrganisation(
  request: FastifyRequest,
  organisations: OrganisationService,
): Promise<Organisation> {
  const slug = (request.query as { organisation?: unknown } | undefined)?.organisation;
  const memberships = request.adminSession?.memberships;
  if (memberships !== undefined && memberships !== 'all') {
    const named = typeof slug === 'string' && slug.length > 0 ? slug : undefined;
    const chosen = named ? memberships.find((m) => m.organisationSlug === named) : memberships[0];
    if (named && !chosen) {
      throw new AppError('not_found', { message: 'No such organisation.' });
    }
    if (chosen && (named || memberships.length === 1)) {
      return organisations.getOrganisation(chosen.organisationSlug);
    }
    throw new AppError('validation_failed', {
      message:
        memberships.length === 0
          ? 'Your account has no role in any organisation yet.'
          : 'You have a role in several organisations: name one with ?organisation=slug.',
    });
  }
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
