import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../domain/accounts/account.js';
import type { ApiKey, ApiKeyService } from '../../domain/accounts/api-key.js';
import type { OrganisationService } from '../../domain/organisations/organisation.service.js';
import { resolveRequestOrganisation } from '../organisation-scope.js';
import { Problem } from '../plugins/problem.js';
import { OrganisationQuery } from './register.schemas.js';

const ApiKeyView = z
  .object({
    id: z.uuid(),
    name: z.string(),
    prefix: z.string().describe('The first characters of the key, to recognise it'),
    actions: z.array(z.string()),
    createdBy: z.string(),
    createdAt: z.string(),
    lastUsedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .meta({ id: 'ApiKey' });

const present = (k: ApiKey) => ({
  id: k.id,
  name: k.name,
  prefix: k.prefix,
  actions: k.actions,
  createdBy: k.createdBy,
  createdAt: k.createdAt.toISOString(),
  lastUsedAt: k.lastUsedAt?.toISOString() ?? null,
  revokedAt: k.revokedAt?.toISOString() ?? null,
});

/** An organisation's API keys (owners). The key itself is in the answer of the POST only. */
export const apiKeyRoutes: FastifyPluginAsyncZod<{
  apiKeys: ApiKeyService;
  organisations: OrganisationService;
}> = async (app, { apiKeys, organisations }) => {
  app.get(
    '/api/api-keys',
    {
      config: { action: 'api_keys:manage' },
      schema: {
        tags: ['access'],
        summary: "The organisation's API keys, newest first (never the keys themselves)",
        querystring: OrganisationQuery,
        response: { 200: z.object({ items: z.array(ApiKeyView) }), 400: Problem, 401: Problem, 403: Problem },
      },
    },
    async (request) => {
      const organisation = await resolveRequestOrganisation(request, organisations);
      return { items: (await apiKeys.listApiKeys(organisation.id)).map(present) };
    },
  );

  app.post(
    '/api/api-keys',
    {
      config: { action: 'api_keys:manage' },
      schema: {
        tags: ['access'],
        summary: 'Issue an API key for some actions of the policy table; the key is shown in this answer only',
        querystring: OrganisationQuery,
        body: z.object({
          name: z.string().trim().min(1).max(100),
          actions: z.array(z.string().max(50)).min(1).max(20),
        }),
        response: {
          201: z.object({ key: z.string().describe('Shown once; store it now'), apiKey: ApiKeyView }),
          400: Problem,
          401: Problem,
          403: Problem,
        },
      },
    },
    async (request, reply) => {
      const organisation = await resolveRequestOrganisation(request, organisations);
      const { key, apiKey } = await apiKeys.createApiKey({
        organisationId: organisation.id,
        name: request.body.name,
        actions: request.body.actions,
        createdBy: actorOf(request.adminSession).id,
        audit: { actor: actorOf(request.adminSession), source: { requestId: request.id, ip: request.ip } },
      });
      return reply.status(201).send({ key, apiKey: present(apiKey) });
    },
  );

  app.delete(
    '/api/api-keys/:id',
    {
      config: { action: 'api_keys:manage' },
      schema: {
        tags: ['access'],
        summary: 'Revoke an API key: it stops working at once',
        params: z.object({ id: z.uuid() }),
        querystring: OrganisationQuery,
        response: { 204: z.null(), 400: Problem, 401: Problem, 403: Problem, 404: Problem },
      },
    },
    async (request, reply) => {
      const organisation = await resolveRequestOrganisation(request, organisations);
      await apiKeys.revokeApiKey(organisation.id, request.params.id, {
        actor: actorOf(request.adminSession),
        source: { requestId: request.id, ip: request.ip },
      });
      return reply.status(204).send(null);
    },
  );
};
