/**
 * The structured statement document: what the privacy or cookie statement says, independent of its output format.
 * The serialisers (`toHtml`, `toMarkdown`, `toPlainText`) turn it into text; every string in it is plain text, never
 * markup, so a serialiser escapes everything it writes (Art. 12(1): concise, transparent, intelligible).
 */

/** The languages a statement is written in. German is the banner's fourth language, not yet a statement language. */
export type StatementLang = 'nl' | 'fr' | 'en';

/** Which statement: the Art. 13/14 privacy statement or the ePrivacy art. 5(3) cookie statement. */
export type StatementKind = 'privacy' | 'cookies';

/** A run of text. `lang` is set when the text is in another language than the document (a register fallback). */
export type Inline =
  | { readonly kind: 'text'; readonly text: string; readonly lang?: string }
  | { readonly kind: 'strong'; readonly text: string; readonly lang?: string }
  | { readonly kind: 'link'; readonly text: string; readonly href: string; readonly lang?: string };

/** One block of a section. `heading` is a sub-heading (level 3) inside the section. */
export type Block =
  | { readonly kind: 'heading'; readonly content: readonly Inline[] }
  | { readonly kind: 'paragraph'; readonly content: readonly Inline[] }
  | { readonly kind: 'list'; readonly items: readonly (readonly Inline[])[] }
  | {
      readonly kind: 'table';
      readonly caption: string;
      readonly header: readonly string[];
      readonly rows: readonly (readonly (readonly Inline[])[])[];
    }
  | {
      readonly kind: 'definitions';
      readonly items: readonly { readonly term: string; readonly description: readonly Inline[] }[];
    };

/** A top-level section (level 2 heading). `id` is stable across languages, for anchors and tests. */
export interface StatementSection {
  readonly id: string;
  readonly heading: string;
  readonly blocks: readonly Block[];
}

/** A rendered statement, ready for a serialiser. */
export interface StatementDocument {
  readonly lang: StatementLang;
  readonly kind: StatementKind;
  readonly title: string;
  readonly sections: readonly StatementSection[];
}

/** Links the statement points to; each is optional and left out of the text when absent. */
export interface StatementLinks {
  /** The data-subject request page (rights). */
  readonly requests?: string;
  /** The consent preference centre (withdrawal of consent, cookie choices). */
  readonly preferences?: string;
  /** The archive of earlier versions of this statement. */
  readonly versions?: string;
  /** The cookie statement (from the privacy statement). */
  readonly cookies?: string;
  /** The privacy statement (from the cookie statement). */
  readonly privacy?: string;
}

/** Options of {@link renderStatement}. */
export interface StatementOptions {
  readonly lang: StatementLang;
  readonly kind: StatementKind;
  /** The statement version and the date (YYYY-MM-DD) it applies from; else the register's `effective_from`. */
  readonly version?: { readonly number: number; readonly effectiveFrom: string };
  readonly links?: StatementLinks;
}
