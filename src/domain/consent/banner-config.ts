import { createHash } from 'node:crypto';
import { durationInDays } from '../register/duration.js';
import { canonicalJson } from '../register/register.hash.js';
import type { Register } from '../register/register.schema.js';
import {
  BANNER_CATEGORIES,
  BANNER_LANGUAGES,
  BANNER_WORDS,
  type BannerCategory,
  type BannerLanguage,
} from './banner-texts.js';
import { consentPurposeHashes, renewalPeriod } from './consent.js';

type Localized = { [L in BannerLanguage]?: string | undefined };

/** A cookie as the banner's cookie table shows it; `purpose` is filled in every banner language. */
export interface BannerCookie {
  name: string;
  provider: string;
  duration: string;
  purpose: Record<BannerLanguage, string>;
}

/** One category of the banner: the cookies in it and the consent purposes a choice for it records. */
export interface BannerCategoryConfig {
  id: BannerCategory;
  /** No consent is asked: strictly necessary, or only cookies exempt from consent. */
  required: boolean;
  purposes: { id: string; hash: string }[];
  cookies: BannerCookie[];
}

/** Every string the banner shows in one language; `hash` is the notice hash the ledger keeps as proof. */
export interface BannerTexts {
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
  categories: Partial<Record<BannerCategory, { name: string; description: string }>>;
  purposes: Record<string, { name: string; description: string }>;
}

/** What `GET /api/consent/config` answers: everything the banner needs, and nothing personal. */
export interface BannerConfig {
  site: string;
  registerVersion: number;
  renewalDays: number;
  links: { privacy: string; cookies: string };
  categories: BannerCategoryConfig[];
  texts: Record<BannerLanguage, BannerTexts>;
}

/** The banner's own cookie: declared in every banner even when the register forgets it (nothing undeclared). */
export const BANNER_COOKIE = 'dijk_consent';

/** Picks a text in a language, falling back through English, Dutch, French and German. */
export function pickText(text: Localized | undefined, lang: BannerLanguage): string | undefined {
  if (!text) {
    return undefined;
  }
  return text[lang] ?? text.en ?? text.nl ?? text.fr ?? text.de;
}

function allLanguages(text: Localized): Record<BannerLanguage, string> {
  return Object.fromEntries(BANNER_LANGUAGES.map((l) => [l, pickText(text, l) ?? ''])) as Record<
    BannerLanguage,
    string
  >;
}

/** The notice hash: SHA-256 of the canonical JSON of everything shown in one language. */
export function noticeHash(content: unknown): string {
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}

/**
 * Builds the banner configuration of a site from a register version. Categories appear only when the register has
 * cookies in them; a category's consent purposes are those its cookies name (`consent_purpose`) with legal basis
 * consent. The texts of each language are complete, and each carries the hash of exactly what it shows.
 */
export function buildBannerConfig(input: {
  register: Register;
  registerVersion: number;
  siteKey: string;
  links: { privacy: string; cookies: string };
}): { config: BannerConfig; notices: { language: BannerLanguage; hash: string; content: unknown }[] } {
  const { register } = input;
  const hashes = consentPurposeHashes(register);
  const cookies = [...register.cookies];
  if (!cookies.some((c) => c.name === BANNER_COOKIE)) {
    cookies.push({
      name: BANNER_COOKIE,
      provider: register.organisation.legal_name,
      party: 'first',
      category: 'strictly_necessary',
      duration: 'P6M',
      purpose: {
        nl: 'Onthoudt je cookiekeuze.',
        fr: 'Mémorise votre choix en matière de cookies.',
        en: 'Remembers your cookie choice.',
        de: 'Speichert Ihre Cookie-Auswahl.',
      },
      consent_exempt: 'strictly_necessary',
    });
  }
  const categories: BannerCategoryConfig[] = [];
  for (const id of BANNER_CATEGORIES) {
    const inCategory = cookies.filter((c) => c.category === id);
    if (inCategory.length === 0) {
      continue;
    }
    const purposeIds = [
      ...new Set(inCategory.map((c) => c.consent_purpose).filter((p): p is string => p !== undefined && p in hashes)),
    ];
    categories.push({
      id,
      required: id === 'strictly_necessary' || purposeIds.length === 0,
      purposes: purposeIds.map((p) => ({ id: p, hash: hashes[p] ?? '' })),
      cookies: inCategory.map((c) => ({
        name: c.name,
        provider: c.provider,
        duration: c.duration,
        purpose: allLanguages(c.purpose),
      })),
    });
  }
  const purposeIds = categories.flatMap((c) => c.purposes.map((p) => p.id));
  const renewalDays = Math.round(
    Math.min(...purposeIds.map((p) => durationInDays(renewalPeriod(register, p) ?? 'P6M')), durationInDays('P6M')),
  );
  const organisation = register.organisation.trade_names?.[0] ?? register.organisation.legal_name;
  const notices: { language: BannerLanguage; hash: string; content: unknown }[] = [];
  const texts = {} as Record<BannerLanguage, BannerTexts>;
  for (const lang of BANNER_LANGUAGES) {
    const words = BANNER_WORDS[lang];
    const shown = {
      ...words,
      body: words.body.replace('{organisation}', organisation),
      categories: Object.fromEntries(categories.map((c) => [c.id, words.categories[c.id]])),
      purposes: Object.fromEntries(
        purposeIds.map((id) => {
          const purpose = register.purposes.find((p) => p.id === id);
          return [
            id,
            {
              name: pickText(purpose?.name, lang) ?? id,
              description: pickText(purpose?.description, lang) ?? '',
            },
          ];
        }),
      ),
    };
    // The proof covers the cookie table too, in the language shown, and the register version it came from.
    const content = {
      registerVersion: input.registerVersion,
      ...shown,
      cookies: categories.map((c) => ({
        category: c.id,
        cookies: c.cookies.map((k) => ({ ...k, purpose: k.purpose[lang] })),
      })),
    };
    const hash = noticeHash(content);
    notices.push({ language: lang, hash, content });
    texts[lang] = { hash, ...shown };
  }
  return {
    config: {
      site: input.siteKey,
      registerVersion: input.registerVersion,
      renewalDays,
      links: input.links,
      categories,
      texts,
    },
    notices,
  };
}
