import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { StatusService } from '../../modules/status.module.js';

export const ServerStatus = z
  .object({
    name: z.literal('dijk'),
    version: z.string(),
    uptimeSeconds: z.number(),
    startedAt: z.string(),
    database: z.object({
      dialect: z.enum(['pglite', 'postgres']),
      reachable: z.boolean(),
      latencyMs: z.number().nullable(),
      migrations: z.object({ applied: z.number().int(), pending: z.number().int(), latest: z.string().nullable() }),
    }),
    counts: z.object({ organisations: z.number().int(), people: z.number().int() }).nullable(),
  })
  .meta({ id: 'ServerStatus' });

/** Server and database status for the admin dashboard. Operational facts only, no personal data. */
export const statusRoutes: FastifyPluginAsyncZod<{ status: StatusService }> = async (app, { status }) => {
  app.get(
    '/api/status',
    {
      config: { public: true },
      schema: {
        tags: ['health'],
        summary: 'Server and database status',
        response: { 200: ServerStatus },
      },
    },
    async () => status.getStatus(),
  );
};
