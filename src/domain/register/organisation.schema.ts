import { z } from 'zod';
import { Country, Email, Language, LocalizedText, Url } from './common.schema.js';

export const PostalAddress = z.strictObject({
  street: z.string().min(1),
  postal_code: z.string().min(1),
  city: z.string().min(1),
  country: Country,
});

/**
 * The data protection officer (Art. 37–39). Named by function, never by a person's name: the register is
 * published. `is_director` records that the DPO also decides on the processing (a conflict, Art. 38(6)).
 */
export const Dpo = z.strictObject({
  function: z.string().min(1).default('DPO').describe('The role, e.g. "DPO", never a person’s name.'),
  email: Email.optional(),
  phone: z.string().optional(),
  address: PostalAddress.optional(),
  external: z.boolean().optional().describe('An external DPO (a service contract), Art. 37(6).'),
  is_director: z
    .boolean()
    .default(false)
    .describe('The DPO is also the director or another person who decides on purposes and means (Art. 38(6)).'),
});

/** The EU representative of a controller outside the EU (Art. 27). */
export const Representative = z.strictObject({
  name: z.string().min(1),
  address: PostalAddress.optional(),
  email: Email.optional(),
  phone: z.string().optional(),
});

/** Overrides the authority derived from the country (e.g. a lead authority elsewhere, Art. 56). */
export const AuthorityOverride = z.strictObject({
  id: z.string().optional().describe('Dijk id such as BE-GBA or NL-AP.'),
  name: z.string().optional(),
  email: Email.optional(),
  website: Url.optional(),
  address: z.string().optional(),
});

/** An alternative dispute resolution body the organisation refers consumers to. */
export const DisputeResolution = z.strictObject({
  name: z.string().min(1),
  url: Url.optional(),
});

export const Organisation = z.strictObject({
  legal_name: z.string().min(1).describe('The registered name, e.g. "Bpart BV".'),
  trade_names: z.array(z.string().min(1)).optional(),
  address: PostalAddress,
  country: Country.describe('Country of main establishment; it selects the supervisory authority and national law.'),
  enterprise_number: z.string().optional().describe('BE: KBO/BCE number (mod-97 checked); NL: KvK number (8 digits).'),
  vat_number: z.string().optional(),
  email: Email.optional(),
  phone: z.string().optional(),
  website: Url.optional(),
  languages: z.array(Language).min(1).describe('Languages the organisation serves; statements are made in each.'),
  dpo: Dpo.optional(),
  representative: Representative.optional(),
  supervisory_authority: AuthorityOverride.optional(),
  dispute_resolution: z.array(DisputeResolution).optional(),
  description: LocalizedText.optional(),
});
export type Organisation = z.infer<typeof Organisation>;
