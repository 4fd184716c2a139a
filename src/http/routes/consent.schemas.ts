import { z } from 'zod';
import { BANNER_LANGUAGES } from '../../domain/consent/banner-texts.js';
import { SITE_KEY_SHAPE } from '../../domain/consent/site.js';
import { RegisterVersionNumber } from './common.schemas.js';

export const SiteKey = z.string().regex(SITE_KEY_SHAPE, 'a site key: site_ and 22 characters');
export const VisitorId = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, 'a visitor id: 16 to 64 base64url characters');
export const PurposeId = z
  .string()
  .max(100)
  .regex(/^[a-z0-9][a-z0-9_-]*$/, 'a purpose id of the register');

export const ConsentChoiceBody = z.object({
  site: SiteKey,
  visitor: VisitorId,
  registerVersion: RegisterVersionNumber,
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

const Localized = z
  .object({
    nl: z.string().optional(),
    fr: z.string().optional(),
    en: z.string().optional(),
    de: z.string().optional(),
  })
  .nullable();

/** The ISO/IEC TS 27560 consent record, as `GET /api/consents/{recordId}/record` answers it. */
export const ConsentRecordView = z
  .object({
    schema: z.literal('ISO/IEC TS 27560:2023'),
    recordId: z.uuid(),
    subjectId: z.string().describe('Pseudonymous: a visitor id or the id of a consent subject'),
    subjectType: z.enum(['visitor', 'subject']),
    controller: z.object({
      name: z.string(),
      country: z.string(),
      email: z.string().optional(),
      enterpriseNumber: z.string().optional(),
    }),
    state: z.enum(['given', 'refused', 'withdrawn', 'expired', 'none']),
    counts: z.boolean(),
    purposes: z.array(
      z.object({
        id: z.string(),
        name: Localized,
        description: Localized,
        dpv: z.array(z.string()),
        legalBasis: z.literal('consent'),
      }),
    ),
    dataTypes: z.array(z.object({ id: z.string(), term: z.string().optional(), label: Localized })),
    dataSubjectTypes: z.array(z.string()),
    storage: z.object({
      retention: z.array(z.object({ duration: z.string().nullable(), from: z.string().nullable() })),
      location: z.string(),
    }),
    recipients: z.array(
      z.object({ id: z.string(), name: z.string().optional(), role: z.string(), country: z.string().optional() }),
    ),
    withdrawalMethods: z.array(z.string()),
    notices: z.array(
      z.object({
        hash: z.string(),
        language: z.string(),
        registerVersion: z.number().int(),
        kind: z.string(),
        content: z.unknown().describe('Exactly what was shown'),
      }),
    ),
    events: z.array(
      z.object({
        id: z.uuid(),
        time: z.string(),
        state: z.enum(['given', 'refused', 'withdrawn', 'expired', 'renewed']),
        validUntil: z.string().nullable(),
        expressedBy: z.enum(['data_subject', 'parent_or_guardian', 'on_behalf']),
        consentType: z.enum(['expressed', 'explicit']),
        channel: z.string(),
        method: z.string(),
        noticeHash: z.string().nullable(),
        registerVersion: z.number().int(),
        language: z.string().nullable(),
        purposeHash: z.string(),
        ipPrefix: z.string().nullable(),
        userAgentHash: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'ConsentRecord' });
