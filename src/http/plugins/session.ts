import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AdminSessionService } from '../../domain/accounts/admin-session.service.js';
import { AppError } from '../../errors.js';

export const SESSION_COOKIE = 'dijk_session';

declare module 'fastify' {
  interface FastifyRequest {
    adminSession?: { id: string };
  }
}

/**
 * A preHandler that requires an admin session cookie. State-changing requests must also be JSON (a cross-site
 * form cannot send that without a CORS preflight, which this server never grants) and, when the browser sends an
 * Origin, come from our own origin: CSRF protection on top of the SameSite=Strict cookie.
 */
export function requireAdminSession(sessions: AdminSessionService) {
  return async (request: FastifyRequest, _reply: FastifyReply): Promise<void> => {
    const session = await sessions.findSession(request.cookies[SESSION_COOKIE]);
    if (!session) {
      throw new AppError('unauthenticated', { message: 'Log in to the admin UI first.' });
    }
    if (!['GET', 'HEAD', 'OPTIONS'].includes(request.method)) {
      const origin = request.headers.origin;
      const host = request.headers.host;
      if (origin && host && new URL(origin).host !== host) {
        throw new AppError('forbidden', { message: 'Cross-origin request refused.' });
      }
    }
    request.adminSession = session;
  };
}
