import { z } from 'zod';
import { Duration, Id, LocalizedText } from './common.schema.js';

/** Cookie categories; tracking, targeting, advertising and social-media cookies are `marketing`. */
export const CookieCategory = z.enum(['strictly_necessary', 'functional', 'analytics', 'marketing']);

/** A cookie or similar storage (ePrivacy art. 5(3)); the banner and cookie statement are built from these. */
export const Cookie = z.strictObject({
  name: z.string().min(1).describe('Cookie name, or a pattern with * (e.g. "_ga_*").'),
  provider: z.string().min(1),
  party: z.enum(['first', 'third']),
  category: CookieCategory,
  duration: z.union([Duration, z.literal('session')]),
  purpose: LocalizedText,
  consent_purpose: Id.optional().describe('The purpose (legal basis consent) whose consent covers this cookie.'),
  consent_exempt: z
    .enum(['strictly_necessary', 'low_impact_analytics'])
    .optional()
    .describe('Why no consent is asked; low_impact_analytics only where national law exempts it (NL).'),
  recipient: Id.optional().describe('The recipient id of a third-party provider.'),
});
export type Cookie = z.infer<typeof Cookie>;
