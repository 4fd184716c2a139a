/** One DPV concept as Dijk ships it: the term name within its namespace, its label, parents and definition. */
export interface VocabularyTerm {
  /** Term name without prefix, e.g. `Customer`, `A6-1-a`. */
  readonly term: string;
  readonly label: string;
  /** Broader concepts as compact IRIs (`pd:Identifying`, `dpv:HumanSubject`, `eu-gdpr:Consent`). */
  readonly parents: readonly string[];
  readonly definition: string;
}

/** A `pd:` personal-data category, with the GDPR classification Dijk derives from the DPV hierarchy. */
export interface PersonalDataTerm extends VocabularyTerm {
  /** A special category of personal data (GDPR Art. 9(1)): needs an Art. 9(2) condition. */
  readonly special: boolean;
  /** Criminal convictions and offences data (GDPR Art. 10): needs official authority or a law. */
  readonly criminal: boolean;
}
