import Negotiator from 'negotiator';
import { MAIL_LANGUAGES, type MailLanguage } from '../domain/accounts/account-mails.js';

/**
 * The language to write to the person making a request in: the one named in the request (a `language` field),
 * else the best match of Accept-Language among Dutch, French and English, else undefined.
 */
export function requestLanguage(
  headers: { 'accept-language'?: string | undefined },
  named?: MailLanguage | undefined,
): MailLanguage | undefined {
  if (named) {
    return named;
  }
  const header = headers['accept-language'];
  if (!header) {
    return undefined;
  }
  const negotiator = new Negotiator({ headers: { 'accept-language': header } });
  // English first: a wildcard (`*`, what many HTTP clients send) then means the default, not Dutch.
  const offered = ['en', ...MAIL_LANGUAGES.filter((l) => l !== 'en')];
  return negotiator.language(offered) as MailLanguage | undefined;
}
