import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../domain/accounts/account.js';
import type { MailLogEntry } from '../../domain/mail/mail.js';
import type { MailLogService } from '../../domain/mail/mail-log.service.js';
import type { OrganisationService } from '../../domain/organisations/organisation.service.js';
import { AppError } from '../../errors.js';
import { resolveRequestOrganisation } from '../organisation-scope.js';
import { Problem } from '../plugins/problem.js';
import { OrganisationQuery } from './register.schemas.js';

const MailStatusSchema = z.enum(['pending', 'sent', 'failed']);

const MailLogEntryView = z
  .object({
    id: z.uuid(),
    kind: z.string().describe('Why it was sent: password_reset, account_locked, consent_confirmation, …'),
    to: z.string().describe('The recipient (personal data: reading the log is audited)'),
    subject: z.string(),
    status: MailStatusSchema.describe('pending (waiting or retrying), sent, or failed (given up)'),
    attempts: z.number().int(),
    createdAt: z.string(),
    sentAt: z.string().nullable(),
    nextAttemptAt: z.string().nullable().describe('When a pending mail is tried (again)'),
    lastError: z.string().nullable().describe('The last delivery error, without any address'),
  })
  .meta({ id: 'MailLogEntry' });

const MailLogQuery = OrganisationQuery.extend({
  scope: z
    .enum(['organisation', 'install'])
    .default('organisation')
    .describe("install: the account mails (password reset, lock), for the install's owner (a setup-link session)"),
  kind: z.string().max(50).optional(),
  status: MailStatusSchema.optional(),
  before: z.uuid().optional().describe('The id of the last mail of the previous page'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

const present = (m: MailLogEntry) => ({
  id: m.id,
  kind: m.kind,
  to: m.recipient,
  subject: m.subject,
  status: m.status,
  attempts: m.attempts,
  createdAt: m.createdAt.toISOString(),
  sentAt: m.sentAt?.toISOString() ?? null,
  nextAttemptAt: m.nextAttemptAt?.toISOString() ?? null,
  lastError: m.lastError,
});

/** The mail log (owners, privacy officers, auditors): recipients, subjects and outcomes, never bodies. */
export const mailRoutes: FastifyPluginAsyncZod<{
  mailLog: MailLogService;
  organisations: OrganisationService;
}> = async (app, { mailLog, organisations }) => {
  app.get(
    '/api/mail',
    {
      config: { action: 'mail:read' },
      schema: {
        tags: ['mail'],
        summary: 'Mails sent or waiting, newest first (reading it is audited as mail.read)',
        querystring: MailLogQuery,
        response: {
          200: z.object({ items: z.array(MailLogEntryView) }),
          400: Problem,
          401: Problem,
          403: Problem,
          404: Problem,
        },
      },
    },
    async (request) => {
      const q = request.query;
      let organisationId: string | null;
      if (q.scope === 'install') {
        // Account mails concern users of every organisation: only the install's owner reads them.
        if (request.adminSession?.memberships !== 'all') {
          throw new AppError('forbidden', {
            message: 'Only the owner of the install (a setup-link session) may read the account mails.',
          });
        }
        organisationId = null;
      } else {
        organisationId = (await resolveRequestOrganisation(request, organisations)).id;
      }
      const items = await mailLog.readMailLog(
        organisationId,
        {
          limit: q.limit,
          ...(q.before ? { before: q.before } : {}),
          ...(q.kind ? { kind: q.kind } : {}),
          ...(q.status ? { status: q.status } : {}),
        },
        { actor: actorOf(request.adminSession), source: { requestId: request.id, ip: request.ip } },
      );
      return { items: items.map(present) };
    },
  );
};
