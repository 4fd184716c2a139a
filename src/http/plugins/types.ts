import type { FastifyInstance } from 'fastify';

/** Any Fastify instance, whatever its logger and type provider: what plugins that only add hooks accept. */
// biome-ignore lint/suspicious/noExplicitAny: the generic parameters do not matter to hook-only plugins.
export type AnyFastify = FastifyInstance<any, any, any, any, any>;
