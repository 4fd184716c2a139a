import { z } from 'zod';
import { PURPOSE_TERM_NAMES } from '../vocabulary/vocabulary.js';
import { Art9Condition, Duration, Id, LegalBasis, LocalizedText } from './common.schema.js';

/** Where the data come from (Art. 13 vs Art. 14(2)(f)). */
export const DataSource = z.enum(['data_subject', 'third_party', 'public', 'observed']);

/** Whether providing the data is required, and what happens if not (Art. 13(2)(e)). */
export const Provision = z.strictObject({
  requirement: z.enum(['statutory', 'contractual', 'contract_precondition', 'voluntary']),
  consequence: LocalizedText.optional().describe('What happens when the person does not provide the data.'),
});

/** Solely automated decisions, including profiling (Art. 22; information duty Art. 13(2)(f)). */
export const AutomatedDecision = z.strictObject({
  solely_automated: z.boolean().describe('A decision with legal or similarly significant effect without a human.'),
  profiling: z.boolean().optional(),
  basis: z.enum(['contract', 'law', 'explicit_consent']).optional().describe('Art. 22(2)(a), (b) or (c).'),
  logic: LocalizedText.optional().describe('Meaningful information about the logic involved.'),
  significance: LocalizedText.optional().describe('The significance and envisaged consequences.'),
  safeguards: z
    .array(z.enum(['human_intervention', 'express_view', 'contest']))
    .optional()
    .describe('Art. 22(3): human intervention, the right to express a view and to contest the decision.'),
});

/** How a consent purpose is withdrawn (Art. 7(3): as easily as given). */
export const ConsentSettings = z.strictObject({
  withdrawal: z
    .array(
      z.enum([
        'unsubscribe_link',
        'preference_centre',
        'cookie_settings',
        'account_settings',
        'email',
        'web_form',
        'phone',
        'post',
      ]),
    )
    .optional(),
  given_by: z
    .enum(['clear_action', 'double_opt_in', 'browsing', 'pre_ticked_box', 'cookie_wall'])
    .optional()
    .describe('How consent is expressed; browsing, pre-ticked boxes and cookie walls are not consent (Art. 4(11)).'),
  double_opt_in: z.boolean().optional(),
  explicit: z.boolean().optional().describe('Explicit consent (Art. 9(2)(a), Art. 22(2)(c), Art. 49(1)(a)).'),
  renewal: Duration.optional().describe('Ask again after this period (default P6M for cookies).'),
});

/** Direct marketing details; e-mail marketing needs consent except the customer soft opt-in (LEGAL.md §5). */
export const DirectMarketing = z.strictObject({
  channels: z.array(z.enum(['email', 'sms', 'phone', 'post', 'social_media', 'online_ads'])).min(1),
  audience: z.enum(['subscribers', 'existing_customers', 'prospects', 'contacts']),
  similar_products: z.boolean().optional().describe('Only the organisation’s own similar products or services.'),
  opt_out_at_collection: z.boolean().optional(),
  opt_out_in_every_message: z.boolean().optional(),
});

/** One purpose of processing as controller (Art. 30(1)(b)); its id is what consent and ingest refer to. */
export const Purpose = z.strictObject({
  id: Id,
  name: LocalizedText,
  description: LocalizedText.optional(),
  dpv: z.array(z.enum(PURPOSE_TERM_NAMES)).optional().describe('DPV purpose terms, e.g. ServiceProvision.'),
  legal_basis: LegalBasis.optional(),
  art9_condition: Art9Condition.optional().describe('Required when the purpose uses special-category data.'),
  art10_law: z.string().optional().describe('The law authorising criminal-offence data (Art. 10).'),
  legitimate_interest: LocalizedText.optional().describe(
    'For legitimate_interest: the interest pursued and the balancing against the person’s rights (Art. 6(1)(f)).',
  ),
  data_subjects: z.array(Id).default([]),
  data_categories: z.array(Id).default([]),
  source: z.array(DataSource).optional(),
  source_detail: LocalizedText.optional(),
  provision: Provision.optional(),
  automated_decision: AutomatedDecision.optional(),
  consent: ConsentSettings.optional(),
  direct_marketing: DirectMarketing.optional(),
  children: z.boolean().optional().describe('The purpose targets or knowingly involves children (Art. 8).'),
});
export type Purpose = z.infer<typeof Purpose>;
