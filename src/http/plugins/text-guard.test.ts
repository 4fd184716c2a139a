import { describe, expect, it } from 'vitest';
import { unstorableText } from './text-guard.js';

describe('unstorableText', () => {
  it('finds U+0000 in strings, nested values and keys', () => {
    expect(unstorableText('a\u0000')).toBe('nul');
    expect(unstorableText({ a: [1, { b: 'x\u0000y' }] })).toBe('nul');
    expect(unstorableText({ 'k\u0000': 1 })).toBe('nul');
    expect(unstorableText([['\u0000']])).toBe('nul');
  });

  it('finds a lone surrogate, high or low, in values and keys', () => {
    expect(unstorableText('\ud800')).toBe('surrogate');
    expect(unstorableText({ a: ['x\udc00y'] })).toBe('surrogate');
    expect(unstorableText({ 'k\ud83d': 1 })).toBe('surrogate');
    expect(unstorableText(JSON.parse('{"notice":"\\ud800"}'))).toBe('surrogate');
  });

  it('passes everything else, and does not walk raw bytes (uploads are parsed by their own route)', () => {
    expect(unstorableText(undefined)).toBeUndefined();
    expect(unstorableText(null)).toBeUndefined();
    expect(unstorableText({ a: 'text \\u0000 as written', b: 0, c: [true, null] })).toBeUndefined();
    expect(unstorableText({ emoji: 'Voorbeeld 🍪 café' })).toBeUndefined();
    expect(unstorableText(Buffer.from([0, 0, 0]))).toBeUndefined();
  });
});
