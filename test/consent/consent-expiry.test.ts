import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scheduleConsentExpiry } from '../../src/jobs/consent-expiry.job.js';
import { createLogger } from '../../src/logger.js';
import { consentModule } from '../../src/modules/consent.module.js';
import { registerModule } from '../../src/modules/register.module.js';
import { appendConsentEvents, appendExpiredEvents } from '../../src/store/consent-event.store.js';
import { openDatabase, type Store } from '../../src/store/db.js';
import { createTestPostgresDatabase, createTestStore, hasPostgres, storeKinds, type TestStore } from '../helpers/db.js';
import { demoRegister } from './consent-helpers.js';

const audit = { actor: { type: 'system' as const, id: 'test' } };

/**
 * An organisation whose newsletter consent must be renewed every year (the demo register with `renewal: P1Y`), and
 * a function that records a person's double opt-in consent to it.
 */
async function yearlyNewsletter(store: Store, slug: string, clock: () => Date) {
  const { registers, organisations } = registerModule({ store, now: clock });
  const org = await organisations.createOrganisation({ slug, name: 'Expiry test' });
  const source = demoRegister.replace(
    'consent: { withdrawal: [unsubscribe_link, email] }',
    'consent: { withdrawal: [unsubscribe_link, email], renewal: P1Y }',
  );
  await registers.applyRegister(org.id, { text: source, file: 'demo.yaml', author: 'test', audit });
  const { consent } = consentModule({ store, now: clock, baseUrl: 'http://dijk.test', poolSize: 10 });
  return {
    organisationId: org.id,
    consent,
    subscribe: async (email: string) => {
      const subject = await consent.ensureSubject(org.id, email, 'nl');
      const given = await consent.recordSubjectConsent({
        organisationId: org.id,
        subjectId: subject.id,
        purposeId: 'newsletter',
        given: true,
        channel: 'form',
        method: 'double_opt_in',
        notice: { kind: 'form', language: 'nl', content: { text: 'Stuur me de nieuwsbrief.' } },
        language: 'nl',
        actor: null,
      });
      return { subject, given };
    },
  };
}

describe.each(storeKinds())('expired consents on %s', (kind) => {
  let t: TestStore;
  beforeAll(async () => {
    t = await createTestStore(kind);
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it('records an expired event once for a known person past the renewal period, and never for visitors', async () => {
    let now = new Date('2025-01-10T09:00:00Z');
    const clock = () => now;
    const { organisationId, consent, subscribe } = await yearlyNewsletter(t.store, `expiry-${kind}`, clock);
    const { subject, given } = await subscribe('subscriber@example.org');
    expect(given.expiresAt?.toISOString()).toBe('2026-01-10T09:00:00.000Z');

    // A banner visitor's expired choice: expiry stays derived, no row is added for it.
    await appendConsentEvents(t.store, [
      {
        ...given,
        id: crypto.randomUUID(),
        recordId: crypto.randomUUID(),
        subjectType: 'visitor',
        subjectKey: 'v'.repeat(22),
      },
    ]);

    now = new Date('2025-12-01T00:00:00Z');
    expect(await appendExpiredEvents(t.store.db, now)).toBe(0);
    now = new Date('2026-01-10T09:00:01Z');
    expect(await appendExpiredEvents(t.store.db, now)).toBe(1);
    expect(await appendExpiredEvents(t.store.db, now)).toBe(0);

    const state = await consent.subjectState(organisationId, subject.id);
    expect(state.newsletter).toMatchObject({ state: 'expired', counts: false });
    const record = await consent.consentRecord(organisationId, given.recordId, audit);
    expect(record.events.map((e) => [e.state, e.channel, e.method])).toEqual([
      ['given', 'form', 'double_opt_in'],
      ['expired', 'system', 'expiry'],
    ]);
  });
});

if (!hasPostgres()) {
  console.warn('⚠  SKIPPED: the two-instance expiry sweep test needs PostgreSQL (set TEST_DATABASE_URL).');
}

describe.skipIf(!hasPostgres())('the expiry sweep of two instances on one PostgreSQL', () => {
  let db: { url: string; drop(): Promise<void> };
  const stores: Store[] = [];
  beforeAll(async () => {
    db = await createTestPostgresDatabase();
  });
  afterAll(async () => {
    await Promise.all(stores.map((s) => s.close()));
    await db?.drop();
  });

  it('records each expiry once when both instances start their sweep at the same moment', async () => {
    const [a, b] = [
      await openDatabase({ databaseUrl: db.url, dataDir: '' }),
      await openDatabase({ databaseUrl: db.url, dataDir: '' }),
    ];
    stores.push(a, b);
    const clock = () => new Date('2025-01-10T09:00:00Z');
    const { subscribe } = await yearlyNewsletter(a, 'expiry-twice', clock);
    for (let i = 0; i < 40; i++) {
      await subscribe(`subscriber${i}@example.org`);
    }
    // Two instances, each running its sweep at start, two years later.
    const later = () => new Date('2027-01-10T09:00:00Z');
    const stops = [a, b].map((store) =>
      scheduleConsentExpiry({ store, now: later, logger: createLogger({ level: 'silent' }) }),
    );
    const expired = async () =>
      (
        await a.db
          .selectFrom('consent_events')
          .select(({ fn }) => fn.countAll<string>().as('n'))
          .where('event', '=', 'expired')
          .executeTakeFirstOrThrow()
      ).n;
    try {
      for (let waited = 0; Number(await expired()) < 40 && waited < 5000; waited += 50) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      // Let the later sweep finish too.
      await a.exclusive('job\u0000consent-expiry', async () => {});
      await b.exclusive('job\u0000consent-expiry', async () => {});
      expect(Number(await expired())).toBe(40);
    } finally {
      for (const stop of stops) {
        stop();
      }
    }
  });
});
