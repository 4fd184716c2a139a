import type { FastifyRequest } from 'fastify';
import Negotiator from 'negotiator';
import { PUBLIC_LANGS, type PublicLang } from './pages/public-page.js';
import type { AnyFastify } from './plugins/types.js';

/** The largest HTML form body accepted: a sign-up's text is at most 2,000 characters. */
const FORM_BODY_LIMIT = 32 * 1024;

/**
 * Accepts classic HTML form posts (application/x-www-form-urlencoded) in the calling plugin's scope only: the rest
 * of the API stays JSON. Fields are parsed with URLSearchParams; the first of repeated fields counts, and empty
 * fields are left out (an empty optional input of a form means "not given").
 */
export function acceptFormBodies(app: AnyFastify): void {
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: FORM_BODY_LIMIT },
    (_request, body, done) => {
      done(null, formFields(new URLSearchParams(body as string)));
    },
  );
}

/**
 * Accepts multipart/form-data with plain text fields (RFC 8058 says one-click unsubscribe POSTs SHOULD use it;
 * most mail providers send urlencoded). Files are not expected and are ignored.
 */
export function acceptMultipartFields(app: AnyFastify): void {
  app.addContentTypeParser('multipart/form-data', { parseAs: 'string', bodyLimit: 8 * 1024 }, (request, body, done) => {
    const boundary = /boundary="?([^";]+)"?/i.exec(request.headers['content-type'] ?? '')?.[1];
    const params = new URLSearchParams();
    if (boundary) {
      for (const part of (body as string).split(`--${boundary}`)) {
        const match =
          /^\r?\nContent-Disposition:\s*form-data;\s*name="([^"]+)"[^\r\n]*\r?\n(?:[^\r\n]+\r?\n)*\r?\n([\s\S]*?)\r?\n?$/i.exec(
            part,
          );
        if (match?.[1] !== undefined && match[2] !== undefined) {
          params.append(match[1], match[2]);
        }
      }
    }
    done(null, formFields(params));
  });
}

function formFields(params: URLSearchParams): Record<string, string> {
  const fields = new Map<string, string>();
  for (const [name, value] of params) {
    if (value !== '' && !fields.has(name)) {
      fields.set(name, value);
    }
  }
  return Object.fromEntries(fields);
}

/** True for a request whose body came from an HTML form rather than JSON. */
export function isFormPost(request: FastifyRequest): boolean {
  return /^(application\/x-www-form-urlencoded|multipart\/form-data)/i.test(request.headers['content-type'] ?? '');
}

/** True for one of the languages of the public pages. */
export function isPublicLang(value: unknown): value is PublicLang {
  return typeof value === 'string' && (PUBLIC_LANGS as readonly string[]).includes(value);
}

/**
 * The language of a public page: `lang` when it names one, else the one the link was made for, else the best
 * match of Accept-Language, else English.
 */
export function pageLanguage(request: FastifyRequest, named: unknown, linked?: string | undefined): PublicLang {
  if (isPublicLang(named)) {
    return named;
  }
  if (isPublicLang(linked)) {
    return linked;
  }
  const negotiator = new Negotiator({ headers: { 'accept-language': request.headers['accept-language'] ?? '' } });
  return (negotiator.language([...PUBLIC_LANGS]) as PublicLang | undefined) ?? 'en';
}
