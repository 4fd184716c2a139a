import { describe, expect, it } from 'vitest';
import {
  chooseLanguage,
  currentChoices,
  isCategoryGranted,
  isStoredChoiceValid,
  methodOf,
  pickText,
  readStoredChoice,
} from './choice.js';
import type { BannerConfig, StoredChoice } from './types.js';

const NOW = 1_800_000_000;

function config(hashes: Record<string, string> = { stats: 'aaaa', ads: 'bbbb' }): BannerConfig {
  return {
    site: 'KEY',
    registerVersion: 4,
    renewalDays: 182,
    links: { privacy: 'https://dijk.example/privacy', cookies: 'https://dijk.example/cookies' },
    categories: [
      { id: 'strictly_necessary', required: true, purposes: [], cookies: [] },
      { id: 'analytics', required: false, purposes: [{ id: 'stats', hash: hashes.stats ?? '' }], cookies: [] },
      { id: 'marketing', required: false, purposes: [{ id: 'ads', hash: hashes.ads ?? '' }], cookies: [] },
    ],
    texts: {},
  };
}

function stored(overrides: Partial<StoredChoice> = {}): StoredChoice {
  return {
    v: 'visitor',
    r: 4,
    t: NOW - 86400,
    c: { stats: 1, ads: 0 },
    h: { stats: 'aaaa', ads: 'bbbb' },
    ...overrides,
  };
}

describe('readStoredChoice', () => {
  it('reads the dijk_consent cookie among others', () => {
    const value = encodeURIComponent(JSON.stringify(stored()));
    expect(readStoredChoice(`a=1; dijk_consent=${value}; b=2`)).toEqual(stored());
  });

  it('ignores a missing, damaged or foreign value', () => {
    expect(readStoredChoice('a=1')).toBeUndefined();
    expect(readStoredChoice('dijk_consent=%7Bnot json')).toBeUndefined();
    expect(readStoredChoice(`dijk_consent=${encodeURIComponent('{"x":1}')}`)).toBeUndefined();
  });
});

describe('isStoredChoiceValid', () => {
  it('accepts a recent choice covering every purpose with unchanged hashes', () => {
    expect(isStoredChoiceValid(stored(), config(), NOW)).toBe(true);
  });

  it('asks again after the renewal period, for a refusal as for a consent', () => {
    const old = NOW - 182 * 86400;
    expect(isStoredChoiceValid(stored({ t: old }), config(), NOW)).toBe(false);
    expect(isStoredChoiceValid(stored({ t: old, c: { stats: 0, ads: 0 } }), config(), NOW)).toBe(false);
    expect(isStoredChoiceValid(stored({ t: old + 1 }), config(), NOW)).toBe(true);
  });

  it('asks again when a purpose changed (its hash differs) or is new', () => {
    expect(isStoredChoiceValid(stored(), config({ stats: 'aaaa', ads: 'cccc' }), NOW)).toBe(false);
    const withNew = config();
    withNew.categories.push({ id: 'functional', required: false, purposes: [{ id: 'chat', hash: 'dd' }], cookies: [] });
    expect(isStoredChoiceValid(stored(), withNew, NOW)).toBe(false);
  });

  it('does not ask again for a purpose that was removed from the register', () => {
    const fewer = config();
    fewer.categories.pop();
    expect(isStoredChoiceValid(stored(), fewer, NOW)).toBe(true);
  });

  it('treats a choice only Global Privacy Control made as pending', () => {
    expect(isStoredChoiceValid(stored({ g: 1 }), config(), NOW)).toBe(false);
    expect(isStoredChoiceValid(undefined, config(), NOW)).toBe(false);
  });
});

describe('currentChoices', () => {
  it('keeps the answers of unchanged purposes while a changed one is asked again', () => {
    expect(currentChoices(stored({ c: { stats: 1, ads: 1 } }), config({ stats: 'new', ads: 'bbbb' }), NOW)).toEqual({
      ads: 1,
    });
  });

  it('keeps nothing of an expired choice', () => {
    expect(currentChoices(stored({ t: NOW - 200 * 86400 }), config(), NOW)).toEqual({});
    expect(currentChoices(undefined, config(), NOW)).toEqual({});
  });

  it('keeps what a GPC preset holds (marketing refused), though it does not answer the banner', () => {
    expect(currentChoices(stored({ g: 1, c: { stats: 0, ads: 0 } }), config(), NOW)).toEqual({ stats: 0, ads: 0 });
  });
});

describe('isCategoryGranted', () => {
  it('grants required categories always, others only when each purpose is given', () => {
    const [necessary, analytics] = config().categories;
    expect(necessary && isCategoryGranted(necessary, {})).toBe(true);
    expect(analytics && isCategoryGranted(analytics, {})).toBe(false);
    expect(analytics && isCategoryGranted(analytics, { stats: 1 })).toBe(true);
    expect(analytics && isCategoryGranted(analytics, { stats: 0 })).toBe(false);
  });
});

describe('methodOf', () => {
  it('names a withdrawal when an earlier consent is taken away and nothing is given', () => {
    expect(methodOf('custom', { stats: 0, ads: 0 }, { stats: 1, ads: 0 })).toBe('withdraw');
    expect(methodOf('reject_all', { stats: 0, ads: 0 }, { stats: 1, ads: 1 })).toBe('withdraw');
  });

  it('keeps the button otherwise', () => {
    expect(methodOf('reject_all', { stats: 0, ads: 0 }, undefined)).toBe('reject_all');
    expect(methodOf('reject_all', { stats: 0, ads: 0 }, { stats: 0, ads: 0 })).toBe('reject_all');
    expect(methodOf('custom', { stats: 0, ads: 1 }, { stats: 1, ads: 0 })).toBe('custom');
    expect(methodOf('accept_all', { stats: 1, ads: 1 }, { stats: 0, ads: 0 })).toBe('accept_all');
  });
});

describe('chooseLanguage', () => {
  const all = ['nl', 'fr', 'en', 'de'];

  it('takes <html lang> first, then the browser languages in order', () => {
    expect(chooseLanguage('fr-BE', ['nl-BE', 'en'], all)).toBe('fr');
    expect(chooseLanguage('', ['es-ES', 'DE-at', 'nl'], all)).toBe('de');
    expect(chooseLanguage('es', ['it', 'nl-NL'], all)).toBe('nl');
  });

  it('falls back to English, then to the first language offered', () => {
    expect(chooseLanguage('es', ['it'], all)).toBe('en');
    expect(chooseLanguage('', [], ['nl', 'fr'])).toBe('nl');
  });
});

describe('pickText', () => {
  it('takes the language, else English, else the first text', () => {
    expect(pickText({ nl: 'Taal', en: 'Language' }, 'nl')).toBe('Taal');
    expect(pickText({ nl: 'Taal', en: 'Language' }, 'fr')).toBe('Language');
    expect(pickText({ nl: 'Taal' }, 'de')).toBe('Taal');
    expect(pickText({}, 'de')).toBe('');
  });
});
