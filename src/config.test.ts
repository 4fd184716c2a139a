import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeConfig, loadConfig } from './config.js';
import { AppError } from './errors.js';

describe('loadConfig', () => {
  it('applies defaults and resolves the data folder against the working directory', () => {
    const config = loadConfig({}, '/srv/dijk');
    expect(config.port).toBe(4000);
    expect(config.host).toBe('127.0.0.1');
    expect(config.dataDir).toBe('/srv/dijk/.dijk');
    expect(config.databaseUrl).toBeUndefined();
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('treats empty strings as unset', () => {
    expect(loadConfig({ PORT: '' }).port).toBe(4000);
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://localhost/x'],
    ['DIJK_BASE_URL', 'ftp://example.org'],
    ['LOG_LEVEL', 'loud'],
    ['BODY_LIMIT', '10'],
    ['SMTP_URL', 'http://mail.example.org'],
    ['SMTP_URL', 'mail.example.org:587'],
    ['MAIL_FROM', 'not an address'],
    ['MAIL_FROM', 'Dijk <no-reply@example.org>\r\nBcc: x@example.org'],
    ['MAIL_RETENTION_DAYS', '0'],
    ['MAIL_RETENTION_DAYS', '90 days'],
  ])('rejects %s=%s with an error naming the variable', (name, value) => {
    let caught: unknown;
    try {
      loadConfig({ [name]: value });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect((caught as AppError).code).toBe('config_invalid');
    expect((caught as AppError).message).toContain(name);
  });

  it('reads the mail settings, with a From that works out of the box', () => {
    const defaults = loadConfig({});
    expect(defaults.smtpUrl).toBeUndefined();
    expect(defaults.mailFrom).toBe('Dijk <no-reply@localhost>');
    const config = loadConfig({
      SMTP_URL: 'smtps://mailer:s3cret-pass@mail.example.org:465',
      MAIL_FROM: 'Privacy <privacy@example.org>',
    });
    expect(config.smtpUrl).toBe('smtps://mailer:s3cret-pass@mail.example.org:465');
    expect(config.mailFrom).toBe('Privacy <privacy@example.org>');
    expect(loadConfig({ MAIL_FROM: 'privacy@example.org' }).mailFrom).toBe('privacy@example.org');
    expect(defaults.mailRetentionDays).toBe(90);
    expect(loadConfig({ MAIL_RETENTION_DAYS: '30' }).mailRetentionDays).toBe(30);
  });

  it('names a bad SMTP_URL without repeating it (it may hold a password)', () => {
    let caught: unknown;
    try {
      loadConfig({ SMTP_URL: 'smtpx://mailer:s3cret-pass@mail.example.org' });
    } catch (error) {
      caught = error;
    }
    expect((caught as AppError).message).toContain('SMTP_URL');
    expect((caught as AppError).message).not.toContain('s3cret-pass');
    expect(JSON.stringify((caught as AppError).details)).not.toContain('s3cret-pass');
  });

  it('strips a trailing slash from the base URL', () => {
    expect(loadConfig({ DIJK_BASE_URL: 'https://privacy.example.org/' }).baseUrl).toBe('https://privacy.example.org');
  });

  it('describes every variable', () => {
    const described = describeConfig();
    expect(described.map((d) => d.name)).toEqual(expect.arrayContaining(['DATABASE_URL', 'SMTP_URL', 'MAIL_FROM']));
    expect(described.every((d) => d.description.length > 10)).toBe(true);
  });

  it('has every variable in the README configuration table', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const missing = describeConfig()
      .map((d) => d.name)
      .filter((name) => !readme.includes(`| \`${name}\` |`));
    expect(missing).toEqual([]);
  });
});
