import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../domain/accounts/account.js';
import type { MailingService } from '../../domain/consent/mailing.service.js';
import type { OrganisationService } from '../../domain/organisations/organisation.service.js';
import { resolveRequestOrganisation } from '../organisation-scope.js';
import { Problem } from '../plugins/problem.js';
import { OrganisationQuery } from './register.schemas.js';
import { MailingBody, MailingResult } from './subscription.schemas.js';

/**
 * Marketing mail by consent (docs/consent.md): one mail to each person whose consent for the purpose counts now,
 * each with its own RFC 8058 one-click unsubscribe. Owners and privacy officers (`mailing:send`).
 */
export const mailingRoutes: FastifyPluginAsyncZod<{
  mailings: MailingService;
  organisations: OrganisationService;
}> = async (app, { mailings, organisations }) => {
  app.post(
    '/api/mailings',
    {
      config: { action: 'mailing:send' },
      schema: {
        tags: ['consent'],
        summary: 'Send a mailing to everyone whose consent for a purpose counts now; answers the number of recipients',
        querystring: OrganisationQuery,
        body: MailingBody,
        response: {
          202: MailingResult,
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
      const result = await mailings.sendMailing(
        {
          organisationId: organisation.id,
          purposeId: request.body.purpose,
          subject: request.body.subject,
          text: request.body.text,
          language: request.body.language,
        },
        { actor: actorOf(request.adminSession), source: { requestId: request.id, ip: request.ip } },
      );
      return reply.code(202).send(result);
    },
  );
};
