import type { FastifyReply } from 'fastify';

/**
 * The `Origin` a browser named, for checking a site's allowed origins; undefined when there is none or it is the
 * opaque `null` (sandboxed frames, some redirects), which names no site.
 */
export const originOf = (value: string | undefined): string | undefined =>
  value === undefined || value === 'null' ? undefined : value;

/** Answers the CORS preflight of a public POST that takes JSON from any origin (cached by browsers for a day). */
export function answerPostPreflight(reply: FastifyReply): FastifyReply {
  return reply
    .header('access-control-allow-origin', '*')
    .header('access-control-allow-methods', 'POST')
    .header('access-control-allow-headers', 'content-type')
    .header('access-control-max-age', '86400')
    .code(204)
    .send();
}
