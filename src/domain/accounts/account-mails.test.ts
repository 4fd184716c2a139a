import { describe, expect, it } from 'vitest';
import { checkMailHeaders } from '../mail/mail.js';
import { accountLockedMail, MAIL_LANGUAGES, passwordResetMail } from './account-mails.js';

const LINK = 'https://privacy.example.org/admin/reset-password?token=abc';

describe('account mails', () => {
  it.each(MAIL_LANGUAGES)('writes the reset mail in %s, with the link, as a secret automatic mail', (language) => {
    const mail = passwordResetMail({ to: 'a@example.org', link: LINK, language, validMinutes: 60 });
    expect(mail).toMatchObject({ organisationId: null, kind: 'password_reset', to: 'a@example.org', secret: true });
    expect(mail.text.split('\n')).toContain(LINK);
    expect(mail.text).toContain('60');
    expect(checkMailHeaders(mail.headers)).toEqual([]);
    expect(mail.headers).toEqual({ 'Auto-Submitted': 'auto-generated' });
  });

  it.each(MAIL_LANGUAGES)('writes the lock notice in %s: until when (UTC) and where to reset', (language) => {
    const mail = accountLockedMail({
      to: 'a@example.org',
      language,
      lockedUntil: new Date('2026-11-22T09:15:30Z'),
      failures: 10,
      resetRequestLink: 'https://privacy.example.org/admin/reset-password',
    });
    expect(mail.kind).toBe('account_locked');
    expect(mail.secret).toBeUndefined();
    expect(mail.text).toContain('2026-11-22 09:15 UTC');
    expect(mail.text).toContain('10');
    expect(mail.text.split('\n')).toContain('https://privacy.example.org/admin/reset-password');
  });

  it('has a different subject in each language', () => {
    const subjects = MAIL_LANGUAGES.map(
      (language) => passwordResetMail({ to: 'a@example.org', link: LINK, language, validMinutes: 60 }).subject,
    );
    expect(new Set(subjects).size).toBe(3);
  });
});
