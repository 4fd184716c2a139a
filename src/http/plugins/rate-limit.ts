import fastifyRateLimit from '@fastify/rate-limit';
import type { AnyFastify } from './types.js';

/** Health probes are called by load balancers every few seconds; limiting them would take the server out. */
const UNLIMITED = new Set(['/healthz', '/readyz']);

/**
 * Rate limits on every public endpoint, per client address (in memory; each instance counts its own). Routes
 * behind a session are limited by who may call them; the login has its own per-account and per-address
 * throttle. Register it after the authorisation plugin: it reads the `public` flag that routes declare there.
 */
export async function registerPublicRateLimit(app: AnyFastify, options: { perMinute: number }): Promise<void> {
  // This hook must run before the plugin's own onRoute hook, which reads `config.rateLimit`.
  app.addHook('onRoute', (route) => {
    const config = (route.config ?? {}) as { public?: boolean; rateLimit?: unknown };
    if (config.public === true && !UNLIMITED.has(route.url) && config.rateLimit === undefined) {
      route.config = {
        ...config,
        rateLimit: { max: options.perMinute, timeWindow: '1 minute' },
      } as NonNullable<typeof route.config>;
    }
  });
  await app.register(fastifyRateLimit, { global: false });
}
