import type { FastifyBaseLogger, FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ConsentService } from '../../domain/consent/consent.service.js';
import { AppError } from '../../errors.js';
import { answerPostPreflight, originOf } from '../cross-origin.js';
import { Problem } from '../plugins/problem.js';
import { ConsentChoiceBody, ConsentChoiceResult, DerivedConsentView, SiteKey, VisitorId } from './consent.schemas.js';

/** Most windows a limiter keeps; past that, ended windows are dropped, and if none ended, all of them. */
const MAX_WINDOWS = 100_000;

/**
 * A fixed one-minute window per key (a client address, a site key), in memory and per process. Past the limit it
 * throws `rate_limited` after setting `Retry-After` to the end of the window. Hand-written rather than
 * `@fastify/rate-limit`, which the other public routes use: on the busiest public route that plugin's hook and
 * the three `x-ratelimit-*` headers it adds to every answer cost CPU on both ends (docs/benchmarks.md, `consent`).
 */
export function fixedWindowLimiter(perMinute: number, message: string, now: () => number = Date.now) {
  const windows = new Map<string, { start: number; count: number }>();
  return (key: string, reply: FastifyReply): void => {
    const at = now();
    let w = windows.get(key);
    if (!w || at - w.start >= 60_000) {
      if (windows.size >= MAX_WINDOWS) {
        for (const [k, old] of windows) {
          if (at - old.start >= 60_000) {
            windows.delete(k);
          }
        }
        if (windows.size >= MAX_WINDOWS) {
          windows.clear();
        }
      }
      w = { start: at, count: 0 };
      windows.set(key, w);
    }
    w.count += 1;
    if (w.count > perMinute) {
      reply.header('retry-after', String(Math.max(1, Math.ceil((w.start + 60_000 - at) / 1000))));
      throw new AppError('rate_limited', { message });
    }
  };
}

const LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const;

/**
 * The level the public consent routes log at: `warn`, or the process's own level where that is stricter. Every
 * visitor of every site calls them, so Fastify's two `info` lines a request (incoming, completed) would be most of
 * the log and cost about a third of the route's CPU (docs/benchmarks.md, `consent`). The ledger is the record of
 * what they did; warnings and errors (a failed write, a 5xx) are still logged. `buildApp` registers
 * {@link consentRoutes} with it.
 */
export function publicConsentLogLevel(log: Pick<FastifyBaseLogger, 'level'>): (typeof LEVELS)[number] {
  const own = LEVELS.indexOf(log.level as (typeof LEVELS)[number]);
  return own > LEVELS.indexOf('warn') ? (LEVELS[own] ?? 'warn') : 'warn';
}

/**
 * The public consent API the banner and forms call from other origins: the banner configuration, recording a
 * choice, and a visitor's state. No cookies or credentials: the site key names the site (it is public, it sits in
 * the page), the site's allowed origins are checked against `Origin`, and the answers carry CORS headers for any
 * origin (nothing personal is readable without the visitor's own random id). Rate-limited per client address
 * (every route here) and per site (recording a choice), with {@link fixedWindowLimiter}.
 */
export const consentRoutes: FastifyPluginAsyncZod<{
  consent: ConsentService;
  perAddressPerMinute: number;
  perSitePerMinute: number;
}> = async (app, { consent, perAddressPerMinute, perSitePerMinute }) => {
  const limitSite = fixedWindowLimiter(
    perSitePerMinute,
    'Too many consent events for this site; try again in a minute.',
  );
  const limitAddress = fixedWindowLimiter(perAddressPerMinute, 'Too many requests from this address; try again later.');
  // The limits are this plugin's own (see fixedWindowLimiter), and the answers are a JSON API for other sites.
  const routeConfig = { public: true, rateLimit: false, securityHeaders: 'api' } as const;
  app.addHook('onRequest', async (request, reply) => {
    limitAddress(request.ip, reply);
  });
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('access-control-allow-origin', '*');
    reply.header('cross-origin-resource-policy', 'cross-origin');
    return payload;
  });

  app.options('/api/consent', { config: routeConfig, schema: { hide: true } }, async (_request, reply) =>
    answerPostPreflight(reply),
  );

  app.get(
    '/api/consent/config',
    {
      config: routeConfig,
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
      config: routeConfig,
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
      limitSite(request.body.site, reply);
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
      config: routeConfig,
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
