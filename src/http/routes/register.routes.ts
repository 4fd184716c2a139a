import type { FastifyPluginAsyncZod, ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../domain/accounts/account.js';
import type { LintFinding } from '../../domain/lint/index.js';
import type { OrganisationService } from '../../domain/organisations/organisation.service.js';
import {
  EXPORT_FORMATS,
  exportRegister,
  locateRegisterPath,
  type Register,
  registerJsonSchema,
} from '../../domain/register/index.js';
import type { RegisterVersion, RegisterVersionSummary } from '../../domain/register/register-version.js';
import type { RegisterVersionService } from '../../domain/register/register-version.service.js';
import { resolveRequestOrganisation } from '../organisation-scope.js';
import { Problem } from '../plugins/problem.js';
import { RegisterVersionParam } from './common.schemas.js';
import {
  ApplyResultView,
  ExportQuery,
  LintBody,
  LintFindingView,
  LintResultView,
  OrganisationQuery,
  PutRegisterBody,
  RegisterChangeView,
  RegisterVersionSummaryView,
  RegisterVersionView,
} from './register.schemas.js';

const summary = (v: RegisterVersionSummary) => ({
  version: v.version,
  hash: v.hash,
  author: v.author,
  message: v.message,
  sourceFormat: v.sourceFormat,
  createdAt: v.createdAt.toISOString(),
});

/** Findings with the line and column of their path in the source, for editors. */
function located(findings: LintFinding[], source: string) {
  return findings.map((f) => ({ ...f, ...(locateRegisterPath(source, f.path) ?? {}) }));
}

/** The register as a versioned record: read, apply, history, diff, lint, export. Admin session required. */
export const registerRoutes: FastifyPluginAsyncZod<{
  registers: RegisterVersionService;
  organisations: OrganisationService;
}> = async (app, { registers, organisations }) => {
  // The JSON Schema of the format is public: editors fetch it for autocompletion.
  app.get(
    '/api/register/schema',
    {
      config: { public: true },
      schema: { tags: ['register'], summary: 'JSON Schema of the register format' },
    },
    async (_request, reply) => reply.type('application/schema+json').send(registerJsonSchema()),
  );

  await app.register(async (scoped) => {
    const app = scoped.withTypeProvider<ZodTypeProvider>();
    // Registers are also PUT as raw YAML or JSON text, the way they are kept in a repository.
    for (const type of ['application/yaml', 'application/x-yaml', 'text/yaml']) {
      app.addContentTypeParser(type, { parseAs: 'string' }, (_req, body, done) => done(null, { source: body }));
    }

    const view = (v: RegisterVersion) => {
      const check = registers.checkRegister(v.source, 'register');
      return {
        ...summary(v),
        source: v.source,
        register: v.content as Record<string, unknown>,
        findings: check.ok ? located(check.findings, v.source) : [],
      };
    };

    app.get(
      '/api/register',
      {
        config: { action: 'register:read' },
        schema: {
          tags: ['register'],
          summary: 'The active register (the latest version) with its lint findings',
          querystring: OrganisationQuery,
          response: { 200: RegisterVersionView, 400: Problem, 401: Problem, 404: Problem },
        },
      },
      async (request) => {
        const organisation = await resolveRequestOrganisation(request, organisations);
        return view(await registers.getRegisterVersion(organisation.id));
      },
    );

    app.put(
      '/api/register',
      {
        config: { action: 'register:write' },
        schema: {
          tags: ['register'],
          summary: 'Store a new register version; refused with the problems or lint errors, storing nothing',
          querystring: OrganisationQuery,
          body: PutRegisterBody,
          response: { 200: ApplyResultView, 201: ApplyResultView, 400: Problem, 401: Problem, 422: Problem },
        },
      },
      async (request, reply) => {
        const organisation = await resolveRequestOrganisation(request, organisations);
        const result = await registers.applyRegister(organisation.id, {
          text: request.body.source,
          file: 'register',
          author: request.adminSession?.userId
            ? `user:${request.adminSession.userId.slice(0, 8)}`
            : `admin-session:${request.adminSession?.sessionId.slice(0, 8) ?? 'unknown'}`,
          ...(request.body.message === undefined ? {} : { message: request.body.message }),
          audit: {
            actor: actorOf(request.adminSession),
            source: { requestId: request.id, ip: request.ip },
          },
        });
        return reply.status(result.stored ? 201 : 200).send({
          stored: result.stored,
          version: summary(result.version),
          changes: result.changes,
          findings: located(result.findings, request.body.source),
        });
      },
    );

    app.get(
      '/api/register/versions',
      {
        config: { action: 'register:read' },
        schema: {
          tags: ['register'],
          summary: 'Every stored version, newest first',
          querystring: OrganisationQuery,
          response: { 200: z.object({ items: z.array(RegisterVersionSummaryView) }), 400: Problem, 401: Problem },
        },
      },
      async (request) => {
        const organisation = await resolveRequestOrganisation(request, organisations);
        return { items: (await registers.listRegisterVersions(organisation.id)).map(summary) };
      },
    );

    app.get(
      '/api/register/versions/:version',
      {
        config: { action: 'register:read' },
        schema: {
          tags: ['register'],
          summary: 'One stored version',
          params: z.object({ version: RegisterVersionParam }),
          querystring: OrganisationQuery,
          response: { 200: RegisterVersionView, 400: Problem, 401: Problem, 404: Problem },
        },
      },
      async (request) => {
        const organisation = await resolveRequestOrganisation(request, organisations);
        return view(await registers.getRegisterVersion(organisation.id, request.params.version));
      },
    );

    app.get(
      '/api/register/diff',
      {
        config: { action: 'register:read' },
        schema: {
          tags: ['register'],
          summary: 'What changed between two versions, in words, each change material or not',
          querystring: OrganisationQuery.extend({
            from: RegisterVersionParam,
            to: RegisterVersionParam,
          }),
          response: {
            200: z.object({ changes: z.array(RegisterChangeView) }),
            400: Problem,
            401: Problem,
            404: Problem,
          },
        },
      },
      async (request) => {
        const organisation = await resolveRequestOrganisation(request, organisations);
        const changes = await registers.diffRegisterVersions(organisation.id, request.query.from, request.query.to);
        return { changes };
      },
    );

    app.post(
      '/api/register/diff',
      {
        config: { action: 'register:read' },
        schema: {
          tags: ['register'],
          summary: 'What applying a register text would change against the active version (stores nothing)',
          querystring: OrganisationQuery,
          body: LintBody,
          response: {
            200: z.object({
              from: z.number().int().nullable().describe('The active version compared with; null when none'),
              changes: z.array(RegisterChangeView),
              findings: z.array(LintFindingView),
            }),
            400: Problem,
            401: Problem,
          },
        },
      },
      async (request) => {
        const organisation = await resolveRequestOrganisation(request, organisations);
        const preview = await registers.previewRegister(organisation.id, {
          text: request.body.source,
          file: 'register',
        });
        return { ...preview, findings: located(preview.findings, request.body.source) };
      },
    );

    app.post(
      '/api/register/lint',
      {
        config: { action: 'register:read' },
        schema: {
          tags: ['register'],
          summary: 'Parse and lint a register text without storing it (validation as you type)',
          body: LintBody,
          response: { 200: LintResultView, 400: Problem, 401: Problem },
        },
      },
      async (request) => {
        const check = registers.checkRegister(request.body.source, 'register');
        return check.ok
          ? { ok: true, problems: [], findings: located(check.findings, request.body.source) }
          : { ok: false, problems: check.problems, findings: [] };
      },
    );

    app.get(
      '/api/register/export',
      {
        config: { action: 'register:read' },
        schema: {
          tags: ['register'],
          summary: 'The active register (or a version) as an Art. 30 record, DPV JSON-LD, Fides YAML, …',
          description: 'Answers the file itself (CSV, XLSX, JSON, JSON-LD, YAML or Markdown), or a problem.',
          querystring: ExportQuery,
        },
      },
      async (request, reply) => {
        const organisation = await resolveRequestOrganisation(request, organisations);
        const version = await registers.getRegisterVersion(organisation.id, request.query.version);
        const format = EXPORT_FORMATS[request.query.format];
        const output = await exportRegister(version.content as Register, request.query.format, {
          lang: request.query.lang,
        });
        const name = `${organisation.slug}-register-v${version.version}.${format.extension}`;
        return reply
          .type(format.mediaType)
          .header('content-disposition', `attachment; filename="${name}"`)
          .send(typeof output === 'string' ? output : Buffer.from(output));
      },
    );
  });
};
