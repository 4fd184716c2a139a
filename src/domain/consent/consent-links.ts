import {
  CONFIRM_TOKEN_TTL_MS,
  type ConfirmTokenPayload,
  type ConsentTokenKind,
  type ConsentTokenPayload,
  PREFERENCES_TOKEN_TTL_MS,
  signConsentToken,
  verifyConsentToken,
} from './consent-token.js';
import { type FormLanguage, tokenError } from './subscription.js';

/** The consent links of mails and pages, signed with the install key (docs/consent.md). */
export type ConsentLinks = ReturnType<typeof consentLinksFactory>;

/**
 * Makes and checks the signed links: `/consent/confirm?token=…` (a week), `/u/TOKEN` (never expires: Art. 7(3))
 * and `/preferences?token=…` (30 days). The key is read once from the store; the base URL is resolved per link
 * (the server may learn its port only when it listens).
 */
export function consentLinksFactory(deps: { key: () => Promise<Uint8Array>; baseUrl: () => string; now: () => Date }) {
  const sign = async (payload: ConsentTokenPayload) => signConsentToken(payload, await deps.key());

  return {
    /** A confirmation link for a pending sign-up; answers the link and the token's expiry. */
    async confirmLink(pending: Omit<ConfirmTokenPayload, 'kind' | 'expiresAt'>) {
      const expiresAt = new Date(deps.now().getTime() + CONFIRM_TOKEN_TTL_MS);
      const token = await sign({ kind: 'confirm', ...pending, expiresAt });
      return { url: `${deps.baseUrl()}/consent/confirm?token=${token}`, expiresAt };
    },

    /** The one-click unsubscribe link of one subject and purpose. */
    async unsubscribeLink(organisationId: string, subjectId: string, purposeId: string): Promise<string> {
      return `${deps.baseUrl()}/u/${await sign({ kind: 'unsubscribe', organisationId, subjectId, purposeId })}`;
    },

    /** A preference-centre link, in a language (or, without one, in the language the browser asks for). */
    async preferencesLink(organisationId: string, subjectId: string, language?: FormLanguage): Promise<string> {
      const expiresAt = new Date(deps.now().getTime() + PREFERENCES_TOKEN_TTL_MS);
      const token = await sign({ kind: 'preferences', organisationId, subjectId, expiresAt });
      return `${deps.baseUrl()}/preferences?token=${token}${language ? `&lang=${language}` : ''}`;
    },

    /** The payload of a token of the expected kind; a bad, expired or other kind of token is a 400 with why. */
    async verify<K extends ConsentTokenKind>(token: string, kind: K) {
      const result = verifyConsentToken(token, await deps.key(), kind, deps.now());
      if (!result.ok) {
        throw tokenError(result.reason);
      }
      return result.payload;
    },
  };
}
