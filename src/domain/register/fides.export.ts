import { stringify } from 'yaml';
import { slugify } from '../organisations/organisation.js';
import { personalDataAncestors } from '../vocabulary/vocabulary.js';
import type { Register } from './register.schema.js';

/** DPV `pd:` terms → fideslang data categories; a term without an entry uses its nearest mapped ancestor. */
const FIDES_CATEGORY: Record<string, string> = {
  Name: 'user.name',
  EmailAddress: 'user.contact.email',
  TelephoneNumber: 'user.contact.phone_number',
  PhysicalAddress: 'user.contact.address',
  Contact: 'user.contact',
  IPAddress: 'user.device.ip_address',
  DeviceBased: 'user.device',
  UserAgent: 'user.device',
  BrowsingBehaviour: 'user.behavior.browsing_history',
  Behavioural: 'user.behavior',
  Purchase: 'user.behavior.purchase_history',
  PurchasesAndSpendingHabit: 'user.behavior.purchase_history',
  Location: 'user.location',
  GPSCoordinate: 'user.location.precise',
  BankAccount: 'user.financial.bank_account',
  Financial: 'user.financial',
  Gender: 'user.demographic.gender',
  Age: 'user.demographic.age_range',
  BirthDate: 'user.demographic.date_of_birth',
  Language: 'user.demographic.language',
  MaritalStatus: 'user.demographic.marital_status',
  PoliticalOpinion: 'user.demographic.political_opinion',
  PoliticalAffiliation: 'user.demographic.political_opinion',
  Religion: 'user.demographic.religious_belief',
  ReligiousBelief: 'user.demographic.religious_belief',
  PhilosophicalBelief: 'user.demographic.religious_belief',
  Race: 'user.demographic.race_ethnicity',
  EthnicOrigin: 'user.demographic.race_ethnicity',
  Sexual: 'user.demographic.sexual_orientation',
  Biometric: 'user.biometric',
  Health: 'user.health_and_medical',
  MedicalHealth: 'user.health_and_medical',
  Criminal: 'user.criminal_history',
  OfficialID: 'user.government_id',
  Authenticating: 'user.authorization.credentials',
  Username: 'user.account.username',
  Picture: 'user.content.self_image',
  Communication: 'user.content',
  SocialMedia: 'user.social',
  Professional: 'user.workplace',
  Identifier: 'user.unique_id',
  Preference: 'user.profiling',
};

/** DPV purpose terms (and legal bases) → fideslang data uses. */
function dataUse(purpose: Register['purposes'][number]): string {
  const terms = new Set(purpose.dpv ?? []);
  const has = (...names: string[]) => names.some((n) => terms.has(n));
  if (purpose.direct_marketing?.channels.includes('email')) {
    return 'marketing.communications.email';
  }
  if (has('TargetedAdvertising', 'PersonalisedAdvertising', 'Advertising')) {
    return 'marketing.advertising';
  }
  if (has('DirectMarketing', 'Marketing', 'SocialMediaMarketing', 'PublicRelations')) {
    return 'marketing';
  }
  if (has('ServiceUsageAnalytics')) {
    return 'analytics.reporting';
  }
  if (has('PaymentManagement')) {
    return 'essential.service.payment_processing';
  }
  if (purpose.legal_basis === 'legal_obligation' || has('LegalCompliance')) {
    return 'essential.legal_obligation';
  }
  if (has('CustomerCare', 'CommunicationForCustomerCare', 'CommunicationManagement')) {
    return 'essential.service.operations.support';
  }
  if (has('AccountManagement', 'IdentityAuthentication')) {
    return 'essential.service.authentication';
  }
  return 'essential.service';
}

/** DPV data-subject terms → fideslang data subjects. */
const FIDES_SUBJECT: Record<string, string> = {
  Customer: 'customer',
  Client: 'customer',
  Consumer: 'customer',
  Subscriber: 'customer',
  Employee: 'employee',
  JobApplicant: 'job_applicant',
  Applicant: 'job_applicant',
  Patient: 'patient',
  Visitor: 'visitor',
  User: 'customer',
  Citizen: 'citizen_voter',
  Student: 'trainee',
  Participant: 'customer',
};

function fidesCategory(register: Register, id: string): string {
  const category = register.data_categories.find((c) => c.id === id);
  const term = category?.term ?? category?.parent;
  if (!term) {
    return 'user';
  }
  for (const candidate of [term, ...personalDataAncestors(term)]) {
    const mapped = FIDES_CATEGORY[candidate];
    if (mapped) {
      return mapped;
    }
  }
  return 'user';
}

function fidesSubject(register: Register, id: string): string {
  const term = register.data_subjects.find((s) => s.id === id)?.term;
  return (term && FIDES_SUBJECT[term]) || 'customer';
}

/**
 * A Fides (fideslang) `system` manifest: one system for the organisation, one privacy declaration per purpose,
 * DPV terms mapped to the nearest fideslang category, data use and data subject.
 */
export function exportFidesYaml(register: Register, lang: 'nl' | 'fr' | 'en'): string {
  const key = slugify(register.organisation.legal_name).replaceAll('-', '_');
  const text = (t: Record<string, string | undefined> | undefined) => t?.[lang] ?? t?.en ?? t?.nl ?? t?.fr ?? '';
  const system = {
    fides_key: key,
    name: register.organisation.legal_name,
    description: text(register.organisation.description) || `Register of ${register.organisation.legal_name}`,
    system_type: 'Service',
    privacy_declarations: register.purposes.map((p) => ({
      name: text(p.name) || p.id,
      data_categories: [...new Set(p.data_categories.map((c) => fidesCategory(register, c)))],
      data_use: dataUse(p),
      data_subjects: [...new Set(p.data_subjects.map((s) => fidesSubject(register, s)))],
      dataset_references: [],
    })),
  };
  return stringify({ system: [system] });
}
