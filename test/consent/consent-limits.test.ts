import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedWindowLimiter, publicConsentLogLevel } from '../../src/http/routes/consent.routes.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { capturingLogger } from '../helpers/logs.js';
import { newVisitorId, setUpConsentOrganisation } from './consent-helpers.js';

const origin = 'https://www.example.org';

describe('the public consent API limits and headers', () => {
  let t: TestApp;
  let siteKey: string;
  let otherSiteKey: string;
  let body: (visitor: string) => Record<string, unknown>;
  beforeAll(async () => {
    t = await createTestApp('pglite', { CONSENT_RATE_LIMIT: '4', CONSENT_SITE_RATE_LIMIT: '6' });
    ({ siteKey } = await setUpConsentOrganisation(t, 'limits'));
    ({ siteKey: otherSiteKey } = await setUpConsentOrganisation(t, 'limits-other'));
    const config = (
      await t.app.inject({ url: `/api/consent/config?site=${siteKey}`, remoteAddress: '192.0.2.200' })
    ).json();
    body = (visitor) => ({
      site: siteKey,
      visitor,
      registerVersion: config.registerVersion,
      noticeHash: config.texts.en.hash,
      language: 'en',
      method: 'reject_all',
      choices: { 'analytics-cookies': false },
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  const choose = (address: string, payload: Record<string, unknown>) =>
    t.app.inject({
      method: 'POST',
      url: '/api/consent',
      remoteAddress: address,
      headers: { 'content-type': 'application/json', origin },
      payload,
    });

  it('sends the JSON API headers: CORS, nosniff and a CSP that allows nothing, without page or rate headers', async () => {
    const res = await choose('192.0.2.1', body(newVisitorId()));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(res.headers['x-request-id']).toBeTruthy();
    for (const name of ['x-frame-options', 'x-ratelimit-limit', 'x-ratelimit-remaining', 'permissions-policy']) {
      expect(res.headers[name], name).toBeUndefined();
    }
    // The rest of the application keeps the page headers.
    const page = await t.app.inject({ url: '/healthz' });
    expect(page.headers['x-frame-options']).toBe('DENY');
  });

  it('limits each client address (every consent route), answering 429 problem+json with Retry-After and CORS', async () => {
    const address = '198.51.100.7';
    const answers = [];
    for (let i = 0; i < 4; i++) {
      answers.push((await choose(address, body(newVisitorId()))).statusCode);
    }
    expect(answers).toEqual([201, 201, 201, 201]);
    const limited = await choose(address, body(newVisitorId()));
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['content-type']).toContain('application/problem+json');
    expect(limited.json()).toMatchObject({ code: 'rate_limited', status: 429 });
    const retryAfter = Number(limited.headers['retry-after']);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(limited.headers['access-control-allow-origin']).toBe('*');
    // The configuration and state routes count against the same address; another address is not affected.
    expect(
      (await t.app.inject({ url: `/api/consent/config?site=${siteKey}`, remoteAddress: address })).statusCode,
    ).toBe(429);
    expect((await choose('198.51.100.8', body(newVisitorId()))).statusCode).toBe(201);
  });

  it('limits each site, whatever the addresses, and leaves other sites alone', async () => {
    const statuses: number[] = [];
    // Two choices were recorded for this site above (192.0.2.1, 198.51.100.8) besides the four of 198.51.100.7.
    for (let i = 0; i < 3; i++) {
      statuses.push((await choose(`203.0.113.${i + 1}`, body(newVisitorId()))).statusCode);
    }
    expect(statuses).toEqual([429, 429, 429]);
    const limited = await choose('203.0.113.50', body(newVisitorId()));
    expect(limited.json()).toMatchObject({ code: 'rate_limited' });
    expect(limited.json().detail).toContain('this site');
    const other = await choose('203.0.113.51', { ...body(newVisitorId()), site: otherSiteKey });
    // Not limited: the other site's key passes the limiter and is then refused for the first site's notice hash.
    expect(other.statusCode, other.body).toBe(422);
  });
});

describe('fixedWindowLimiter', () => {
  const reply = () => {
    const headers: Record<string, string> = {};
    return {
      headers,
      header: (name: string, value: string) => {
        headers[name] = value;
      },
    };
  };

  it('counts per key in one-minute windows and says when the window ends', () => {
    let now = 1_000_000;
    const limit = fixedWindowLimiter(2, 'slow down', () => now);
    const r = reply();
    limit('a', r as never);
    limit('a', r as never);
    expect(() => limit('a', r as never)).toThrow('slow down');
    expect(r.headers['retry-after']).toBe('60');
    limit('b', r as never);
    now += 45_000;
    expect(() => limit('a', r as never)).toThrow('slow down');
    expect(r.headers['retry-after']).toBe('15');
    now += 15_000;
    limit('a', r as never);
    limit('a', r as never);
    expect(() => limit('a', r as never)).toThrow();
  });
});

describe('logging of the public consent routes', () => {
  it('logs them at warn, or at the process level where that is stricter', () => {
    expect(publicConsentLogLevel({ level: 'trace' })).toBe('warn');
    expect(publicConsentLogLevel({ level: 'info' })).toBe('warn');
    expect(publicConsentLogLevel({ level: 'warn' })).toBe('warn');
    expect(publicConsentLogLevel({ level: 'error' })).toBe('error');
    expect(publicConsentLogLevel({ level: 'silent' })).toBe('silent');
  });

  it('writes no per-request line for a choice at the default level, while other routes keep theirs', async () => {
    const { logger, lines } = capturingLogger('info');
    const t = await createTestApp('pglite', {}, logger);
    try {
      const { siteKey } = await setUpConsentOrganisation(t, 'quiet');
      const config = (await t.app.inject({ url: `/api/consent/config?site=${siteKey}` })).json();
      const choice = await t.app.inject({
        method: 'POST',
        url: '/api/consent',
        headers: { 'content-type': 'application/json' },
        payload: {
          site: siteKey,
          visitor: newVisitorId(),
          registerVersion: config.registerVersion,
          noticeHash: config.texts.en.hash,
          language: 'en',
          method: 'reject_all',
          choices: { 'analytics-cookies': false },
        },
      });
      expect(choice.statusCode, choice.body).toBe(201);
      expect((await t.app.inject({ url: '/healthz' })).statusCode).toBe(200);
      const routes = lines
        .flatMap((chunk) => chunk.split('\n').filter(Boolean))
        .map((line) => JSON.parse(line) as { req?: { route?: string }; msg?: string });
      expect(routes.some((l) => l.req?.route === '/healthz' && l.msg === 'incoming request')).toBe(true);
      expect(routes.filter((l) => l.req?.route?.startsWith('/api/consent'))).toEqual([]);
    } finally {
      await t.close();
    }
  });
});
