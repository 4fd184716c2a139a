import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { PreferencesService } from '../../domain/consent/preferences.service.js';
import type { OrganisationService } from '../../domain/organisations/organisation.service.js';
import { acceptFormBodies, pageLanguage } from '../form-body.js';
import { resolveRequestOrganisation } from '../organisation-scope.js';
import { preferencesPage, preferencesRequestPage } from '../pages/consent-pages.js';
import type { PublicLang } from '../pages/public-page.js';
import { consentPageError, sendConsentPage } from './consent-page-errors.js';
import { PreferenceActionBody, PreferencesQuery, PreferencesRequestBody } from './subscription.schemas.js';

const client = (request: FastifyRequest) => ({ ip: request.ip, userAgent: request.headers['user-agent'] });

/** Back to the preference centre after a one-click action (POST, then 303: a reload does not post again). */
function backTo(reply: FastifyReply, token: string, lang: PublicLang, done: 'withdrawn' | 'given') {
  const query = new URLSearchParams({ token, lang, done });
  return reply.header('cache-control', 'no-store').redirect(`/preferences?${query.toString()}`, 303);
}

/**
 * The preference centre (docs/consent.md), server-rendered in Dutch, French or English (`?lang`, else
 * Accept-Language): with a signed link from a mail it lists the person's consents with the text agreed to and a
 * one-click withdrawal each, and re-consent where the register changed; without one it asks for the address and
 * mails a link if the address is known (the page answers alike either way).
 */
export const preferencesRoutes: FastifyPluginAsyncZod<{
  preferences: PreferencesService;
  organisations: OrganisationService;
}> = async (app, { preferences, organisations }) => {
  acceptFormBodies(app);
  const page = { config: { public: true }, schema: { hide: true } } as const;

  app.get(
    '/preferences',
    { ...page, schema: { hide: true, querystring: PreferencesQuery } },
    async (request, reply) => {
      const lang = pageLanguage(request, request.query.lang);
      const { token } = request.query;
      try {
        if (token === undefined) {
          const organisation = await resolveRequestOrganisation(request, organisations);
          return sendConsentPage(
            reply,
            200,
            preferencesRequestPage({
              lang,
              organisation: organisation.name,
              organisationSlug: organisation.slug,
              sent: false,
              url: request.url,
            }),
          );
        }
        const view = await preferences.view(token, lang);
        return sendConsentPage(
          reply,
          200,
          preferencesPage({ ...view, lang, token, done: request.query.done, url: request.url }),
        );
      } catch (error) {
        return consentPageError(reply, lang, error);
      }
    },
  );

  app.post(
    '/preferences',
    { ...page, schema: { hide: true, querystring: PreferencesQuery, body: PreferencesRequestBody } },
    async (request, reply) => {
      const lang = pageLanguage(request, request.body.lang ?? request.query.lang);
      const organisation = await resolveRequestOrganisation(request, organisations);
      try {
        await preferences.requestLink({ organisationId: organisation.id, email: request.body.email, language: lang });
      } catch (error) {
        return consentPageError(reply, lang, error);
      }
      return sendConsentPage(
        reply,
        200,
        preferencesRequestPage({
          lang,
          organisation: organisation.name,
          organisationSlug: organisation.slug,
          sent: true,
          url: undefined,
        }),
      );
    },
  );

  app.post(
    '/preferences/withdraw',
    { ...page, schema: { hide: true, body: PreferenceActionBody } },
    async (request, reply) => {
      const lang = pageLanguage(request, request.body.lang);
      try {
        await preferences.withdraw(request.body.token, request.body.purpose, client(request));
      } catch (error) {
        return consentPageError(reply, lang, error);
      }
      return backTo(reply, request.body.token, lang, 'withdrawn');
    },
  );

  app.post(
    '/preferences/consent',
    { ...page, schema: { hide: true, body: PreferenceActionBody } },
    async (request, reply) => {
      const lang = pageLanguage(request, request.body.lang);
      try {
        await preferences.giveAgain(request.body.token, request.body.purpose, lang, client(request));
      } catch (error) {
        return consentPageError(reply, lang, error);
      }
      return backTo(reply, request.body.token, lang, 'given');
    },
  );
};
