import { consentModule } from '../modules/consent.module.js';
import type { Store } from '../store/db.js';

/** The demo website's name; its site key is created once, with no origin restriction (a local demo). */
export const DEMO_SITE_NAME = 'Demo website';

/** A small deterministic pseudo-random sequence, so every demo shows the same invented figures. */
function sequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/**
 * Seeds the demo's consent data: a website with a site key, and 30 days of invented banner choices by invented
 * visitors (random ids; about half accept all, a third reject all, the rest choose), recorded through the same
 * service as real choices, so the ledger, the chart and the records look as they will in use. Also signs three of
 * the synthetic people up for the newsletter (double opt-in confirmed).
 */
export async function seedDemoConsent(
  store: Store,
  organisation: { id: string },
  people: readonly { email: string }[],
): Promise<void> {
  let at = new Date(Date.now() - 30 * 86_400_000);
  const { consent, sites: siteService } = consentModule({
    store,
    now: () => at,
    baseUrl: 'http://127.0.0.1',
    poolSize: 10,
  });
  const site = await siteService.createSite({
    organisationId: organisation.id,
    name: DEMO_SITE_NAME,
    origins: [],
    createdBy: 'system:demo',
    audit: { actor: { type: 'system', id: 'demo' } },
  });
  const config = await consent.bannerConfig(site.siteKey, undefined);
  const purposes = config.categories.flatMap((c) => c.purposes.map((p) => p.id));
  const random = sequence(42);
  const languages = ['nl', 'nl', 'nl', 'fr', 'en', 'de'] as const;
  const start = at.getTime();
  for (let i = 0; i < 360; i += 1) {
    at = new Date(start + (i / 360) * 30 * 86_400_000 + random() * 3_600_000);
    const roll = random();
    const method = roll < 0.5 ? 'accept_all' : roll < 0.83 ? 'reject_all' : roll < 0.9 ? 'gpc' : 'custom';
    const choices = Object.fromEntries(
      purposes.map((p) => [
        p,
        method === 'accept_all' ||
          (method === 'custom' && (p.startsWith('analytics') ? random() < 0.8 : random() < 0.3)) ||
          (method === 'gpc' && !p.startsWith('marketing') && random() < 0.5),
      ]),
    );
    const language = languages[Math.floor(random() * languages.length)] ?? 'nl';
    await consent.recordBannerChoice({
      siteKey: site.siteKey,
      visitor: Buffer.from(Array.from({ length: 16 }, () => Math.floor(random() * 256))).toString('base64url'),
      registerVersion: config.registerVersion,
      noticeHash: config.texts[language].hash,
      language,
      method,
      choices,
      origin: undefined,
      ip: undefined,
      userAgent: undefined,
    });
  }
  at = new Date(start);
  for (const person of people.slice(0, 3)) {
    const subject = await consent.ensureSubject(organisation.id, person.email, 'nl');
    await consent.recordSubjectConsent({
      organisationId: organisation.id,
      subjectId: subject.id,
      purposeId: 'newsletter',
      given: true,
      channel: 'form',
      method: 'double_opt_in',
      notice: { kind: 'form', language: 'nl', content: { text: 'Ja, stuur me de nieuwsbrief van Voorbeeld.' } },
      language: 'nl',
      actor: null,
    });
  }
}
