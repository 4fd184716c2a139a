import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../domain/accounts/account.js';
import type { OrganisationService } from '../../domain/organisations/organisation.service.js';
import { renderStatement, toHtml } from '../../domain/statement/index.js';
import type { StatementPublication } from '../../domain/statement/statement-publication.js';
import type { StatementPublicationService } from '../../domain/statement/statement-publication.service.js';
import { resolveRequestOrganisation } from '../organisation-scope.js';
import { Problem } from '../plugins/problem.js';
import { RegisterVersionNumber, RegisterVersionParam } from './common.schemas.js';
import { OrganisationQuery, RegisterChangeView } from './register.schemas.js';

const PublicationView = z
  .object({
    number: z.number().int(),
    registerVersion: z.number().int(),
    effectiveFrom: z.string(),
    publishedAt: z.string(),
    publishedBy: z.string(),
    material: z.boolean().describe('The register changed materially since the previous publication'),
    changes: z.array(RegisterChangeView).describe('The change notice: what changed since the previous publication'),
  })
  .meta({ id: 'StatementPublication' });

const present = (p: StatementPublication) => ({
  number: p.number,
  registerVersion: p.registerVersion,
  effectiveFrom: p.effectiveFrom,
  publishedAt: p.publishedAt.toISOString(),
  publishedBy: p.publishedBy,
  material: p.material,
  changes: p.changes,
});

const StatementQuery = OrganisationQuery.extend({
  lang: z.enum(['nl', 'fr', 'en']).default('nl'),
  kind: z.enum(['privacy', 'cookies']).default('privacy'),
});

/** Publishing statements (admin) and the published statement as JSON or an HTML fragment (public, for embedding). */
export const statementRoutes: FastifyPluginAsyncZod<{
  statements: StatementPublicationService;
  organisations: OrganisationService;
}> = async (app, { statements, organisations }) => {
  app.get(
    '/api/statement',
    {
      config: { public: true },
      schema: {
        tags: ['statements'],
        summary: 'The statement in force, as a structured document (JSON) or an HTML fragment to embed',
        description:
          'JSON `{ version, effectiveFrom, document }` or an HTML fragment; 404 problem when nothing is published.',
        querystring: StatementQuery.extend({ format: z.enum(['json', 'html']).default('json') }),
      },
    },
    async (request, reply) => {
      const organisation = await resolveRequestOrganisation(request, organisations);
      const { publication, register } = await statements.getCurrentStatement(organisation.id);
      const doc = renderStatement(register, {
        lang: request.query.lang,
        kind: request.query.kind,
        version: { number: publication.number, effectiveFrom: publication.effectiveFrom },
      });
      reply.header('access-control-allow-origin', '*').header('cache-control', 'public, max-age=300');
      return request.query.format === 'html'
        ? reply.type('text/html; charset=utf-8').send(toHtml(doc))
        : reply
            .type('application/json')
            .send({ version: publication.number, effectiveFrom: publication.effectiveFrom, document: doc });
    },
  );

  app.get(
    '/api/statements',
    {
      config: { action: 'register:read' },
      schema: {
        tags: ['statements'],
        summary: 'Every published statement version, newest first',
        querystring: OrganisationQuery,
        response: { 200: z.object({ items: z.array(PublicationView) }), 400: Problem, 401: Problem, 403: Problem },
      },
    },
    async (request) => {
      const organisation = await resolveRequestOrganisation(request, organisations);
      return { items: (await statements.listStatementPublications(organisation.id)).map(present) };
    },
  );

  app.get(
    '/api/statements/preview',
    {
      config: { action: 'register:read' },
      schema: {
        tags: ['statements'],
        summary: 'The statement a register version (the active one by default) would publish, as HTML',
        description: 'An HTML fragment; 404 problem when the organisation has no register yet.',
        querystring: StatementQuery.extend({ registerVersion: RegisterVersionParam.optional() }),
      },
    },
    async (request, reply) => {
      const organisation = await resolveRequestOrganisation(request, organisations);
      const register = await statements.previewRegister(organisation.id, request.query.registerVersion);
      return reply
        .type('text/html; charset=utf-8')
        .send(toHtml(renderStatement(register, { lang: request.query.lang, kind: request.query.kind })));
    },
  );

  app.post(
    '/api/statements/publish',
    {
      config: { action: 'statement:publish' },
      schema: {
        tags: ['statements'],
        summary: 'Publish a register version (the active one by default) as the statement, from an effective date',
        querystring: OrganisationQuery,
        body: z.object({
          registerVersion: RegisterVersionNumber.optional(),
          effectiveFrom: z.string().optional().describe('YYYY-MM-DD, today by default; never in the past'),
        }),
        response: { 201: PublicationView, 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem },
      },
    },
    async (request, reply) => {
      const organisation = await resolveRequestOrganisation(request, organisations);
      const session = request.adminSession;
      const publication = await statements.publishStatement(organisation.id, {
        ...(request.body.registerVersion === undefined ? {} : { registerVersion: request.body.registerVersion }),
        ...(request.body.effectiveFrom === undefined ? {} : { effectiveFrom: request.body.effectiveFrom }),
        publishedBy: actorOf(session).id,
        audit: { actor: actorOf(session), source: { requestId: request.id, ip: request.ip } },
      });
      return reply.status(201).send(present(publication));
    },
  );
};
