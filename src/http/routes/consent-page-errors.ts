import type { FastifyReply } from 'fastify';
import { tokenFailureOf } from '../../domain/consent/subscription.js';
import { AppError, isAppError } from '../../errors.js';
import { problemPage } from '../pages/consent-pages.js';
import type { PublicLang } from '../pages/public-page.js';

/**
 * Sends a consent page (sign-up confirmation, unsubscribe, preference centre). They have a token in their URL: never
 * cached, and never sent on as a referrer (the security headers say so).
 */
export function sendConsentPage(reply: FastifyReply, status: number, body: string): FastifyReply {
  return reply.status(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(body);
}

/**
 * Answers a failed consent page with a page in the reader's language instead of JSON: a bad link 400, an expired
 * one 410, a purpose that changed or left the register since the link was made 409 or 410, no register 409. Any
 * other error goes on to the problem handler.
 */
export function consentPageError(reply: FastifyReply, lang: PublicLang, error: unknown): FastifyReply {
  const send = (status: number, reason: Parameters<typeof problemPage>[1]) =>
    sendConsentPage(reply, status, problemPage(lang, reason));
  const token = tokenFailureOf(error);
  if (token !== undefined) {
    return send(token === 'expired' ? 410 : 400, token === 'expired' ? 'expired' : 'invalid');
  }
  if (
    error instanceof AppError &&
    Array.isArray(error.details) &&
    JSON.stringify(error.details).includes('purpose_changed')
  ) {
    return send(409, 'purpose_changed');
  }
  if (isAppError(error, 'unprocessable')) {
    return send(410, 'purpose_changed');
  }
  if (isAppError(error, 'not_found')) {
    return send(404, 'invalid');
  }
  if (isAppError(error, 'conflict') || isAppError(error, 'unavailable')) {
    return send(409, 'unavailable');
  }
  throw error;
}
