import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isTotpRequired, type Principal, type User } from '../../domain/accounts/account.js';
import type { AccountService } from '../../domain/accounts/account.service.js';
import type { AdminSessionService, SessionSummary } from '../../domain/accounts/admin-session.service.js';
import type { LoginService } from '../../domain/accounts/login.service.js';
import type { PasswordResetService } from '../../domain/accounts/password-reset.service.js';
import { AppError, isAppError } from '../../errors.js';
import { Problem } from '../plugins/problem.js';
import { SESSION_COOKIE } from '../plugins/session.js';
import { requestLanguage } from '../request-language.js';
import {
  ChangePasswordBody,
  LoginBody,
  MeView,
  PasswordResetConfirmBody,
  PasswordResetRequestBody,
  PasswordResetRequestedView,
  RecoveryCodesView,
  SessionParams,
  SessionView,
  TotpConfirmBody,
  TotpSetupView,
} from './auth.schemas.js';

/** A user as the API presents it (never the password hash or TOTP secret). */
export function presentUser(u: User) {
  return {
    id: u.id,
    email: u.email,
    totpEnabled: u.totpEnabled,
    disabled: u.disabled,
    createdAt: u.createdAt.toISOString(),
    memberships: u.memberships.map((m) => ({
      organisationId: m.organisationId,
      organisation: m.organisationSlug,
      role: m.role,
    })),
  };
}

const iso = (s: SessionSummary, currentId: string) => ({
  id: s.id,
  current: s.id === currentId,
  createdAt: s.createdAt.toISOString(),
  lastSeenAt: s.lastSeenAt.toISOString(),
  expiresAt: s.expiresAt.toISOString(),
});

const self = { action: 'account:self' } as const;

/** Reset requests per client address: a few are plenty for a person; more is someone probing addresses. */
export const PASSWORD_RESET_RATE_LIMIT = { max: 10, timeWindow: '15 minutes' } as const;

/**
 * Login, logout, who am I, own sessions, password change and reset, and TOTP enrolment. The session cookie is
 * HttpOnly, SameSite=Strict, Secure under https, and a new one is issued at every login (OWASP Session Management).
 */
