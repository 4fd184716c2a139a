import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../domain/accounts/account.js';
import type { Site, SiteService } from '../../domain/consent/site.js';
import type { OrganisationService } from '../../domain/organisations/organisation.service.js';
import { resolveRequestOrganisation } from '../organisation-scope.js';
import { Problem } from '../plugins/problem.js';
import { OrganisationQuery } from './register.schemas.js';

const SiteView = z
  .object({
    id: z.uuid(),
    name: z.string(),
    siteKey: z.string().describe('Public: it goes in the page as data-site'),
    origins: z.array(z.string()),
    createdBy: z.string(),
    createdAt: z.string(),
    revokedAt: z.string().nullable(),
  })
  .meta({ id: 'Site' });

const present = (s: Site) => ({
  id: s.id,
  name: s.name,
  siteKey: s.siteKey,
  origins: s.origins,
  createdBy: s.createdBy,
  createdAt: s.createdAt.toISOString(),
  revokedAt: s.revokedAt?.toISOString() ?? null,
});

/** The websites that run the cookie banner: each has a public site key and the origins allowed to use it. */
export const siteRoutes: FastifyPluginAsyncZod<{ sites: SiteService; organisations: OrganisationService }> = async (
  app,
  { sites, organisations },
) => {
  app.get(
    '/api/sites',
    {
      config: { action: 'sites:read' },
      schema: {
        tags: ['consent'],
        summary: "The organisation's websites and their site keys, newest first",
        querystring: OrganisationQuery,
        response: {
          200: z.object({ items: z.array(SiteView) }),
          400: Problem,
          401: Problem,
          403: Problem,
          404: Problem,
        },
      },
    },
    async (request) => {
      const organisation = await resolveRequestOrganisation(request, organisations);
      return { items: (await sites.listSites(organisation.id)).map(present) };
    },
  );

  app.post(
    '/api/sites',
    {
      config: { action: 'sites:manage' },
      schema: {
        tags: ['consent'],
        summary: 'Add a website: its site key for the banner snippet, and the origins allowed to use it',
        querystring: OrganisationQuery,
        body: z.object({
          name: z.string().trim().min(1).max(100),
          origins: z.array(z.string().max(200)).max(20).default([]),
        }),
        response: { 201: z.object({ site: SiteView }), 400: Problem, 401: Problem, 403: Problem, 404: Problem },
      },
    },
    async (request, reply) => {
      const organisation = await resolveRequestOrganisation(request, organisations);
      const actor = actorOf(request.adminSession);
      const site = await sites.createSite({
        organisationId: organisation.id,
        name: request.body.name,
        origins: request.body.origins,
        createdBy: `${actor.type}:${actor.id}`,
        audit: { actor, source: { requestId: request.id, ip: request.ip } },
      });
      reply.code(201);
      return { site: present(site) };
    },
  );

  app.delete(
    '/api/sites/:id',
    {
      config: { action: 'sites:manage' },
      schema: {
        tags: ['consent'],
        summary: 'Revoke a website: its banner stops recording consents (within 30 seconds)',
        querystring: OrganisationQuery,
        params: z.object({ id: z.uuid() }),
        response: { 204: z.null(), 400: Problem, 401: Problem, 403: Problem, 404: Problem },
      },
    },
    async (request, reply) => {
      const organisation = await resolveRequestOrganisation(request, organisations);
      await sites.revokeSite(organisation.id, request.params.id, {
        actor: actorOf(request.adminSession),
        source: { requestId: request.id, ip: request.ip },
      });
      reply.code(204);
      return null;
    },
  );
};
