import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Principal } from '../../domain/accounts/account.js';
import { type UserAdminService, userAdminScopeOf } from '../../domain/accounts/user-admin.service.js';
import { AppError } from '../../errors.js';
import { Problem } from '../plugins/problem.js';
import { presentUser } from './auth.routes.js';
import { CreatedUserView, CreateUserBody, UpdateUserBody, UserParams, UserView } from './auth.schemas.js';

/**
 * Users management for owners (`users:manage`): the users of the organisations the caller owns, creating one with
 * a role, changing a role or disabling an account. Another organisation's user is 404, never 403.
 */
export const userRoutes: FastifyPluginAsyncZod<{ userAdmin: UserAdminService }> = async (app, { userAdmin }) => {
  const scopeOf = (request: { adminSession?: Principal; id: string; ip: string }) => {
    if (!request.adminSession) {
      throw new AppError('unauthenticated', { message: 'Log in first.' });
    }
    return userAdminScopeOf(request.adminSession, { requestId: request.id, ip: request.ip });
  };

  app.get(
    '/api/users',
    {
      config: { action: 'users:manage' },
      schema: {
        tags: ['users'],
        summary: 'The users of the organisations I own',
        response: { 200: z.object({ items: z.array(UserView) }), 401: Problem, 403: Problem },
      },
    },
    async (request) => ({ items: (await userAdmin.listUsers(scopeOf(request))).map(presentUser) }),
  );

  app.post(
    '/api/users',
    {
      config: { action: 'users:manage' },
      schema: {
        tags: ['users'],
        summary: 'Create a user with a role in one of my organisations',
        body: CreateUserBody,
        response: { 201: CreatedUserView, 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem },
      },
    },
    async (request, reply) => {
      const created = await userAdmin.createUser(scopeOf(request), request.body);
      return reply.status(201).send({
        user: presentUser(created.user),
        ...(created.generatedPassword ? { generatedPassword: created.generatedPassword } : {}),
      });
    },
  );

  app.patch(
    '/api/users/:id',
    {
      config: { action: 'users:manage' },
      schema: {
        tags: ['users'],
        summary: "Change a user's role in one of my organisations, disable the account, or reset its two-factor login",
        params: UserParams,
        body: UpdateUserBody,
        response: { 200: UserView, 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem },
      },
    },
    async (request) => {
      const updated = await userAdmin.updateUser(
        scopeOf(request),
        request.params.id,
        request.body,
        request.adminSession?.userId ?? null,
      );
      return presentUser(updated);
    },
  );
};
