import type { AnyFastify } from './types.js';
/**
 * A strict Content-Security-Policy for everything Dijk serves: no inline script, no eval, nothing from other
 * origins, and no framing (clickjacking). Routes that need another policy (the OpenAPI reference UI) set their own
 * header first; this hook leaves it alone then.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * `api`: a JSON API read by scripts on other sites (the public consent API). Its answers are never rendered as
     * a page, so only the headers that matter to JSON are sent: `nosniff`, a CSP that forbids everything and
     * framing, and HSTS; the page headers (referrer, opener, permissions, X-Frame-Options) are left out, which
     * spares the busiest public route and its callers four header lines (docs/benchmarks.md, `consent`).
     */
    securityHeaders?: 'api';
  }
}

/** The CSP of a JSON answer: it loads nothing and may not be framed. */
const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** Security headers on every response (OWASP secure headers). HSTS only when served over HTTPS. */
export function registerSecurityHeaders(app: AnyFastify, options: { https: boolean }): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.routeOptions.config?.securityHeaders === 'api') {
      reply.header('content-security-policy', API_CONTENT_SECURITY_POLICY);
      reply.header('x-content-type-options', 'nosniff');
      if (options.https) {
        reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
      }
      return payload;
    }
    if (!reply.hasHeader('content-security-policy')) {
      reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
    }
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('x-frame-options', 'DENY');
    reply.header('cross-origin-opener-policy', 'same-origin');
    reply.header('permissions-policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=()');
    if (options.https) {
      reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
    }
    return payload;
  });
}
