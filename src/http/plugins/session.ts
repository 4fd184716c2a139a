import type { FastifyRequest, RouteOptions } from 'fastify';
import { actorOf, isTotpRequired, type Membership } from '../../domain/accounts/account.js';
import type { AdminSession, AdminSessionService } from '../../domain/accounts/admin-session.service.js';
import type { ApiKeyService } from '../../domain/accounts/api-key.js';
import { type Action, can, isAction, type Role } from '../../domain/accounts/policy.js';
import type { AuditEvent } from '../../domain/audit/audit-chain.js';
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

/** What the authorisation hook needs. */
export interface AuthorizationDeps {
  sessions: AdminSessionService;
  /** Scoped API keys, sent as `Authorization: Bearer dijk_…` instead of a session cookie. */
  apiKeys: Pick<ApiKeyService, 'authenticateApiKey'>;
  /** Records refused authorisations in the audit chain. */
  audit: (event: AuditEvent) => Promise<unknown>;
  now: () => Date;
}

/**
 * Authorisation for every route. Each route declares `config.action` (checked against the role × action table)
 * or `config.public`; registering a route with neither throws, so the server does not start with an unguarded
 * route. A protected request needs a session cookie (401 without). A setup-link session acts as owner of every
 * organisation; a user session acts with its role in the organisation named by `?organisation=` (an organisation
 * the user has no role in is 404, never 403, STYLE.md) or, without one, with any of its roles (the route then
 * resolves the organisation from the memberships). Owners and privacy officers without TOTP reach only their own
 * account (`account:self`) until they enrol. Every refusal after authentication is in the audit chain. State
 * changes must come from our own origin when the browser names one: CSRF protection on top of the SameSite=Strict
 * cookie and the JSON-only API (a cross-site form cannot send JSON).
 */
export function registerAuthorization(app: AnyFastify, deps: AuthorizationDeps): void {
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
    const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
    if (bearer !== undefined) {
      await authorizeApiKey(request, bearer, config.action, deps);
      return;
    }
    const session = await deps.sessions.findSession(request.cookies[SESSION_COOKIE]);
    if (!session) {
      throw new AppError('unauthenticated', { message: 'Log in to the admin UI first.' });
    }
    assertSameOrigin(request);
    request.adminSession = session;
    if (config.action === 'account:self') {
      return;
    }
    const refuse = async (organisationId: string | null, error: AppError): Promise<never> => {
      await deps.audit({
        organisationId,
        at: deps.now().toISOString(),
        actor: actorOf(session),
        action: 'auth.authorize',
        outcome: 'denied',
        target: { type: 'route', id: `${request.method} ${request.routeOptions.url ?? ''}` },
        source: { requestId: request.id, ip: request.ip },
      });
      throw error;
    };
    let roles: Role[] = [session.role];
    let organisationId: string | null = null;
    if (session.memberships !== 'all') {
      if (isTotpRequired(session.memberships) && !session.totpEnabled) {
        await refuse(
          null,
          new AppError('forbidden', {
            message: 'Set up two-factor authentication first (POST /api/auth/totp/setup).',
            details: [{ reason: 'totp_enrolment_required' }],
          }),
        );
      }
      const scoped = scopedMembership(request, session.memberships);
      if (scoped === null) {
        await refuse(null, new AppError('not_found', { message: 'No such organisation.' }));
      }
      roles = scoped ? [scoped.role] : session.memberships.map((m) => m.role);
      organisationId = scoped?.organisationId ?? null;
    }
    const action = config.action;
    if (!roles.some((role) => can(role, action))) {
      const role = roles[0] ?? 'operator';
      await refuse(
        organisationId,
        new AppError('forbidden', { message: `The ${role.replace('_', ' ')} role may not do this.` }),
      );
    }
  });
}

/**
 * A request with an API key: the key must exist and be unrevoked (401), act in its own organisation (another one
 * is `not_found`) and hold the route's action (403). No cookie is involved, so no CSRF check is needed. The
 * request then acts as a principal whose only membership is the key's organisation.
 */
async function authorizeApiKey(
  request: FastifyRequest,
  token: string,
  action: Action,
  deps: AuthorizationDeps,
): Promise<void> {
  const key = await deps.apiKeys.authenticateApiKey(token);
  if (!key) {
    throw new AppError('unauthenticated', { message: 'The API key is invalid or revoked.' });
  }
  const refuse = async (error: AppError): Promise<never> => {
    await deps.audit({
      organisationId: key.organisationId,
      at: deps.now().toISOString(),
      actor: { type: 'api_key', id: key.id },
      action: 'auth.authorize',
      outcome: 'denied',
      target: { type: 'route', id: `${request.method} ${request.routeOptions.url ?? ''}` },
      source: { requestId: request.id, ip: request.ip },
    });
    throw error;
  };
  const slug = (request.query as { organisation?: unknown } | undefined)?.organisation;
  if (typeof slug === 'string' && slug.length > 0 && slug !== key.organisationSlug) {
    await refuse(new AppError('not_found', { message: 'No such organisation.' }));
  }
  if (!key.actions.includes(action)) {
    await refuse(new AppError('forbidden', { message: 'This API key may not do this.' }));
  }
  request.adminSession = {
    sessionId: `api-key:${key.id}`,
    role: 'operator',
    expiresAt: new Date(deps.now().getTime() + 60_000),
    userId: null,
    // Scoping only: what the key may do was decided above from its own action list.
    memberships: [{ organisationId: key.organisationId, organisationSlug: key.organisationSlug, role: 'operator' }],
    totpEnabled: true,
  };
}

/** The membership `?organisation=` names: undefined when none is named, null when the user has no role there. */
function scopedMembership(request: FastifyRequest, memberships: Membership[]): Membership | null | undefined {
  const slug = (request.query as { organisation?: unknown } | undefined)?.organisation;
  if (typeof slug !== 'string' || slug.length === 0) {
    return undefined;
  }
  return memberships.find((m) => m.organisationSlug === slug) ?? null;
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
