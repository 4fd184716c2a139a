import { describe, expect, it } from 'vitest';
import { dayBoundary, embedSnippet, formatShare, parseOrigins } from './consent-format';

describe('consent formatting', () => {
  it('reads allowed origins one per line', () => {
    expect(
      parseOrigins(
        ' https://www.example.org/ \n\nhttps://shop.example.org\nhttps://www.example.org\nwww.example.org\n',
      ),
    ).toEqual({ origins: ['https://www.example.org', 'https://shop.example.org'], invalid: ['www.example.org'] });
    expect(parseOrigins('https://www.example.org/path\nftp://example.org\nhttp://localhost:8080')).toEqual({
      origins: ['http://localhost:8080'],
      invalid: ['https://www.example.org/path', 'ftp://example.org'],
    });
    expect(parseOrigins('  \n')).toEqual({ origins: [], invalid: [] });
  });

  it('writes the embed snippet', () => {
    expect(embedSnippet('https://dijk.example.org', 'site_abc')).toBe(
      '<script src="https://dijk.example.org/banner.js" data-site="site_abc" async></script>',
    );
  });

  it('turns a date input into the start or end of that day', () => {
    const start = dayBoundary('2026-11-21', false);
    const end = dayBoundary('2026-11-21', true);
    expect(start && end && Date.parse(end) - Date.parse(start)).toBe(86_400_000 - 1);
    expect(dayBoundary('21/11/2026', false)).toBeUndefined();
  });

  it('formats a share as a whole percentage', () => {
    expect(formatShare(2 / 3, 'en')).toBe('67%');
    expect(formatShare(0, 'en')).toBe('0%');
  });
});
