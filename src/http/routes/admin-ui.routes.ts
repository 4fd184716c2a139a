import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AdminSessionService } from '../../domain/accounts/admin-session.service.js';
import { AppError } from '../../errors.js';
import { SESSION_COOKIE } from '../plugins/session.js';

const LOGIN_LINK_INVALID_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Login link not valid · Dijk</title></head>
<body><main><h1>This login link is not valid</h1>
<p>It was used already, it expired (links are valid for 15 minutes), or it was mistyped.</p>
<p>Ask for a new one with <code>dijk admin login-link</code>.</p>
<p lang="nl">Deze aanmeldlink is niet (meer) geldig. Vraag een nieuwe aan met <code>dijk admin login-link</code>.</p>
<p lang="fr">Ce lien de connexion n’est plus valable. Demandez-en un nouveau avec <code>dijk admin login-link</code>.</p>
</main></body></html>
`;

/**
 * Serves the built React admin UI at /admin (every client-side route falls back to index.html) and redeems the
 * one-time login links that `dijk demo` and `dijk admin login-link` print.
 */
export const adminUiRoutes: FastifyPluginAsyncZod<{
  distDir: string;
  sessions: AdminSessionService;
  secureCookies: boolean;
}> = async (app, { distDir, sessions, secureCookies }) => {
  const isBuilt = existsSync(join(distDir, 'index.html'));

  app.get('/admin/login', {
    config: { public: true },
    schema: {
      tags: ['admin'],
      summary: 'Redeem a one-time login link and start an admin session',
      querystring: z.object({ token: z.string().max(200) }),
      hide: false,
    },
    handler: async (request, reply) => {
      const redeemed = await sessions.redeemLoginLink(request.query.token).catch((error: unknown) => {
        // A person followed the link in a browser: answer a page, not JSON. API clients still get problem+json.
        if (error instanceof AppError && (request.headers.accept ?? '').includes('text/html')) {
          return undefined;
        }
        throw error;
      });
      if (!redeemed) {
        return reply.status(401).type('text/html; charset=utf-8').send(LOGIN_LINK_INVALID_PAGE);
      }
      const { sessionToken, expiresAt } = redeemed;
      reply.setCookie(SESSION_COOKIE, sessionToken, {
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        secure: secureCookies,
        expires: expiresAt,
      });
      return reply.redirect('/admin/', 303);
    },
  });

  if (!isBuilt) {
    const notBuilt = async () => {
      throw new AppError('unavailable', { message: 'The admin UI is not built. Run `npm run build` first.' });
    };
    app.get('/admin', { config: { public: true }, schema: { hide: true } }, notBuilt);
    app.get('/admin/*', { config: { public: true }, schema: { hide: true } }, notBuilt);
    return;
  }

  await app.register(fastifyStatic, {
    root: distDir,
    prefix: '/admin/',
    wildcard: false,
    index: false,
    cacheControl: false,
    setHeaders: (res, path) => {
      // Vite puts a content hash in every asset name: cache those for a year; never the HTML shell.
      res.header('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  const sendShell = async (
    _request: unknown,
    reply: { header(k: string, v: string): unknown; sendFile(f: string): unknown },
  ) => {
    reply.header('cache-control', 'no-cache');
    return reply.sendFile('index.html');
  };
  app.get('/admin', { config: { public: true }, schema: { hide: true } }, async (_request, reply) =>
    reply.redirect('/admin/', 301),
  );
  app.get('/admin/', { config: { public: true }, schema: { hide: true } }, sendShell as never);
  app.get('/admin/*', { config: { public: true }, schema: { hide: true } }, async (request, reply) => {
    if (request.url.startsWith('/admin/assets/')) {
      throw new AppError('not_found', { message: 'No such asset.' });
    }
    return sendShell(request, reply);
  });
};
