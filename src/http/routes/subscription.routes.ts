import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { SubscriptionService } from '../../domain/consent/subscription.service.js';
import { AppError, isAppError } from '../../errors.js';
import { answerPostPreflight, originOf } from '../cross-origin.js';
import { acceptFormBodies, acceptMultipartFields, isFormPost, pageLanguage } from '../form-body.js';
import {
  confirmedPage,
  confirmPage,
  UNSUBSCRIBE_SCRIPT,
  unsubscribedPage,
  unsubscribePage,
} from '../pages/consent-pages.js';
import type { PublicLang } from '../pages/public-page.js';
import { Problem } from '../plugins/problem.js';
import { consentPageError, sendConsentPage } from './consent-page-errors.js';
import {
  ConfirmBody,
  OneClickBody,
  SUBSCRIBE_MESSAGE,
  SubscribeBody,
  SubscribeResult,
  TokenParams,
  TokenQuery,
} from './subscription.schemas.js';

/**
 * Double opt-in and unsubscribe (docs/consent.md). `POST /api/consent/subscribe` is called by websites' forms, from
 * script (JSON, CORS for any origin; the site's allowed origins are checked) or as a classic HTML form post with a
 * `redirect` back to the site. The confirmation link shows a page and records nothing; its button does. The
 * unsubscribe link's page records nothing either; it posts the withdrawal itself (script) or by its button, and the
 * RFC 8058 one-click POST withdraws at once.
 */
export const subscriptionRoutes: FastifyPluginAsyncZod<{ subscriptions: SubscriptionService }> = async (
  app,
  { subscriptions },
) => {
  acceptFormBodies(app);
  acceptMultipartFields(app);
  const pub = { public: true } as const;
  const page = { config: pub, schema: { hide: true } } as const;

  app.options('/api/consent/subscribe', { config: pub, schema: { hide: true } }, async (_request, reply) =>
    answerPostPreflight(reply),
  );

  app.post(
    '/api/consent/subscribe',
    {
      config: pub,
      schema: {
        tags: ['consent'],
        summary: 'Sign up for a consent purpose from a website form: mails a confirmation link (double opt-in)',
        description:
          'Always 202 with the same body whether the address is known or not. Nothing is recorded until the link in the mail is confirmed. JSON, or an HTML form post (application/x-www-form-urlencoded) with `redirect`.',
        body: SubscribeBody,
        response: {
          202: SubscribeResult,
          303: z.null().describe('HTML form posts with a redirect: back to the site'),
          400: Problem,
          403: Problem,
          404: Problem,
          409: Problem,
          422: Problem,
          429: Problem,
        },
      },
    },
    async (request, reply) => {
      reply.header('access-control-allow-origin', '*');
      const body = request.body;
      const { redirect } = await subscriptions.subscribe({
        siteKey: body.site,
        origin: originOf(request.headers.origin),
        email: body.email,
        purposeId: body.purpose,
        language: body.language,
        notice: body.notice,
        age: body.age,
        parentEmail: body.parentEmail,
        redirect: isFormPost(request) ? body.redirect : undefined,
      });
      if (redirect !== undefined) {
        return reply.redirect(redirect, 303);
      }
      return reply.code(202).send({ message: SUBSCRIBE_MESSAGE });
    },
  );

  app.get('/consent/confirm', { ...page, schema: { hide: true, querystring: TokenQuery } }, async (request, reply) => {
    const token = request.query.token ?? '';
    let lang: PublicLang = pageLanguage(request, request.query.lang);
    try {
      const view = await subscriptions.viewConfirmation(token);
      lang = pageLanguage(request, request.query.lang, view.language);
      return sendConsentPage(reply, 200, confirmPage({ ...view, lang, token, url: request.url }));
    } catch (error) {
      return consentPageError(reply, lang, error);
    }
  });

  app.post('/consent/confirm', { ...page, schema: { hide: true, body: ConfirmBody } }, async (request, reply) => {
    const lang = pageLanguage(request, request.body.lang);
    try {
      const result = await subscriptions.confirm(request.body.token, {
        ip: request.ip,
        userAgent: request.headers['user-agent'],
      });
      return sendConsentPage(
        reply,
        200,
        confirmedPage({ ...result, lang: pageLanguage(request, request.body.lang, result.language) }),
      );
    } catch (error) {
      return consentPageError(reply, lang, error);
    }
  });

  // The link in a mail's body, and what a scanner fetches: a page that records nothing. Its form posts the
  // withdrawal, sent by the page's script as soon as a browser shows it (one click in all), or by its button.
  app.get('/u/*', { ...page, schema: { hide: true, params: TokenParams } }, async (request, reply) => {
    let lang = pageLanguage(request, undefined);
    try {
      const view = await subscriptions.viewUnsubscribe(request.params['*']);
      lang = pageLanguage(request, undefined, view.language);
      return sendConsentPage(
        reply,
        200,
        unsubscribePage({
          lang,
          organisation: view.organisation,
          purpose: view.purpose(lang),
          token: request.params['*'],
        }),
      );
    } catch (error) {
      return consentPageError(reply, lang, error);
    }
  });

  app.get('/assets/unsubscribe.js', page, async (_request, reply) =>
    reply
      .type('text/javascript; charset=utf-8')
      .header('cache-control', 'public, max-age=3600')
      .send(UNSUBSCRIBE_SCRIPT),
  );

  // RFC 8058: the mail client POSTs `List-Unsubscribe=One-Click` to the List-Unsubscribe URL, without cookies and
  // without showing anything; the answer needs no further question. The link's page posts the same with
  // `via=page`, and gets a page back.
  app.post(
    '/u/*',
    { ...page, schema: { hide: true, params: TokenParams, body: OneClickBody } },
    async (request, reply) => {
      if (request.body['List-Unsubscribe'] !== 'One-Click') {
        throw new AppError('validation_failed', { message: 'Send List-Unsubscribe=One-Click (RFC 8058).' });
      }
      const client = { ip: request.ip, userAgent: request.headers['user-agent'] };
      if (request.body.via === 'page') {
        let lang = pageLanguage(request, request.body.lang);
        try {
          const result = await subscriptions.unsubscribe(request.params['*'], 'unsubscribe_link', client);
          lang = pageLanguage(request, request.body.lang, result.language);
          return sendConsentPage(reply, 200, unsubscribedPage({ ...result, lang, purpose: result.purpose(lang) }));
        } catch (error) {
          return consentPageError(reply, lang, error);
        }
      }
      try {
        await subscriptions.unsubscribe(request.params['*'], 'one_click_unsubscribe', client);
      } catch (error) {
        if (isAppError(error, 'validation_failed')) {
          throw new AppError('validation_failed', { message: 'This unsubscribe link is not valid.' });
        }
        throw error;
      }
      return reply
        .code(200)
        .header('cache-control', 'no-store')
        .type('text/plain; charset=utf-8')
        .send('Unsubscribed.\n');
    },
  );
};
