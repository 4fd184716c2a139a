import { z } from 'zod';
import { Country, Duration, Id, LocalizedText } from './common.schema.js';

/** The kinds of recipient the statement importer also recognises (eval README `recipient_types`). */
export const RecipientType = z.enum([
  'hosting',
  'it_support',
  'accounting',
  'bank',
  'payment',
  'crm',
  'newsletter',
  'marketing',
  'analytics',
  'advertising',
  'communication',
  'webshop',
  'webinar',
  'ticketing',
  'web_design',
  'assessment_tool',
  'coaching',
  'secretarial',
  'software_development',
  'social_media',
  'legal_authority',
  'group_company',
  'other',
]);

/**
 * The transfer tool for a recipient outside the EEA (GDPR Ch. V). `privacy_shield` is accepted by the schema so the
 * lint can name it: it was invalidated on 16 July 2020.
 */
export const Transfer = z.strictObject({
  mechanism: z.enum(['adequacy', 'dpf', 'scc', 'bcr', 'art49', 'privacy_shield', 'none']),
  scc_module: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).optional(),
  art49_ground: z.string().optional().describe('Which Art. 49(1) derogation, and the safeguards (Art. 30(1)(e)).'),
  safeguards: LocalizedText.optional(),
  reference: z.string().optional(),
});

/** A recipient or category of recipients (Art. 13(1)(e), Art. 30(1)(d)). */
export const Recipient = z.strictObject({
  id: Id,
  name: z.string().min(1).optional().describe('A company name, or omit and describe the category.'),
  category: LocalizedText.optional(),
  type: RecipientType.optional(),
  role: z.enum(['processor', 'sub_processor', 'independent_controller', 'joint_controller', 'authority', 'other']),
  purposes: z.array(Id).default([]),
  data_categories: z.array(Id).default([]),
  country: Country.optional().describe('Where the data are processed or stored.'),
  transfer: Transfer.optional(),
  agreement: z.string().optional().describe('Reference of the processing agreement (Art. 28(3)).'),
});
export type Recipient = z.infer<typeof Recipient>;

/** How the processor handles changes of sub-processors (Art. 28(2) and (4)). */
export const SubProcessorChanges = z.strictObject({
  authorisation: z.enum(['specific', 'general']),
  notice: z.enum(['all', 'partial', 'none']).describe('Under general authorisation every intended change is notified.'),
  notice_period: Duration.optional(),
  objection_possible: z.boolean().optional(),
  exemptions: z.array(LocalizedText).optional().describe('Changes the processor does not announce.'),
});

/** Processing carried out as processor on behalf of controllers (Art. 30(2)). */
export const ProcessorActivity = z.strictObject({
  id: Id,
  name: LocalizedText,
  controllers: z.array(z.string().min(1)).min(1).describe('The controllers (names or categories) acted for.'),
  categories_of_processing: LocalizedText.describe('Art. 30(2)(b).'),
  data_subjects: z.array(Id).default([]),
  data_categories: z.array(Id).default([]),
  sub_processors: z.array(Id).default([]).describe('Recipient ids with role sub_processor.'),
  sub_processor_changes: SubProcessorChanges.optional(),
  agreement: z.string().optional().describe('The processing agreement with the controllers.'),
  retention: z
    .strictObject({
      duration: Duration,
      from: z.enum(['contract_end', 'collected', 'instruction']),
      action: z.enum(['delete', 'return', 'delete_or_return']).default('delete_or_return'),
    })
    .optional(),
  breach_notice_to_controller: Duration.optional().describe('Art. 33(2): e.g. PT24H.'),
  breach_notice_fields: z.array(z.string()).optional(),
  storage_countries: z.array(Country).optional(),
});
export type ProcessorActivity = z.infer<typeof ProcessorActivity>;
