// biome-ignore lint/style/noRestrictedImports: tests may do I/O; this one reads the demo register.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRegister } from '../register/register.parse.js';
import { buildBannerConfig } from './banner-config.js';

const demo = readFileSync(resolve(import.meta.dirname, '../../../examples/demo.yaml'), 'utf8');

function build(text: string, version = 1) {
  const parsed = parseRegister(text, 'demo.yaml');
  if (!parsed.ok) {
    throw new Error('demo register does not parse');
  }
  return buildBannerConfig({
    register: parsed.register,
    registerVersion: version,
    siteKey: 'site_AAAAAAAAAAAAAAAAAAAAAA',
    links: { privacy: 'https://dijk.example/privacy', cookies: 'https://dijk.example/cookies' },
  });
}

describe('buildBannerConfig', () => {
  it('groups cookies by category and maps each to its consent purposes', () => {
    const { config } = build(demo);
    expect(config.categories.map((c) => [c.id, c.required, c.purposes.map((p) => p.id)])).toEqual([
      ['strictly_necessary', true, []],
      ['analytics', false, ['analytics-cookies']],
      ['marketing', false, ['marketing-cookies']],
    ]);
    expect(config.renewalDays).toBe(183);
  });

  it('fills every text in all four languages and hashes exactly what is shown', () => {
    const { config, notices } = build(demo);
    for (const lang of ['nl', 'fr', 'en', 'de'] as const) {
      const texts = config.texts[lang];
      expect(texts.categories.analytics?.name).toBeTruthy();
      expect(Object.keys(texts.purposes)).toEqual(['analytics-cookies', 'marketing-cookies']);
      expect(notices.find((n) => n.language === lang)?.hash).toBe(texts.hash);
    }
    expect(new Set(notices.map((n) => n.hash)).size).toBe(4);
    // Another register version is another notice, even with the same words.
    expect(build(demo, 2).config.texts.nl.hash).not.toBe(config.texts.nl.hash);
    // A changed cookie text changes the notice of that language.
    const changed = build(demo.replace('Onderscheidt bezoekers voor statistieken.', 'Telt bezoekers.'));
    expect(changed.config.texts.nl.hash).not.toBe(config.texts.nl.hash);
  });

  it("declares the banner's own cookie even when the register forgets it", () => {
    const { config } = build(demo.replace(/ {2}- name: dijk_consent[\s\S]*?consent_exempt: strictly_necessary\n/, ''));
    expect(config.categories[0]?.cookies.map((c) => c.name)).toContain('dijk_consent');
  });
});
