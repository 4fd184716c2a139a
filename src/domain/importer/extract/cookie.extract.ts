import type { CookieCategory, Element, Sentence } from '../import.types.js';
import { type ExtractContext, elementAt, elementOf, inTopic, isNegatedAt, uniqueByValue } from './extract.context.js';

// Category words that qualify "cookies" (before or after it), per category.
const CATEGORY_WORDS: [CookieCategory, RegExp][] = [
  [
    'strictly_necessary',
    /\b(?:strikt noodzakelijke?|noodzakelijke|essenti[eë]le|technisch noodzakelijke|strictement n[ée]cessaires?|essentiels?|n[ée]cessaires?|strictly necessary|essential|necessary)\b/giu,
  ],
  ['functional', /\b(?:functionele|fonctionnels?|functional|preference|voorkeurs?)\b/giu],
  ['analytics', /\b(?:analytische|analytics?|analytiques?|statisti\w+|mesure d['’]audience|performance)\b/giu],
  [
    'marketing',
    /\b(?:tracking|targeting|advertising|marketing|publicitaires?|reclame|tra[çc]age|ciblage|advertentie\w*|social media|sociale media|r[ée]seaux sociaux|third[- ]party tracking)\b/giu,
  ],
];
const COOKIE = /cookie|traceur|tracker/i;
// What a cookie does, for statements that describe their cookies without naming the category ("andere onthouden je
// taalkeuze", "to measure how many visitors…", "volgen je surfgedrag om je advertenties te tonen"). Read only in a
// cookie section or in a sentence that names cookies, in prose and in the purpose cells of cookie tables.
const PURPOSE_CUES: [CookieCategory, RegExp][] = [
  [
    'strictly_necessary',
    /\b(?:winkelmand(?:je)?|winkelwagen(?:tje)?|panier|shopping (?:cart|basket)|ingelogd|logged in|rester connect[ée]e?s?)\b/i,
  ],
  [
    'functional',
    /\b(?:onthoud\w*|onthouden|remember\w*|m[ée]moris\w*|se souvenir|retenir|voorkeur\w*|pr[ée]f[ée]rences?|preferences?|taalkeuze|taalvoorkeur|language (?:choice|preference|setting)s?|choix de (?:la )?langue)\b/i,
  ],
  [
    'analytics',
    /\b(?:meten|meet|measure\w*|mesur\w*|statisti\w*|bezoekersaantallen|(?:hoeveel|aantal) bezoekers|(?:how many|number of) visitors|nombre de visiteurs|audience|analy[sz]\w*|telt|tellen|count\w*|compt\w*)\b/i,
  ],
  [
    'marketing',
    /\b(?:advertenti\w*|advertis\w*|ads|publicit\w*|annonces?|surfgedrag|browsing (?:behaviou?r|habits) across|gerichte (?:reclame|advertenties)|cibl[ée]\w*|retarget\w*|remarketing|(?:across|over) (?:verschillende |other |andere )?(?:websites|sites)|sur d['’]autres sites)\b/i,
  ],
];
const ONLY =
  /(?:\b(?:enkel|alleen|uitsluitend|slechts|uniquement|seulement|only|solely)\b|\bn(?:e\b|['’])[^.;]{0,30}\bque\b)[^.;]{0,40}?\b(?:strikt noodzakelijke?|noodzakelijke|essenti[eë]le|functionele|strictement n[ée]cessaires|n[ée]cessaires|essentiels|strictly necessary|essential|necessary|technical)\b/i;
// "Stel je browser zo in dat deze geen cookies meer opslaat" is about the reader's browser, not about the site.
const BROWSER_SETTING =
  /browser|navigateur|instell|settings|param[èe]tr|r[ée]glages|blokkeer|bloquer|block|weiger|refuse|uitschakel|d[ée]sactiv|disable/i;
const NO_COOKIES =
  /(?:gebruik\w* geen cookies|geen cookies|n['’]utilis\w+ (?:pas|aucun) (?:de )?cookies?|aucun cookie|(?:does|do) not use (?:any )?cookies|no cookies(?! other)|uses no cookies)/i;
// Cookie names as written: identifiers with an underscore or well-known names (Open Cookie Database vocabulary), with
// a wildcard or placeholder suffix kept ("_ga_*", "_ga_<container-id>").
const COOKIE_NAME =
  /(?<![\p{L}\p{N}_@./-])(?:_[a-z][\w-]*|[a-z][a-z0-9]*_[\w-]+|phpsessid|jsessionid|asp\.net_sessionid|cookieconsent|cookielawinfo[\w-]*|nid|ide|__[\w-]+)(?:\*|<[\w-]+>)?(?![\p{L}\p{N}_@-]|\.[\p{L}\p{N}])/giu;

const NAME_HEADER = /^(?:name|naam|nom|cookie(?:naam| name)?|nom du cookie|identifier|sleutel|key)$/i;
const TOKEN = /^[\p{L}\p{N}_.*<>[\]-]{2,60}$/u;

/** "next-auth.session-token", "consent", "PHPSESSID": one token, not a capitalised word ("Gebruikersvoorkeuren"). */
function isToken(text: string): boolean {
  return TOKEN.test(text) && (/[_.*<>[\]\d-]/.test(text) || text === text.toLowerCase() || text === text.toUpperCase());
}

function isCookieSentence(ctx: ExtractContext, s: Sentence): boolean {
  return COOKIE.test(s.text) || (inTopic(ctx, s, 'cookies') && s.kind !== 'paragraph');
}

export interface CookieExtraction {
  names: Element<string>[];
  categories: Element<CookieCategory>[];
  none?: Element<boolean>;
}

/**
 * Finds cookie names and categories. A statement that says it uses only strictly necessary cookies gets only that
 * category, even when it goes on to describe the kinds of cookies that exist; one that says it uses no cookies
 * gets none.
 */
export function extractCookies(ctx: ExtractContext): CookieExtraction {
  const names: Element<string>[] = [];
  const categories: Element<CookieCategory>[] = [];
  let only: Element<CookieCategory> | undefined;
  let none: Element<boolean> | undefined;
  for (const s of ctx.doc.sentences) {
    if (inTopic(ctx, s, 'not_collected')) {
      continue;
    }
    const noCookies = NO_COOKIES.exec(s.text);
    if (noCookies && !none && !BROWSER_SETTING.test(s.text)) {
      none = elementOf(s, true, noCookies, 0.8);
    }
    if (!isCookieSentence(ctx, s)) {
      if (inTopic(ctx, s, 'cookies')) {
        // "Google Analytics dépose alors _ga et _ga_ suivi d'un code": names in a cookie section's prose.
        for (const m of s.text.matchAll(COOKIE_NAME)) {
          names.push(elementOf(s, m[0], m, 0.65));
        }
      }
      continue;
    }
    const onlyMatch = ONLY.exec(s.text);
    if (onlyMatch && !only && COOKIE.test(s.text) && !isNegatedAt(s.text, onlyMatch.index ?? 0)) {
      only = elementOf(s, 'strictly_necessary', onlyMatch, 0.85);
    }
    // A cell of a table in a cookie section: its name column holds names as written ("next-auth.session-token"),
    // and its other columns say the category without repeating the word "cookie".
    const tableCell = s.cell !== undefined && inTopic(ctx, s, 'cookies') && s.text.split(/\s+/).length <= 8;
    if (tableCell && s.cell && s.cell.row > 0 && NAME_HEADER.test(s.cell.header) && isToken(s.text)) {
      names.push(elementAt(s, s.text, 0, s.text.length, 0.7));
    } else if (inTopic(ctx, s, 'cookies') || (s.kind !== 'paragraph' && COOKIE.test(s.text))) {
      for (const m of s.text.matchAll(COOKIE_NAME)) {
        names.push(elementOf(s, m[0], m, 0.7));
      }
    }
    if (inTopic(ctx, s, 'cookies') || COOKIE.test(s.text)) {
      for (const [category, regex] of PURPOSE_CUES) {
        const m = regex.exec(s.text);
        if (m && !isNegatedAt(s.text, m.index ?? 0)) {
          categories.push(elementOf(s, category, m, 0.55));
        }
      }
    }
    if (!COOKIE.test(s.text) && !tableCell) {
      continue;
    }
    for (const [category, regex] of CATEGORY_WORDS) {
      for (const m of s.text.matchAll(regex)) {
        const at = m.index ?? 0;
        // The category word must sit close to the word "cookie" to qualify it, or in a cell of a cookie table.
        const near = s.text.slice(Math.max(0, at - 40), at + m[0].length + 40);
        if ((tableCell || COOKIE.test(near)) && !isNegatedAt(s.text, at)) {
          categories.push(elementAt(s, category, at, at + m[0].length, 0.7));
          break;
        }
      }
    }
  }
  if (none && names.length === 0 && !only) {
    return { names: [], categories: [], none };
  }
  if (only) {
    return { names: uniqueByValue(names), categories: [only] };
  }
  return { names: uniqueByValue(names), categories: uniqueByValue(categories) };
}
