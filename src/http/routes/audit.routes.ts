import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AuditService } from '../../domain/audit/audit.service.js';
import type { AuditEntry } from '../../domain/audit/audit-chain.js';
import type { OrganisationService } from '../../domain/organisations/organisation.service.js';
import { resolveRequestOrganisation } from '../organisation-scope.js';
import { Problem } from '../plugins/problem.js';
import { OrganisationQuery } from './register.schemas.js';

const AuditEntryView = z
  .object({
    seq: z.number().int(),
    at: z.string(),
    actor: z.object({ type: z.enum(['user', 'api_key', 'system', 'anonymous']), id: z.string().optional() }),
    action: z.string(),
    outcome: z.enum(['success', 'denied', 'failure']),
    target: z.object({ type: z.string(), id: z.string() }).optional(),
    source: z.object({ requestId: z.string().optional(), ip: z.string().optional() }).optional(),
    prevHash: z.string(),
    hash: z.string(),
  })
  .meta({ id: 'AuditEntry' });

const VerifyView = z
  .object({
    ok: z.boolean(),
    count: z.number().int().optional(),
    head: z.object({ seq: z.number().int(), hash: z.string() }).nullable().optional(),
    seq: z.number().int().optional().describe('The first broken link'),
    reason: z.string().optional(),
  })
  .meta({ id: 'AuditVerifyResult' });

const AnchorView = z.object({ seq: z.number().int(), hash: z.string(), at: z.string() }).meta({ id: 'AuditAnchor' });

const present = (e: AuditEntry) => {
  const { organisationId: _organisationId, ...rest } = e;
  return rest;
};

/** The tamper-evident audit log: search, verify, anchors and export (auditors and owners). */
export const auditRoutes: FastifyPluginAsyncZod<{ audit: AuditService; organisations: OrganisationService }> = async (
  app,
  { audit, organisations },
) => {
  app.get(
    '/api/audit',
    {
      config: { action: 'audit:read' },
      schema: {
        tags: ['audit'],
        summary: 'Audit entries of the organisation, newest first, filtered; page with beforeSeq',
        querystring: OrganisationQuery.extend({
          action: z.string().max(100).optional(),
          actor: z.string().max(200).optional(),
          outcome: z.enum(['success', 'denied', 'failure']).optional(),
          from: z.iso.datetime({ offset: true }).optional(),
          to: z.iso.datetime({ offset: true }).optional(),
          beforeSeq: z.coerce.number().int().positive().optional(),
          limit: z.coerce.number().int().min(1).max(500).default(100),
        }),
        response: { 200: z.object({ items: z.array(AuditEntryView) }), 400: Problem, 401: Problem, 403: Problem },
      },
    },
    async (request) => {
      const organisation = await resolveRequestOrganisation(request, organisations);
      const q = request.query;
      const items = await audit.search(organisation.id, {
        limit: q.limit,
        ...(q.action ? { action: q.action } : {}),
        ...(q.actor ? { actorId: q.actor } : {}),
        ...(q.outcome ? { outcome: q.outcome } : {}),
        ...(q.from ? { from: q.from } : {}),
        ...(q.to ? { to: q.to } : {}),
        ...(q.beforeSeq === undefined ? {} : { beforeSeq: q.beforeSeq }),
      });
      return { items: items.map(present) };
    },
  );

  app.get(
    '/api/audit/verify',
    {
      config: { action: 'audit:read' },
      schema: {
        tags: ['audit'],
        summary: 'Recompute the hash chain and its anchors; reports the first broken link',
        querystring: OrganisationQuery,
        response: { 200: VerifyView, 400: Problem, 401: Problem, 403: Problem },
      },
    },
    async (request) => audit.verify((await resolveRequestOrganisation(request, organisations)).id),
  );

  app.get(
    '/api/audit/anchors',
    {
      config: { action: 'audit:read' },
      schema: {
        tags: ['audit'],
        summary: 'The published chain heads: keep copies elsewhere, they prove later truncation',
        querystring: OrganisationQuery,
        response: { 200: z.object({ items: z.array(AnchorView) }), 400: Problem, 401: Problem, 403: Problem },
      },
    },
    async (request) => {
      const organisation = await resolveRequestOrganisation(request, organisations);
      const anchors = await audit.listAnchors(organisation.id);
      return { items: anchors.map(({ seq, hash, at }) => ({ seq, hash, at })) };
    },
  );

  app.get(
    '/api/audit/export',
    {
      config: { action: 'audit:read' },
      schema: {
        tags: ['audit'],
        summary: 'The whole chain as JSON lines, oldest first (verifiable off-line)',
        querystring: OrganisationQuery,
      },
    },
    async (request, reply) => {
      const organisation = await resolveRequestOrganisation(request, organisations);
      const lines: string[] = [];
      for await (const batch of audit.readAll(organisation.id)) {
        for (const entry of batch) {
          lines.push(JSON.stringify(entry));
        }
      }
      return reply
        .type('application/x-ndjson')
        .header('content-disposition', `attachment; filename="${organisation.slug}-audit.jsonl"`)
        .send(lines.length > 0 ? `${lines.join('\n')}\n` : '');
    },
  );
};
