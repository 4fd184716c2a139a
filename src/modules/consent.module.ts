import type { AuditEvent } from '../domain/audit/audit-chain.js';
import type { ConsentEventType } from '../domain/consent/consent.js';
import type { NewConsentEvent } from '../domain/consent/consent.service.js';
import { consentServiceFactory } from '../domain/consent/consent.service.js';
import { consentLinksFactory } from '../domain/consent/consent-links.js';
import { mailingServiceFactory } from '../domain/consent/mailing.service.js';
import { preferencesServiceFactory } from '../domain/consent/preferences.service.js';
import { siteServiceFactory } from '../domain/consent/site.js';
import { subscriptionServiceFactory } from '../domain/consent/subscription.service.js';
import type { MailWakeUp } from '../domain/mail/mail.js';
import { auditStore } from '../store/audit.store.js';
import { createBatchWriter } from '../store/batch-writer.js';
import { appendConsentEvents, consentEventStore } from '../store/consent-event.store.js';
import type { Store } from '../store/db.js';
import { registerVersionStore } from '../store/register-version.store.js';
import { siteStore } from '../store/site.store.js';
import { consentTokenKey, subscriptionStore } from '../store/subscription.store.js';

/**
 * Wires the consent area. Ledger writes go through a group-commit writer: concurrent banner choices share one
 * INSERT (up to 2,000 events), and on PostgreSQL up to `min(4, pool - 2)` such writes run at once, leaving
 * connections for everything else. Sign-ups, the preference centre and mailings (docs/consent.md) sign their links
 * with the install's consent-token key; `publicUrl` is resolved per link, `mail` wakes the outbox job.
 */
export function consentModule(deps: {
  store: Store;
  now: () => Date;
  baseUrl: string;
  poolSize: number;
  publicUrl?: () => string;
  mail?: MailWakeUp;
}) {
  const { store, now } = deps;
  const events = consentEventStore(store.db);
  const writer = createBatchWriter<NewConsentEvent, { id: string; event: ConsentEventType }>({
    write: async (rows) => {
      const stored = await appendConsentEvents(store, rows);
      const byId = new Map(stored.map((s) => [s.id, s]));
      return rows.map((r) => byId.get(r.id) ?? { id: r.id, event: r.event });
    },
    maxBatch: 2000,
    concurrency: store.dialect === 'postgres' ? Math.max(1, Math.min(4, deps.poolSize - 2)) : 1,
  });
  const audit = auditStore(store.db);
  const sites = siteStore(store.db);
  const consent = consentServiceFactory({
    store: { ...events, appendEvents: (rows) => writer.write(rows) },
    sites,
    registers: registerVersionStore(store.db),
    audit: (event: AuditEvent) => audit.appendAuditEntry(event),
    baseUrl: deps.baseUrl,
    now,
  });
  const subscriptions = { ...events, ...subscriptionStore(store.db) };
  const links = consentLinksFactory({
    key: consentTokenKey(store.db),
    baseUrl: deps.publicUrl ?? (() => deps.baseUrl),
    now,
  });
  const mail = deps.mail ?? { mailEnqueued: () => {} };
  // Changes to one person's consent from links (confirmation, unsubscribe, preference centre) run one at a time,
  // in every process on the database.
  const changes = { run: <T>(key: string, work: () => Promise<T>) => store.exclusive(key, work) };
  const shared = { ledger: consent, store: subscriptions, links, mail, now, changes };
  return {
    consent,
    sites: siteServiceFactory({ store: sites, now }),
    subscriptions: subscriptionServiceFactory(shared),
    preferences: preferencesServiceFactory(shared),
    mailings: mailingServiceFactory(shared),
    drainConsentWrites: () => writer.drain(),
  };
}
