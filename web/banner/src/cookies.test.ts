import { describe, expect, it } from 'vitest';
import { cookieDeletions, cookieDomains, cookiePaths, matchesCookieName } from './cookies.js';

describe('matchesCookieName', () => {
  it('matches exact names and * patterns, nothing else', () => {
    expect(matchesCookieName('_ga', '_ga')).toBe(true);
    expect(matchesCookieName('_ga', '_gat')).toBe(false);
    expect(matchesCookieName('_ga_*', '_ga_ABC123')).toBe(true);
    expect(matchesCookieName('_ga_*', '_ga')).toBe(false);
    expect(matchesCookieName('*_session', 'my_session')).toBe(true);
    expect(matchesCookieName('a*b*c', 'a-x-b-y-c')).toBe(true);
  });

  it('treats regular-expression characters in names literally', () => {
    expect(matchesCookieName('a.b', 'axb')).toBe(false);
    expect(matchesCookieName('a.b', 'a.b')).toBe(true);
    expect(matchesCookieName('x(1)+', 'x(1)+')).toBe(true);
    expect(matchesCookieName('[id]', 'i')).toBe(false);
  });
});

describe('cookieDomains', () => {
  it('lists the host and every parent domain', () => {
    expect(cookieDomains('www.shop.example.be')).toEqual([
      'www.shop.example.be',
      'shop.example.be',
      'example.be',
      'be',
    ]);
    expect(cookieDomains('localhost')).toEqual(['localhost']);
  });

  it('has no parents for IP addresses', () => {
    expect(cookieDomains('127.0.0.1')).toEqual(['127.0.0.1']);
    expect(cookieDomains('::1')).toEqual(['::1']);
  });
});

describe('cookiePaths', () => {
  it('lists / and each prefix of the path, with and without a trailing slash', () => {
    expect(cookiePaths('/')).toEqual(['/']);
    expect(cookiePaths('/shop/cart/index.html')).toEqual([
      '/',
      '/shop',
      '/shop/',
      '/shop/cart',
      '/shop/cart/',
      '/shop/cart/index.html',
      '/shop/cart/index.html/',
    ]);
    expect(cookiePaths('/blog/')).toEqual(['/', '/blog', '/blog/']);
  });
});

describe('cookieDeletions', () => {
  it('expires each matching cookie once per path × (host-only and every domain)', () => {
    const deletions = cookieDeletions('_ga=1; _ga_ABC=2; keep=3; _ga=4', ['_ga', '_ga_*'], 'a.example.be', '/x');
    const names = new Set(deletions.map((d) => d.split('=')[0]));
    expect(names).toEqual(new Set(['_ga', '_ga_ABC']));
    // 3 paths (/, /x, /x/) × (host-only + 3 domains) per name
    expect(deletions).toHaveLength(2 * 3 * 4);
    expect(deletions).toContain('_ga=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/x; domain=example.be');
    expect(deletions).toContain('_ga_ABC=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/');
  });

  it('does nothing when no cookie matches', () => {
    expect(cookieDeletions('', ['_ga'], 'example.be', '/')).toEqual([]);
    expect(cookieDeletions('session=1', ['_ga*'], 'example.be', '/')).toEqual([]);
  });
});
