import nodemailer from 'nodemailer';
import { describe, expect, it } from 'vitest';
import type { DueMail } from '../domain/mail/mail.js';
import { decodeEncodedWords, decodeQuotedPrintable, parseRawMail } from './raw-mail.js';
import { toMessage } from './smtp-transport.js';

/** The raw message nodemailer makes of a due mail, as it would go over SMTP (no network: the stream transport). */
async function render(mail: Partial<DueMail>): Promise<string> {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  const due: DueMail = {
    id: 'm1',
    kind: 'marketing',
    to: 'reader@example.org',
    subject: 'Hello',
    text: 'Hello.',
    html: null,
    headers: {},
    attempt: 1,
    ...mail,
  };
  const info = await transport.sendMail(toMessage(due, 'Dijk <no-reply@example.org>'));
  return (info.message as Buffer).toString('utf8');
}

const LONG_UNSUBSCRIBE =
  '<https://privacy.example.org/preferences/unsubscribe?token=AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCdEfG&list=news>, <mailto:unsubscribe@example.org?subject=unsubscribe%20news>';

describe('outgoing mail as nodemailer writes it, read back', () => {
  it('passes List-Unsubscribe and List-Unsubscribe-Post untouched, however long (RFC 8058)', async () => {
    const raw = await render({
      headers: { 'List-Unsubscribe': LONG_UNSUBSCRIBE, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
    });
    expect(raw).toContain(`List-Unsubscribe: ${LONG_UNSUBSCRIBE}\r\n`);
    const parsed = parseRawMail(raw);
    expect(parsed.headers['list-unsubscribe']).toBe(LONG_UNSUBSCRIBE);
    expect(parsed.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    expect(parsed.headers.from).toBe('Dijk <no-reply@example.org>');
  });

  it('decodes a non-ASCII subject and a quoted-printable body with soft line breaks', async () => {
    const link = `https://privacy.example.org/admin/reset-password?token=${'Zz_-'.repeat(11).slice(0, 43)}`;
    const text = `Beste gebruiker,\n\nKlik op deze link om uw wachtwoord opnieuw in te stellen (één uur geldig): ${link}\n\nCafé — à bientôt`;
    const raw = await render({ subject: 'Réinitialiser votre mot de passe — één uur', text });
    expect(raw).toMatch(/=\r\n/);
    const parsed = parseRawMail(raw);
    expect(parsed.subject).toBe('Réinitialiser votre mot de passe — één uur');
    expect(parsed.text).toBe(text);
    expect(parsed.text).toContain(link);
  });

  it('reads the text and HTML of a multipart/alternative mail', async () => {
    const parsed = parseRawMail(await render({ text: 'Plain text', html: '<p>Rich <b>text</b> é</p>' }));
    expect(parsed.headers['content-type']).toMatch(/^multipart\/alternative/);
    expect(parsed.text).toBe('Plain text');
    expect(parsed.html).toBe('<p>Rich <b>text</b> é</p>');
  });

  it('never lets nodemailer read a file or a URL into a mail', async () => {
    const message = toMessage(
      { id: 'x', kind: 'marketing', to: 'a@example.org', subject: 's', text: 't', html: null, headers: {}, attempt: 1 },
      'a@example.org',
    );
    expect(message).toMatchObject({ disableFileAccess: true, disableUrlAccess: true });
  });
});

describe('MIME decoding', () => {
  it('decodes quoted-printable octets and soft breaks, leaving other text alone', () => {
    expect(decodeQuotedPrintable('Caf=C3=A9 =\r\nau lait = 3').toString('utf8')).toBe('Café au lait = 3');
  });

  it('decodes Q and B encoded words and joins adjacent ones', () => {
    expect(decodeEncodedWords('=?UTF-8?Q?=C3=A9=C3=A9n_uur?= =?UTF-8?B?IOKAlCBvaw==?=')).toBe('één uur — ok');
    expect(decodeEncodedWords('Plain subject')).toBe('Plain subject');
  });

  it('unfolds folded headers and keeps the first of a repeated header', () => {
    const parsed = parseRawMail('Subject: a long\r\n subject\r\nX-A: 1\r\nX-A: 2\r\n\r\nbody\r\n');
    expect(parsed.subject).toBe('a long subject');
    expect(parsed.headers['x-a']).toBe('1');
    expect(parsed.text).toBe('body');
  });

  it('keeps headers whose names every object inherits', () => {
    const parsed = parseRawMail('Constructor: x\r\nToString: y\r\n\r\nbody\r\n');
    expect(parsed.headers.constructor).toBe('x');
    expect(parsed.headers.tostring).toBe('y');
  });
});
