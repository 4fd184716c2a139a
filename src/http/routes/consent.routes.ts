import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ConsentService } from '../../domain/consent/consent.service.js';
import { AppError } from '../../errors.js';
import { Problem } from '../plugins/problem.js';
import { ConsentChoiceBody, ConsentChoiceResult, DerivedConsentView, SiteKey, VisitorId } from './consent.schemas.js';

/** A fixed-window counter per site key: one busy site cannot take the ledger from the others. */
function siteLimiter(perMinute: number) {
  const windows = new Map<string, { start: number; count: number }>();
  return (siteKey: string): void => {
    const now = Date.now();
    let w = windows.get(siteKey);
    if (!w || now - w.start >= 60_000) {
      if (windows.size > 10_000) {
        windows.clear();
      }
      w = { start: now, count: 0 };
      windows.set(siteKey, w);
    }
    w.count += 1;
    if (w.count > perMinute) {
      throw new AppError('rate_limited', { message: 'Too many consent events for this site; try again in a minute.' });
    }
  };
}

const originOf = (value: string | undefined) => (value === undefined || value === 'null' ? undefined : value);

/**
 * The public consent API the banner and forms call from other origins: the banner configuration, recording a
 * choice, and a visitor's state. No cookies or credentials: the site key names the site (it is public, it sits in
 * the page), the site's allowed origins are checked against `Origin`, and the answers carry CORS headers for any
 * origin (nothing personal is readable without the visitor's own random id). Rate-limited per client address
 * (fastify rate-limit) and per site.
 */
export const consentRoutes: FastifyPluginAsyncZod<{
  consent: ConsentService;
  perAddressPerMinute: number;
  perSitePerMinute: number;
}> = async (app, { consent, perAddressPerMinute, perSitePerMinute }) => {
  const limitSite = siteLimiter(perSitePerMinute);
  const rateLimit = { max: perAddressPerMinute, timeWindow: '1 minute' };
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('access-control-allow-origin', '*');
    reply.header('cross-origin-resource-policy', 'cross-origin');
    return payload;
  });

  app.options(
    '/api/consent',
    { config: { public: true, rateLimit }, schema: { hide: true } },
    async (_request, reply) => {
      reply
        .header('access-control-allow-methods', 'POST')
        .header('access-control-allow-headers', 'content-type')
        .header('access-control-max-age', '86400')
        .code(204)
        .send();
    },
  );

  app.get(
    '/api/consent/config',
    {
      config: { public: true, rateLimit },
      schema: {
        tags: ['consent'],
        summary: "The cookie banner's configuration for a site: categories, cookies, purposes and texts with hashes",
        querystring: z.object({ site: SiteKey }),
        response: { 200: z.looseObject({}), 400: Problem, 403: Problem, 404: Problem, 409: Problem, 429: Problem },
      },
    },
    async (request, reply) => {
      const config = await consent.bannerConfig(request.query.site, originOf(request.headers.origin));
      reply.header('cache-control', 'public, max-age=60');
      return config as unknown as Record<string, unknown>;
    },
  );

  app.post(
    '/api/consent',
    {
      config: { public: true, rateLimit },
      schema: {
        tags: ['consent'],
        summary: 'Record a banner choice; 201 means every event is committed to the ledger',
        body: ConsentChoiceBody,
        response: {
          201: ConsentChoiceResult,
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
      limitSite(request.body.site);
      const body = request.body;
      const result = await consent.recordBannerChoice({
        siteKey: body.site,
        visitor: body.visitor,
        registerVersion: body.registerVersion,
        noticeHash: body.noticeHash,
        language: body.language,
        method: body.method,
        choices: body.choices,
        origin: originOf(request.headers.origin),
        ip: request.ip,
        userAgent: request.headers['user-agent'],
      });
      // The answer is built right here from typed values: plain JSON.stringify instead of the zod serialiser, which
      // would check it again on the busiest public route (the schema still documents it and types this return). A
      // reply serialiser leaves the content type to us.
      reply.code(201).type('application/json; charset=utf-8').serializer(JSON.stringify);
      return { events: result.events, expiresAt: result.expiresAt?.toISOString() ?? null };
    },
  );

  app.get(
    '/api/consent/state',
    {
      config: { public: true, rateLimit },
      schema: {
        tags: ['consent'],
        summary: "A visitor's current consent per purpose (by the visitor's own random id)",
        querystring: z.object({ site: SiteKey, visitor: VisitorId }),
        response: {
          200: z.object({ registerVersion: z.number().int(), purposes: z.record(z.string(), DerivedConsentView) }),
          400: Problem,
          403: Problem,
          404: Problem,
          429: Problem,
        },
      },
    },
    async (request, reply) => {
      const state = await consent.visitorState(
        request.query.site,
        request.query.visitor,
        originOf(request.headers.origin),
      );
      reply.header('cache-control', 'no-store');
      return {
        registerVersion: state.registerVersion,
        purposes: Object.fromEntries(
          Object.entries(state.purposes).map(([id, d]) => [
            id,
            {
              state: d.state,
              counts: d.counts,
              outdated: d.outdated,
              at: d.at?.toISOString() ?? null,
              expiresAt: d.expiresAt?.toISOString() ?? null,
            },
          ]),
        ),
      };
    },
  );
};