export const authRoutes: FastifyPluginAsyncZod<{
  login: LoginService;
  sessions: AdminSessionService;
  account: AccountService;
  passwordReset: PasswordResetService;
  secureCookies: boolean;
}> = async (app, { login, sessions, account, passwordReset, secureCookies }) => {
  const principalOf = (request: { adminSession?: Principal }) => {
    if (!request.adminSession) {
      throw new AppError('unauthenticated', { message: 'Log in first.' });
    }
    return request.adminSession;
  };

  app.post(
    '/api/auth/login',
    {
      config: { public: true },
      schema: {
        tags: ['auth'],
        summary: 'Log in with e-mail and password (and a TOTP or recovery code once enrolled)',
        body: LoginBody,
        response: { 200: MeView, 400: Problem, 401: Problem, 409: Problem, 429: Problem },
      },
    },
    async (request, reply) => {
      const previous = request.cookies[SESSION_COOKIE];
      const result = await login
        .login({
          email: request.body.email,
          password: request.body.password,
          totp: request.body.totp,
          recoveryCode: request.body.recoveryCode,
          ip: request.ip,
          requestId: request.id,
          previousSessionToken: previous,
          language: requestLanguage(request.headers),
        })
        .catch((error: unknown) => {
          if (isAppError(error, 'rate_limited')) {
            const [detail] = error.details as [{ retryAfterSeconds: number }];
            reply.header('retry-after', String(detail.retryAfterSeconds));
          }
          throw error;
        });
      reply.setCookie(SESSION_COOKIE, result.sessionToken, {
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        secure: secureCookies,
        expires: result.expiresAt,
      });
      const principal = await sessions.findSession(result.sessionToken);
      if (!principal) {
        throw new AppError('internal');
      }
      return describeMe(principal, await account.findOwnUser(principal));
    },
  );

  app.post(
    '/api/auth/password-reset',
    {
      config: { public: true, rateLimit: PASSWORD_RESET_RATE_LIMIT },
      schema: {
        tags: ['auth'],
        summary: 'Mail a link to choose a new password; the same 202 answer whether the address has an account or not',
        body: PasswordResetRequestBody,
        response: { 202: PasswordResetRequestedView, 400: Problem, 429: Problem },
      },
    },
    async (request, reply) => {
      const answer = await passwordReset.requestPasswordReset({
        email: request.body.email,
        language: requestLanguage(request.headers, request.body.language) ?? 'en',
        requestId: request.id,
        ip: request.ip,
      });
      return reply.status(202).send(answer);
    },
  );

  app.post(
    '/api/auth/password-reset/confirm',
    {
      config: { public: true },
      schema: {
        tags: ['auth'],
        summary: "Set a new password with a reset link's token (single use, one hour); ends every session of the user",
        body: PasswordResetConfirmBody,
        response: { 204: z.null(), 400: Problem, 429: Problem },
      },
    },
    async (request, reply) => {
      await passwordReset.confirmPasswordReset({
        token: request.body.token,
        password: request.body.password,
        language: requestLanguage(request.headers, request.body.language),
        requestId: request.id,
        ip: request.ip,
      });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/auth/logout',
    {
      config: self,
      schema: { tags: ['auth'], summary: 'End this session', response: { 204: z.null(), 401: Problem } },
    },
    async (request, reply) => {
      await sessions.endSession(request.cookies[SESSION_COOKIE]);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/auth/me',
    {
      config: self,
      schema: { tags: ['auth'], summary: 'Who this session acts for', response: { 200: MeView, 401: Problem } },
    },
    async (request) => {
      const principal = principalOf(request);
      return describeMe(principal, await account.findOwnUser(principal));
    },
  );

  app.get(
    '/api/auth/sessions',
    {
      config: self,
      schema: {
        tags: ['auth'],
        summary: 'My live sessions',
        response: { 200: z.object({ items: z.array(SessionView) }), 401: Problem },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      return { items: (await sessions.listOwnSessions(principal)).map((s) => iso(s, principal.sessionId)) };
    },
  );

  app.delete(
    '/api/auth/sessions/:id',
    {
      config: self,
      schema: {
        tags: ['auth'],
        summary: 'End one of my sessions',
        params: SessionParams,
        response: { 204: z.null(), 401: Problem, 404: Problem },
      },
    },
    async (request, reply) => {
      await sessions.revokeOwnSession(principalOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/auth/password',
    {
      config: self,
      schema: {
        tags: ['auth'],
        summary: 'Change my password (my other sessions end; a notice is mailed)',
        body: ChangePasswordBody,
        response: { 204: z.null(), 400: Problem, 401: Problem, 409: Problem },
      },
    },
    async (request, reply) => {
      await account.changePassword(principalOf(request), request.body, {
        requestId: request.id,
        ip: request.ip,
        language: requestLanguage(request.headers),
      });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/auth/totp/setup',
    {
      config: self,
      schema: {
        tags: ['auth'],
        summary: 'Start two-factor enrolment: a new TOTP secret and its otpauth URI',
        response: { 200: TotpSetupView, 401: Problem, 409: Problem },
      },
    },
    async (request) => account.setupTotp(principalOf(request)),
  );

  app.post(
    '/api/auth/totp/confirm',
    {
      config: self,
      schema: {
        tags: ['auth'],
        summary: 'Confirm enrolment with a first code; answers the recovery codes, once',
        body: TotpConfirmBody,
        response: { 200: RecoveryCodesView, 400: Problem, 401: Problem, 409: Problem },
      },
    },
    async (request) => account.confirmTotp(principalOf(request), request.body.code),
  );
};

function describeMe(principal: Principal, user: User | undefined) {
  return {
    sessionId: principal.sessionId,
    user: user ? presentUser(user) : null,
    role: principal.role,
    allOrganisations: principal.memberships === 'all',
    totpRequired: principal.userId !== null && isTotpRequired(principal.memberships),
    totpEnrolled: principal.totpEnabled,
    expiresAt: principal.expiresAt.toISOString(),
  };
}
