/**
 * What `GET /api/consent/config?site=KEY` answers (the contract with src/http/routes/consent.routes.ts): the
 * register's cookies by category, the consent purposes with their material hashes, and every string the banner
 * shows, per language, with the hash of that notice.
 */
export interface BannerConfig {
  site: string;
  registerVersion: number;
  /** How long a choice (a consent and a refusal alike, LEGAL.md §5) is kept before it is asked again. */
  renewalDays: number;
  links: { privacy: string; cookies: string };
  /** Only categories with cookies, in the order strictly_necessary, functional, analytics, marketing. */
  categories: BannerCategory[];
  texts: Record<string, BannerTexts>;
}

export interface BannerCategory {
  id: string;
  /** No consent is asked: strictly necessary, or only cookies exempt from consent. */
  required: boolean;
  purposes: { id: string; hash: string }[];
  cookies: BannerCookie[];
}

export interface BannerCookie {
  /** A name or a pattern with `*`, e.g. `_ga_*`. */
  name: string;
  provider: string;
  /** An ISO 8601 duration (`P1Y`, `PT24H`) or `session`. */
  duration: string;
  purpose: Record<string, string>;
}

export interface BannerTexts {
  /** SHA-256 of exactly what this language shows: the notice hash the ledger keeps as proof. */
  hash: string;
  title: string;
  body: string;
  acceptAll: string;
  rejectAll: string;
  choose: string;
  save: string;
  close: string;
  reopen: string;
  alwaysOn: string;
  cookieTable: { name: string; provider: string; duration: string; purpose: string };
  privacyLink: string;
  cookiesLink: string;
  categories: Record<string, { name: string; description: string } | undefined>;
  purposes: Record<string, { name: string; description: string } | undefined>;
}

/** Consent per purpose id: 1 given, 0 not given. */
export type Choices = Record<string, 0 | 1>;

/** The `dijk_consent` cookie: the visitor's last choice, kept on the site's own origin. */
export interface StoredChoice {
  /** Visitor id: 128 random bits, base64url. */
  v: string;
  /** Register version the choice was made on. */
  r: number;
  /** When, in epoch seconds. */
  t: number;
  c: Choices;
  /** The material hash of each purpose when it was chosen: a different hash now means ask again. */
  h: Record<string, string>;
  /** Set when only Global Privacy Control answered (marketing refused), and the other purposes are still to ask. */
  g?: 1;
}

/** How a choice was expressed, for the proof (Art. 7(1)). */
export type ConsentMethod = 'accept_all' | 'reject_all' | 'custom' | 'gpc' | 'withdraw';
