import { z } from 'zod';
import { FORM_LANGUAGES } from '../../domain/consent/subscription.js';
import { PurposeId, SiteKey } from './consent.schemas.js';
import { OrganisationQuery } from './register.schemas.js';

const Email = z.email().max(254);

export const SubscribeBody = z
  .object({
    site: SiteKey,
    email: Email.describe('The address that signs up; the confirmation mail goes there (or to the parent)'),
    purpose: PurposeId.describe('A purpose of the register with legal basis consent'),
    language: z.enum(FORM_LANGUAGES),
    notice: z
      .string()
      .min(1)
      .max(2000)
      .describe('The exact consent text shown next to the checkbox; stored by its hash as proof (Art. 7(1))'),
    age: z.coerce
      .number()
      .int()
      .min(0)
      .max(130)
      .optional()
      .describe('Required when the purpose may involve children (register `children: true`, Art. 8)'),
    parentEmail: Email.optional().describe("Required below the age of digital consent: the parent's address"),
    redirect: z
      .url()
      .max(2000)
      .optional()
      .describe('HTML form posts only: where to send the browser after (an allowed origin of the site)'),
  })
  .meta({ id: 'SubscribeBody' });

export const SubscribeResult = z.object({ message: z.string() }).meta({ id: 'SubscribeResult' });

/** The one answer to every sign-up: the same whether the address is known or not. */
export const SUBSCRIBE_MESSAGE =
  'If the address is right, a mail with a confirmation link is on its way. Nothing is recorded until the link is confirmed.';

export const TokenQuery = z.object({
  token: z.string().max(4100).optional(),
  lang: z.string().max(5).optional(),
});

export const ConfirmBody = z.object({ token: z.string().max(4100), lang: z.string().max(5).optional() });

/** `/u/*`: a wildcard, because Fastify cuts named path parameters at 100 characters and a token is longer. */
export const TokenParams = z.object({ '*': z.string().max(4100) });

/** RFC 8058's one-click body; the unsubscribe link's page adds `via=page` (and its language) to get a page back. */
export const OneClickBody = z.object({
  'List-Unsubscribe': z.string().max(50),
  via: z.enum(['page']).optional(),
  lang: z.string().max(10).optional(),
});

export const MailingBody = z
  .object({
    purpose: PurposeId.describe('The consent purpose whose consenting people receive the mailing'),
    subject: z.string().trim().min(1).max(200),
    text: z.string().min(1).max(100_000).describe('Plain text; the unsubscribe and preference links are appended'),
    language: z
      .enum(FORM_LANGUAGES)
      .optional()
      .describe('Only to people who signed up in this language; without it, everyone whose consent counts'),
  })
  .meta({ id: 'MailingBody' });

export const MailingResult = z.object({ recipients: z.number().int() }).meta({ id: 'MailingResult' });

export const PreferencesQuery = OrganisationQuery.extend({
  token: z.string().max(4100).optional(),
  lang: z.string().max(5).optional(),
  done: z.enum(['withdrawn', 'given']).optional(),
});

export const PreferencesRequestBody = z.object({ email: z.string().max(254), lang: z.string().max(5).optional() });

export const PreferenceActionBody = z.object({
  token: z.string().max(4100),
  purpose: PurposeId,
  lang: z.string().max(5).optional(),
});
