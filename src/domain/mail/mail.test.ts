import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkMailHeaders,
  createMailNotifier,
  MAIL_MAX_ATTEMPTS,
  MAIL_MAX_RETRY_MS,
  mailRetryDelayMs,
  nextMailAttempt,
  redactMailError,
} from './mail.js';

const NOW = new Date('2026-11-22T09:00:00Z');

describe('mail retry schedule', () => {
  it('waits 5 s after the first failure, four times longer after each further one, at most 6 hours', () => {
    expect([1, 2, 3, 4, 5].map(mailRetryDelayMs)).toEqual([5_000, 20_000, 80_000, 320_000, 1_280_000]);
    expect(mailRetryDelayMs(8)).toBe(MAIL_MAX_RETRY_MS);
    expect(mailRetryDelayMs(500)).toBe(MAIL_MAX_RETRY_MS);
  });

  it('never shrinks and stays within bounds, whatever the attempt', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), (n) => {
        const delay = mailRetryDelayMs(n);
        expect(delay).toBeGreaterThanOrEqual(5_000);
        expect(delay).toBeLessThanOrEqual(MAIL_MAX_RETRY_MS);
        expect(mailRetryDelayMs(n + 1)).toBeGreaterThanOrEqual(delay);
      }),
    );
  });

  it('retries until the last attempt, then gives up', () => {
    expect(nextMailAttempt(1, NOW)).toEqual({ status: 'pending', at: new Date(NOW.getTime() + 5_000) });
    expect(nextMailAttempt(MAIL_MAX_ATTEMPTS - 1, NOW).status).toBe('pending');
    expect(nextMailAttempt(MAIL_MAX_ATTEMPTS, NOW)).toEqual({ status: 'failed' });
  });

  it('spreads the attempts over about a day before giving up', () => {
    let total = 0;
    for (let attempt = 1; attempt < MAIL_MAX_ATTEMPTS; attempt++) {
      total += mailRetryDelayMs(attempt);
    }
    expect(total).toBeGreaterThan(12 * 3_600_000);
    expect(total).toBeLessThan(36 * 3_600_000);
  });
});

describe('mail headers', () => {
  it('lets List-Unsubscribe and its one-click companion pass', () => {
    expect(
      checkMailHeaders({
        'List-Unsubscribe': '<https://privacy.example.org/u/abc?x=1>, <mailto:unsubscribe@example.org?subject=stop>',
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
        'Auto-Submitted': 'auto-generated',
      }),
    ).toEqual([]);
    expect(checkMailHeaders(undefined)).toEqual([]);
  });

  it('refuses header injection, non-ASCII values, bad names and headers the transport sets', () => {
    expect(checkMailHeaders({ 'X-Note': 'a\r\nBcc: victim@example.org' })).toHaveLength(1);
    expect(checkMailHeaders({ 'X-Note': 'a\nb' })).toHaveLength(1);
    expect(checkMailHeaders({ 'X-Note': 'café' })).toHaveLength(1);
    expect(checkMailHeaders({ 'Bad Name': 'x' })).toHaveLength(1);
    expect(checkMailHeaders({ 'Bad:Name': 'x' })).toHaveLength(1);
    expect(checkMailHeaders({ bcc: 'someone@example.org' })).toHaveLength(1);
    expect(checkMailHeaders({ Subject: 'x' })).toHaveLength(1);
  });

  it('never accepts a value with a line break, whatever surrounds it', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('\r', '\n', '\r\n'), fc.string(), (a, br, b) => {
        expect(checkMailHeaders({ 'X-Test': `${a}${br}${b}` }).length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('delivery errors as the outbox keeps them', () => {
  it('drops the recipient (any case) and any other address, on one short line', () => {
    const kept = redactMailError(
      "Can't send mail - all recipients were rejected: 550 5.1.1 <Zoe.Marker@Example.org>: Recipient address rejected\n by <postmaster@mx.example.net>",
      'zoe.marker@example.org',
    );
    expect(kept).toBe(
      "Can't send mail - all recipients were rejected: 550 5.1.1 <<recipient>>: Recipient address rejected by <<address>>",
    );
    expect(redactMailError('x'.repeat(1000), 'a@example.org')).toHaveLength(300);
    expect(redactMailError('   ', 'a@example.org')).toBe('unknown error');
  });

  it('never keeps the recipient, wherever it appears', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.string(),
        fc.emailAddress().filter((e) => e.length < 60),
        (before, after, email) => {
          expect(redactMailError(`${before}${email}${after}`, email).toLowerCase()).not.toContain(email.toLowerCase());
        },
      ),
    );
  });
});

describe('mail notifier', () => {
  it('wakes every listener until it unsubscribes', () => {
    const notifier = createMailNotifier();
    let woken = 0;
    const stop = notifier.subscribe(() => {
      woken++;
    });
    notifier.mailEnqueued();
    stop();
    notifier.mailEnqueued();
    expect(woken).toBe(1);
  });
});
