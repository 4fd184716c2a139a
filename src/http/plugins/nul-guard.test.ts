import { describe, expect, it } from 'vitest';
import { holdsNul } from './nul-guard.js';

describe('holdsNul', () => {
  it('finds U+0000 in strings, nested values and keys', () => {
    expect(holdsNul('a\u0000')).toBe(true);
    expect(holdsNul({ a: [1, { b: 'x\u0000y' }] })).toBe(true);
    expect(holdsNul({ 'k\u0000': 1 })).toBe(true);
    expect(holdsNul([['\u0000']])).toBe(true);
  });

  it('passes everything else, and does not walk raw bytes (uploads are parsed by their own route)', () => {
    expect(holdsNul(undefined)).toBe(false);
    expect(holdsNul(null)).toBe(false);
    expect(holdsNul({ a: 'text \\u0000 as written', b: 0, c: [true, null] })).toBe(false);
    expect(holdsNul(Buffer.from([0, 0, 0]))).toBe(false);
  });
});
