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

  it('strips a trailing slash from the base URL', () => {
    expect(loadConfig({ DIJK_BASE_URL: 'https://privacy.example.org/' }).baseUrl).toBe('https://privacy.example.org');
  });

  it('describes every variable', () => {
    const described = describeConfig();
    expect(described.map((d) => d.name)).toContain('DATABASE_URL');
    expect(described.every((d) => d.description.length > 10)).toBe(true);
  });
});
