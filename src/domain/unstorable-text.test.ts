import { describe, expect, it } from 'vitest';
import { findUnstorableText } from './unstorable-text.js';

const whatIn = (value: unknown) => findUnstorableText(value)?.what;

describe('findUnstorableText', () => {
  it('finds U+0000 in strings, nested values and keys', () => {
    expect(whatIn('a\u0000')).toBe('nul');
    expect(whatIn({ a: [1, { b: 'x\u0000y' }] })).toBe('nul');
    expect(whatIn({ 'k\u0000': 1 })).toBe('nul');
    expect(whatIn([['\u0000']])).toBe('nul');
  });

  it('finds a lone surrogate, high or low, in values and keys', () => {
    expect(whatIn('\ud800')).toBe('surrogate');
    expect(whatIn({ a: ['x\udc00y'] })).toBe('surrogate');
    expect(whatIn({ 'k\ud83d': 1 })).toBe('surrogate');
    expect(whatIn(JSON.parse('{"notice":"\\ud800"}'))).toBe('surrogate');
  });

  it('says where: the path of keys and indexes to the string', () => {
    expect(findUnstorableText({ purposes: [{ id: 'a' }, { name: { nl: 'b\u0000' } }] })).toEqual({
      what: 'nul',
      path: ['purposes', 1, 'name', 'nl'],
    });
    expect(findUnstorableText({ a: { 'k\ud800': 'v' } })?.path).toEqual(['a', 'k\ud800']);
  });

  it('passes everything else, and does not walk raw bytes (uploads are parsed by their own route)', () => {
    expect(whatIn(undefined)).toBeUndefined();
    expect(whatIn(null)).toBeUndefined();
    expect(whatIn({ a: 'text \\u0000 as written', b: 0, c: [true, null] })).toBeUndefined();
    expect(whatIn({ emoji: 'Voorbeeld 🍪 café' })).toBeUndefined();
    expect(whatIn(Buffer.from([0, 0, 0]))).toBeUndefined();
  });
});
