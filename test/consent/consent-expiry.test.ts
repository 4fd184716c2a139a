import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consentModule } from '../../src/modules/consent.module.js';
import { registerModule } from '../../src/modules/register.module.js';
import { appendConsentEvents, appendExpiredEvents } from '../../src/store/consent-event.store.js';
import { createTestStore, storeKinds, type TestStore } from '../helpers/db.js';
import { demoRegister } from './consent-helpers.js';

const audit = { actor: { type: 'system' as const, id: 'test' } };

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
    const { registers, organisations } = registerModule({ store: t.store, now: clock });
    const org = await organisations.createOrganisation({ slug: `expiry-${kind}`, name: 'Expiry test' });
    const source = demoRegister.replace(
      'consent: { withdrawal: [unsubscribe_link, email] }',
      'consent: { withdrawal: [unsubscribe_link, email], renewal: P1Y }',
    );
    await registers.applyRegister(org.id, { text: source, file: 'demo.yaml', author: 'test', audit });
    const { consent } = consentModule({ store: t.store, now: clock, baseUrl: 'http://dijk.test', poolSize: 10 });
    const subject = await consent.ensureSubject(org.id, 'subscriber@example.org', 'nl');
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

    const state = await consent.subjectState(org.id, subject.id);
    expect(state.newsletter).toMatchObject({ state: 'expired', counts: false });
    const record = await consent.consentRecord(org.id, given.recordId, audit);
    expect(record.events.map((e) => [e.state, e.channel, e.method])).toEqual([
      ['given', 'form', 'double_opt_in'],
      ['expired', 'system', 'expiry'],
    ]);
  });
});
