import { z } from 'zod';
import { findUnstorableText, UNSTORABLE_TEXT_MESSAGES, type UnstorableText } from '../unstorable-text.js';
import { DATA_SUBJECT_TERM_NAMES, PERSONAL_DATA_TERM_NAMES } from '../vocabulary/vocabulary.js';
import { Country, Duration, Email, Id, LocalizedText, Url } from './common.schema.js';
import { Cookie } from './cookie.schema.js';
import { Organisation } from './organisation.schema.js';
import { Purpose } from './purpose.schema.js';
import { ProcessorActivity, Recipient } from './recipient.schema.js';
import { checkReferences } from './register.references.js';

/** A category of data subjects: a DPV term, or a custom label (Art. 30(1)(c)). */
export const DataSubject = z.strictObject({
  id: Id,
  term: z.enum(DATA_SUBJECT_TERM_NAMES).optional().describe('DPV data-subject term, e.g. Customer, Employee.'),
  label: LocalizedText.optional(),
});

/**
 * A category of personal data: a DPV `pd:` term, or a custom category naming its DPV parent. Special categories
 * (Art. 9) and criminal data (Art. 10) follow from the DPV hierarchy; `special` can only add, never remove.
 */
export const DataCategory = z.strictObject({
  id: Id,
  term: z.enum(PERSONAL_DATA_TERM_NAMES).optional().describe('DPV personal-data term, e.g. EmailAddress.'),
  parent: z.enum(PERSONAL_DATA_TERM_NAMES).optional().describe('For a custom category: its DPV parent term.'),
  label: LocalizedText.optional(),
  special: z.boolean().optional().describe('Mark a custom category special (Art. 9) when DPV cannot tell.'),
});

export const RetentionTrigger = z.enum([
  'collected',
  'last_activity',
  'contract_end',
  'consent_withdrawn',
  'unsubscribed',
  'account_closed',
  'event_end',
  'request_closed',
]);

/** How long data are kept and what happens then (Art. 5(1)(e), Art. 13(2)(a), Art. 30(1)(f)). */
export const RetentionRule = z.strictObject({
  id: Id,
  purposes: z.array(Id).default([]),
  data_categories: z.array(Id).default([]),
  duration: z
    .union([Duration, z.literal('until_withdrawn'), z.literal('unlimited')])
    .optional()
    .describe('ISO 8601 duration counted from `from`; until_withdrawn; unlimited (the lint warns).'),
  from: RetentionTrigger.optional(),
  action: z.enum(['delete', 'anonymise']).default('delete'),
  criteria: LocalizedText.optional().describe('The criteria when no fixed period can be given (Art. 13(2)(a)).'),
  statutory: z
    .strictObject({
      kind: z.enum(['tax', 'accounting', 'immovable_property_vat', 'other']),
      reference: z.string().optional(),
    })
    .optional()
    .describe('The law that imposes the period (grounds for refusing erasure, Art. 17(3)(b)).'),
});
export type RetentionRule = z.infer<typeof RetentionRule>;

/** How data-subject requests are received and handled (Art. 12). */
export const Rights = z.strictObject({
  channels: z
    .array(
      z.strictObject({
        type: z.enum(['email', 'web_form', 'post', 'phone', 'account', 'in_person']),
        address: z.string().optional(),
      }),
    )
    .default([]),
  response_deadline: Duration.default('P1M'),
  extension: Duration.default('P2M'),
  identity_verification: z
    .strictObject({
      method: z.enum(['account', 'email_match', 'id_check_without_copy', 'id_copy', 'other']),
      id_copy_redaction: z.array(z.enum(['photo', 'mrz', 'document_number', 'bsn', 'national_number'])).optional(),
      description: LocalizedText.optional(),
    })
    .optional(),
  complaint_contact: z.strictObject({ email: Email.optional(), url: Url.optional() }).optional(),
});

// The whole-register checks run even when other parts have shape problems, as long as the register is an object.
const ON_OBJECTS = {
  when: (payload: { value: unknown }) => typeof payload.value === 'object' && payload.value !== null,
};

export const RegisterSchema = z
  .strictObject({
    version: z.literal(1).describe('Schema version of the register format.'),
    organisation: Organisation,
    roles: z.array(z.enum(['controller', 'processor'])).min(1),
    effective_from: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')
      .optional(),
    data_subjects: z.array(DataSubject).default([]),
    data_categories: z.array(DataCategory).default([]),
    purposes: z.array(Purpose).default([]),
    retention: z.array(RetentionRule).default([]),
    recipients: z.array(Recipient).default([]),
    processor_activities: z.array(ProcessorActivity).default([]),
    cookies: z.array(Cookie).default([]),
    rights: Rights.default({ channels: [], response_deadline: 'P1M', extension: 'P2M' }),
    security: z
      .strictObject({
        summary: LocalizedText.optional(),
        measures: z.array(LocalizedText).default([]),
        standards: z.array(z.string()).optional(),
      })
      .optional(),
    breach: z
      .strictObject({
        notify_authority_within: Duration.default('PT72H'),
        notify_subjects: LocalizedText.optional(),
      })
      .optional(),
    children: z
      .strictObject({
        min_age: z.record(Country, z.number().int().min(0).max(18)).describe('Age of digital consent per country.'),
        parental_consent: LocalizedText.optional().describe('How a parent consents and how that is verified.'),
      })
      .optional(),
  })
  // Check references even when other parts have shape problems, so one run reports everything.
  .superRefine(checkReferences, ON_OBJECTS)
  // Text no column can store, written with an escape ("\0", "\ud800"): refused where it stands, not in a query.
  .superRefine(checkStorableText, ON_OBJECTS);

/** The message for text no column can store (also for a raw NUL, which register.parse finds before parsing). */
export function unstorableInRegister(what: UnstorableText): string {
  return `${UNSTORABLE_TEXT_MESSAGES[what]} may not appear in a register`;
}

function checkStorableText(input: unknown, ctx: z.core.$RefinementCtx<unknown>): void {
  const found = findUnstorableText(input);
  if (found) {
    ctx.addIssue({ code: 'custom', path: found.path, message: unstorableInRegister(found.what) });
  }
}

/** A validated register (the output of {@link RegisterSchema}). */
export type Register = z.output<typeof RegisterSchema>;
export type RegisterInput = z.input<typeof RegisterSchema>;
