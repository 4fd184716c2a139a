import { z } from 'zod';
import { BANNER_LANGUAGES } from '../../domain/consent/banner-texts.js';
import { SITE_KEY_SHAPE } from '../../domain/consent/site.js';

export const SiteKey = z.string().regex(SITE_KEY_SHAPE, 'a site key: site_ and 22 characters');
export const VisitorId = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, 'a visitor id: 16 to 64 base64url characters');
export const PurposeId = z
  .string()
  .max(100)
  .regex(/^[a-z0-9][a-z0-9_-]*$/, 'a purpose id of the register');

export const ConsentChoiceBody = z.object({
  site: SiteKey,
  visitor: VisitorId,
  registerVersion: z.number().int().min(1),
  noticeHash: z.string().regex(/^[0-9a-f]{64}$/, 'the hash of the texts shown'),
  language: z.enum(BANNER_LANGUAGES),
  method: z.enum(['accept_all', 'reject_all', 'custom', 'gpc', 'withdraw']),
  choices: z
    .record(PurposeId, z.boolean())
    .refine((c) => Object.keys(c).length <= 50, { message: 'at most 50 purposes' }),
});

export const ConsentChoiceResult = z
  .object({
    events: z.array(
      z.object({
        id: z.uuid(),
        purpose: z.string(),
        event: z.enum(['given', 'refused', 'withdrawn', 'expired', 'renewed']),
      }),
    ),
    expiresAt: z.string().nullable(),
  })
  .meta({ id: 'ConsentChoiceResult' });

export const DerivedConsentView = z.object({
  state: z.enum(['given', 'refused', 'withdrawn', 'expired', 'none']),
  counts: z.boolean().describe('Given, not expired, and the purpose unchanged since'),
  outdated: z.boolean().describe('The purpose changed materially since the last choice: ask again'),
  at: z.string().nullable(),
  expiresAt: z.string().nullable(),
});

export const ConsentEventView = z
  .object({
    id: z.uuid(),
    recordId: z.uuid(),
    subjectType: z.enum(['visitor', 'subject']),
    subjectKey: z.string(),
    purposeId: z.string(),
    purposeHash: z.string(),
    event: z.enum(['given', 'refused', 'withdrawn', 'expired', 'renewed']),
    channel: z.enum(['banner', 'form', 'api', 'preference_centre', 'admin', 'mail', 'system']),
    method: z.string(),
    noticeHash: z.string().nullable(),
    registerVersion: z.number().int(),
    language: z.string().nullable(),
    siteId: z.string().nullable(),
    ipPrefix: z.string().nullable(),
    userAgentHash: z.string().nullable(),
    actor: z.string().nullable(),
    expiresAt: z.string().nullable(),
    at: z.string(),
  })
  .meta({ id: 'ConsentEvent' });
