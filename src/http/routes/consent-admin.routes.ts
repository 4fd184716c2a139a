import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../domain/accounts/account.js';
import type { ConsentEvent } from '../../domain/consent/consent.js';
import type { ConsentService } from '../../domain/consent/consent.service.js';
import type { OrganisationService } from '../../domain/organisations/organisation.service.js';
import { writeCsv } from '../../domain/vocabulary/csv.parse.js';
import { AppError } from '../../errors.js';
import { resolveRequestOrganisation } from '../organisation-scope.js';
import { Problem } from '../plugins/problem.js';
import { ConsentEventView, ConsentRecordView, PurposeId } from './consent.schemas.js';
import { OrganisationQuery } from './register.schemas.js';

const present = (e: ConsentEvent) => {
  const { organisationId: _organisationId, ...rest } = e;
  return { ...rest, at: e.at.toISOString(), expiresAt: e.expiresAt?.toISOString() ?? null };
};

const EventFilterQuery = OrganisationQuery.extend({
  subject: z.string().max(254).optional().describe('An e-mail address of a consent subject, or a visitor id'),
  purpose: PurposeId.optional(),
  site: z.uuid().optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
});

const EXPORT_COLUMNS = [
  'id',
  'recordId',
  'at',
  'subjectType',
  'subjectKey',
  'purposeId',
  'event',
  'channel',
  'method',
  'registerVersion',
  'noticeHash',
  'language',
  'siteId',
  'expiresAt',
  'actor',
] as const;

function filterOf(q: z.infer<typeof EventFilterQuery>) {
  return {
    ...(q.subject ? { subject: q.subject } : {}),
    ...(q.purpose ? { purposeId: q.purpose } : {}),
    ...(q.site ? { siteId: q.site } : {}),
    ...(q.from ? { from: new Date(q.from) } : {}),
    ...(q.to ? { to: new Date(q.to) } : {}),
  };
}

const auditOf = (request: FastifyRequest) => ({
  actor: actorOf(request.adminSession),
  source: { requestId: request.id, ip: request.ip },
});

/**
 * The consent ledger for privacy officers, owners and auditors: search by subject, export, the ISO/IEC TS 27560
 * record of one consent, and the dashboard figures. Every read of events is audited before it is answered.
 * Privacy officers (and form backends with a `consent:write` key) also record consents on a person's behalf.
 */
