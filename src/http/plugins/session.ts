import type { FastifyRequest, RouteOptions } from 'fastify';
import type { AdminSession, AdminSessionService } from '../../domain/accounts/admin-session.service.js';
import { type Action, can, isAction } from '../../domain/accounts/policy.js';
import { AppError } from '../../errors.js';
import type { AnyFastify } from './types.js';

export const SESSION_COOKIE = 'dijk_session';

declare module 'fastify' {
  interface FastifyRequest {
    adminSession?: AdminSession;
  }
  interface FastifyContextConfig {
    /** The action of the policy table (src/domain/accounts/policy.ts) this route performs. */
    action?: Action;
    /** A route anyone may call: health, the OpenAPI document, the admin UI shell, public pages. */
    public?: boolean;
  }
}

/** A route and what it requires. */
export interface RoutePolicy {
  method: string;
  url: string;
  action: Action | 'public';
}

const routePolicies = new WeakMap<object, RoutePolicy[]>();

/** Every route of an app with its policy, as registered (for the authorisation matrix and the docs). */
export function listRoutePolicies(app: AnyFastify): readonly RoutePolicy[] {
  return routePolicies.get(app) ?? [];
}

/** Routes that plugins register (the API reference UI, the admin UI's static files): public by nature. */
function isPluginPublicRoute(route: RouteOptions): boolean {
  const methods = ([] as string[]).concat(route.method);
  const readOnly = methods.every((m) => m === 'GET' || m === 'HEAD');
  return readOnly && (route.url.startsWith('/api/docs') || route.url.startsWith('/admin/'));
}

/**
 * Authorisation for every route. Each route declares `config.action` (checked against the role × action table)
 * or `config.public`; registering a route with neither throws, so the server does not start with an unguarded
 * route. A protected request needs a session cookie (401 without) whose role may perform the action (403
 * otherwise). State changes must come from our own origin when the browser names one: CSRF protection on top of
 * the SameSite=Strict cookie and the JSON-only API (a cross-site form cannot send JSON).
 */
export function registerAuthorization(app: AnyFastify, deps: { sessions: AdminSessionService }): void {
  const policies: RoutePolicy[] = [];
  routePolicies.set(app, policies);
  app.addHook('onRoute', (route) => {
    const config = (route.config ?? {}) as { action?: unknown; public?: unknown };
    const methods = ([] as string[]).concat(route.method);
    if (config.public === true || isPluginPublicRoute(route)) {
      policies.push(...methods.map((method) => ({ method, url: route.url, action: 'public' as const })));
      return;
    }
    if (!isAction(config.action)) {
      throw new Error(
        `Route ${String(route.method)} ${route.url} declares no policy action (config.action or config.public)`,
      );
    }
    const action = config.action;
    policies.push(...methods.map((method) => ({ method, url: route.url, action })));
  });

  app.addHook('preValidation', async (request) => {
    const config = request.routeOptions.config as { action?: Action; public?: boolean };
    if (config.public === true || config.action === undefined) {
      return;
    }
    const session = await deps.sessions.findSession(request.cookies[SESSION_COOKIE]);
    if (!session) {
      throw new AppError('unauthenticated', { message: 'Log in to the admin UI first.' });
    }
    if (!can(session.role, config.action)) {
      throw new AppError('forbidden', { message: `The ${session.role.replace('_', ' ')} role may not do this.` });
    }
    assertSameOrigin(request);
    request.adminSession = session;
  });
}

function assertSameOrigin(request: FastifyRequest): void {
  if (['GET', 'HEAD', 'OPTIONS'].includes(request.method)) {
    return;
  }
  const origin = request.headers.origin;
  const host = request.headers.host;
  if (origin && host) {
    let originHost: string;
    try {
      originHost = new URL(origin).host;
    } catch {
      throw new AppError('forbidden', { message: 'Cross-origin request refused.' });
    }
    if (originHost !== host) {
      throw new AppError('forbidden', { message: 'Cross-origin request refused.' });
    }
  }
}
