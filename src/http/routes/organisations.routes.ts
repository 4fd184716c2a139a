import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CreateOrganisationBody, OrganisationSlug } from '../../domain/organisations/organisation.js';
import type { OrganisationService } from '../../domain/organisations/organisation.service.js';
import { Problem } from '../plugins/problem.js';

const OrganisationView = z
  .object({ id: z.uuid(), slug: z.string(), name: z.string(), createdAt: z.string() })
  .meta({ id: 'Organisation' });

function present(o: { id: string; slug: string; name: string; createdAt: Date }) {
  return { id: o.id, slug: o.slug, name: o.name, createdAt: o.createdAt.toISOString() };
}

/** The organisations this install hosts. Admin session required. */
export const organisationRoutes: FastifyPluginAsyncZod<{
  organisations: OrganisationService;
}> = async (app, { organisations }) => {
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
    async () => ({ items: (await organisations.listOrganisations()).map(present) }),
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
    async (request) => present(await organisations.getOrganisation(request.params.slug)),
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
      return reply.status(201).send(present(created));
    },
  );
};
