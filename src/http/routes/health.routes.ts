import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { StatusService } from '../../modules/status.module.js';
import { Problem, problemFor, sendProblem } from '../plugins/problem.js';

/** Liveness and readiness for orchestrators and load balancers. Public, no personal data. */
export const healthRoutes: FastifyPluginAsyncZod<{ status: StatusService }> = async (app, { status }) => {
  app.get(
    '/healthz',
    {
      config: { public: true },
      schema: {
        tags: ['health'],
        summary: 'Liveness: the process is up',
        response: { 200: z.object({ status: z.literal('ok') }) },
      },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/readyz',
    {
      config: { public: true },
      schema: {
        tags: ['health'],
        summary: 'Readiness: the database is reachable and every migration is applied',
        response: { 200: z.object({ status: z.literal('ready') }), 503: Problem },
      },
    },
    async (request, reply) => {
      const result = await status.checkReadiness();
      if (!result.ready) {
        return sendProblem(reply, problemFor(request, 'unavailable', result.reason));
      }
      return { status: 'ready' as const };
    },
  );
};
