import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger } from 'pino';

/**
 * The process logger. Personal data must never reach it: request logs carry method, route pattern, status, time
 * and request id only (no query string, no headers, no client address, no body), and known secret-bearing keys
 * are censored as a second line of defence.
 */
export function createLogger(options: { level: string; destination?: DestinationStream }): Logger {
  return pino(
    {
      level: options.level,
      base: { service: 'dijk' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: {
        paths: [
          'req.headers',
          'headers',
          '*.password',
          '*.token',
          '*.email',
          '*.authorization',
          '*.cookie',
          'body',
          '*.body',
        ],
        censor: '[redacted]',
      },
      serializers: {
        req: (req: { method?: string; url?: string; id?: string; routeOptions?: { url?: string } }) => ({
          id: req.id,
          method: req.method,
          // The route pattern (/api/people/:id) rather than the URL: paths and queries may hold identifiers.
          route: req.routeOptions?.url ?? req.url?.split('?')[0],
        }),
        res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
      },
    },
    options.destination,
  );
}
