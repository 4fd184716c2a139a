import { describe, expect, it } from 'vitest';
import { requestLanguage } from './request-language.js';

describe('the language to write to a person in', () => {
  it('takes a named language over Accept-Language', () => {
    expect(requestLanguage({ 'accept-language': 'nl' }, 'fr')).toBe('fr');
  });

  it('negotiates Accept-Language among Dutch, French and English', () => {
    expect(requestLanguage({ 'accept-language': 'nl-BE,nl;q=0.9,en;q=0.5' })).toBe('nl');
    expect(requestLanguage({ 'accept-language': 'de-DE,fr;q=0.8,en;q=0.7' })).toBe('fr');
    expect(requestLanguage({ 'accept-language': 'de-DE' })).toBeUndefined();
    expect(requestLanguage({})).toBeUndefined();
  });

  it('reads a wildcard as English, the default', () => {
    expect(requestLanguage({ 'accept-language': '*' })).toBe('en');
  });
});
