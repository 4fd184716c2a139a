import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Principal } from '../../domain/accounts/account.js';
import { CreateOrganisationBody, OrganisationSlug } from '../../domain/organisations/organisation.js';
import type { OrganisationService } from '../../domain/organisations/organisation.service.js';
import { AppError } from '../../errors.js';
import { Problem } from '../plugins/problem.js';

const OrganisationView = z
  .object({ id: z.uuid(), slug: z.string(), name: z.string(), createdAt: z.string() })
  .meta({ id: 'Organisation' });

function present(o: { id: string; slug: string; name: string; createdAt: Date }) {
  return { id: o.id, slug: o.slug, name: o.name, createdAt: o.createdAt.toISOString() };
}

/** Whether the session may see the organisation: a setup-link session sees all, a user their memberships. */
function isVisible(session: Principal | undefined, organisationId: string): boolean {
  return (
    session?.memberships === 'all' || (session?.memberships ?? []).some((m) => m.organisationId === organisationId)
  );
}

/**
 * The organisations this install hosts, as far as the session may see them: a user sees the organisations they
 * have a role in, and another one is 404, never 403. Admin session required.
 */
export const organisationRoutes: FastifyPluginAsyncZod<{
  organisations: OrganisationService;
  grantOwner: (userId: string, organisationId: string) => Promise<void>;
}> = async (app, { organisations, grantOwner }) => {
  app.get(
    '/api/organisations',
    {
      config: { action: 'organisation:read' },
      schema: {
        tags: ['organisations'],
        summary: 'List organisations',
        response: { 200: z.object({ items: z.array(OrganisationView) }), 401: Problem },
      },
    },
    async (request) => ({
      items: (await organisations.listOrganisations())
        .filter((o) => isVisible(request.adminSession, o.id))
        .map(present),
    }),
  );

  app.get(
    '/api/organisations/:slug',
    {
      config: { action: 'organisation:read' },
      schema: {
        tags: ['organisations'],
        summary: 'Get one organisation',
        params: z.object({ slug: OrganisationSlug }),
        response: { 200: OrganisationView, 401: Problem, 404: Problem },
      },
    },
    async (request) => {
      const organisation = await organisations.getOrganisation(request.params.slug);
      if (!isVisible(request.adminSession, organisation.id)) {
        throw new AppError('not_found', { message: 'No such organisation.' });
      }
      return present(organisation);
    },
  );

  app.post(
    '/api/organisations',
    {
      config: { action: 'organisation:write' },
      schema: {
        tags: ['organisations'],
        summary: 'Create an organisation',
        body: CreateOrganisationBody,
        response: { 201: OrganisationView, 400: Problem, 401: Problem, 409: Problem },
      },
    },
    async (request, reply) => {
      const created = await organisations.createOrganisation(request.body);
      const userId = request.adminSession?.userId;
      if (userId) {
        // A user who creates an organisation owns it; otherwise they could not see what they made.
        await grantOwner(userId, created.id);
      }
      return reply.status(201).send(present(created));
    },
  );
};