export const consentAdminRoutes: FastifyPluginAsyncZod<{
  consent: ConsentService;
  organisations: OrganisationService;
}> = async (app, { consent, organisations }) => {
  app.get(
    '/api/consents',
    {
      config: { action: 'consent:read' },
      schema: {
        tags: ['consent'],
        summary: 'Consent events, newest first, filtered by subject, purpose, site and time; page with `before`',
        querystring: EventFilterQuery.extend({
          before: z
            .string()
            .regex(/^[^|]+\|[0-9a-f-]{36}$/)
            .optional()
            .describe('The `next` cursor of the previous page'),
          limit: z.coerce.number().int().min(1).max(500).default(100),
        }),
        response: {
          200: z.object({ items: z.array(ConsentEventView), next: z.string().nullable() }),
          400: Problem,
          401: Problem,
          403: Problem,
          404: Problem,
        },
      },
    },
    async (request) => {
      const organisation = await resolveRequestOrganisation(request, organisations);
      const q = request.query;
      let before: { at: Date; id: string } | undefined;
      if (q.before) {
        const [at = '', id = ''] = q.before.split('|');
        if (Number.isNaN(Date.parse(at))) {
          throw new AppError('validation_failed', { message: 'The cursor is not one this API gave.' });
        }
        before = { at: new Date(at), id };
      }
      const items = await consent.listEvents(
        organisation.id,
        { ...filterOf(q), limit: q.limit, ...(before ? { before } : {}) },
        auditOf(request),
      );
      const last = items.at(-1);
      return {
        items: items.map(present),
        next: items.length === q.limit && last ? `${last.at.toISOString()}|${last.id}` : null,
      };
    },
  );

  app.get(
    '/api/consents/export',
    {
      config: { action: 'consent:read' },
      schema: {
        tags: ['consent'],
        summary: 'Export consent events as CSV or JSON (at most 100,000, newest first)',
        querystring: EventFilterQuery.extend({ format: z.enum(['csv', 'json']).default('csv') }),
        response: {
          200: z.string().describe('CSV (RFC 4180) or a JSON array of events, as an attachment'),
          400: Problem,
          401: Problem,
          403: Problem,
          404: Problem,
        },
      },
    },
    async (request, reply) => {
      const organisation = await resolveRequestOrganisation(request, organisations);
      const q = request.query;
      const items = (
        await consent.listEvents(organisation.id, { ...filterOf(q), limit: 100_000 }, auditOf(request))
      ).map(present);
      const name = `consents-${organisation.slug}-${new Date().toISOString().slice(0, 10)}`;
      if (q.format === 'json') {
        reply
          .header('content-type', 'application/json; charset=utf-8')
          .header('content-disposition', `attachment; filename="${name}.json"`);
        return reply.send(JSON.stringify(items, null, 2));
      }
      const rows = items.map((e) => EXPORT_COLUMNS.map((c) => (e[c] === null ? '' : String(e[c]))));
      reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${name}.csv"`);
      return reply.send(writeCsv([[...EXPORT_COLUMNS], ...rows]));
    },
  );

  app.get(
    '/api/consents/stats',
    {
      config: { action: 'consent:read' },
      schema: {
        tags: ['consent'],
        summary: 'Banner choices per day (accept all, reject all, custom, GPC, withdrawal) and the share per purpose',
        querystring: OrganisationQuery.extend({
          site: z.uuid().optional(),
          days: z.coerce.number().int().min(1).max(366).default(30),
        }),
        response: {
          200: z.object({
            from: z.string(),
            to: z.string(),
            days: z.array(
              z.object({
                day: z.string(),
                acceptAll: z.number().int(),
                rejectAll: z.number().int(),
                custom: z.number().int(),
                gpc: z.number().int(),
                withdraw: z.number().int(),
              }),
            ),
            purposes: z.array(
              z.object({
                purposeId: z.string(),
                given: z.number().int(),
                refused: z.number().int(),
                withdrawn: z.number().int(),
              }),
            ),
          }),
          400: Problem,
          401: Problem,
          403: Problem,
          404: Problem,
        },
      },
    },
    async (request) => {
      const organisation = await resolveRequestOrganisation(request, organisations);
      const to = new Date();
      const from = new Date(to.getTime() - request.query.days * 86_400_000);
      const stats = await consent.choiceStats(organisation.id, {
        from,
        to,
        ...(request.query.site ? { siteId: request.query.site } : {}),
      });
      return { from: from.toISOString(), to: to.toISOString(), ...stats };
    },
  );

  app.get(
    '/api/consents/:recordId/record',
    {
      config: { action: 'consent:read' },
      schema: {
        tags: ['consent'],
        summary: 'The ISO/IEC TS 27560 consent record: notice, purposes, data, controller, recipients, events',
        querystring: OrganisationQuery,
        params: z.object({ recordId: z.uuid() }),
        response: { 200: ConsentRecordView, 400: Problem, 401: Problem, 403: Problem, 404: Problem },
      },
    },
    async (request) => {
      const organisation = await resolveRequestOrganisation(request, organisations);
      return consent.consentRecord(organisation.id, request.params.recordId, auditOf(request));
    },
  );

  app.post(
    '/api/consents',
    {
      config: { action: 'consent:write' },
      schema: {
        tags: ['consent'],
        summary: "Record a consent given, refused or withdrawn on a person's behalf, or by a form backend",
        querystring: OrganisationQuery,
        body: z.object({
          email: z.email().max(254),
          purpose: PurposeId,
          given: z.boolean(),
          language: z.enum(['nl', 'fr', 'en', 'de']).default('nl'),
          notice: z
            .string()
            .min(1)
            .max(20_000)
            .optional()
            .describe('The exact text the person agreed to (a form); stored once by hash as proof'),
          note: z.string().max(500).optional().describe('How the person expressed it (a letter, a call)'),
        }),
        response: {
          201: z.object({ event: ConsentEventView }),
          400: Problem,
          401: Problem,
          403: Problem,
          404: Problem,
          409: Problem,
          422: Problem,
        },
      },
    },
    async (request, reply) => {
      const organisation = await resolveRequestOrganisation(request, organisations);
      const body = request.body;
      const actor = actorOf(request.adminSession);
      const subject = await consent.ensureSubject(organisation.id, body.email, body.language);
      const isKey = actor.type === 'api_key';
      const event = await consent.recordSubjectConsent({
        organisationId: organisation.id,
        subjectId: subject.id,
        purposeId: body.purpose,
        given: body.given,
        channel: isKey ? 'api' : 'admin',
        method: isKey ? 'form' : 'on_behalf',
        notice:
          body.notice || body.note
            ? {
                kind: isKey ? 'form' : 'admin',
                language: body.language,
                content: { text: body.notice ?? null, note: body.note ?? null },
              }
            : null,
        language: body.language,
        actor: isKey ? null : `${actor.type}:${actor.id}`,
        ip: request.ip,
        userAgent: request.headers['user-agent'],
        audit: auditOf(request),
      });
      reply.code(201);
      return { event: present(event) };
    },
  );
};
