import type { Purpose } from '../register/purpose.schema.js';
import type { DerivedConsent } from './consent.js';
import type { ConsentLinks } from './consent-links.js';
import { PREFERENCES_TOKEN_TTL_MS } from './consent-token.js';
import { consentKey, oneAtATime, type Serialiser } from './one-at-a-time.js';
import {
  createRecipientThrottle,
  type FormLanguage,
  type LedgerPort,
  normaliseEmail,
  noticeText,
  purposeDescription,
  purposeName,
  requireConsentPurpose,
  type SubscriptionPorts,
} from './subscription.js';
import { type ClientHints, withdrawIfGiven } from './subscription.service.js';
import { preferencesLinkMail, receiptMail } from './subscription-mails.js';

/** Preference-centre links one address gets at most per hour. */
export const PREFERENCE_LINKS_PER_HOUR = 3;

/**
 * The least time the answer to "mail me my link" takes, known address or not: the work done for a known address
 * must not show in the response time (the same rule as the password reset).
 */
export const PREFERENCE_REQUEST_FLOOR_MS = 300;

/** The sentence next to the button that gives a consent again: it is stored as the notice of that consent. */
export function reconsentNotice(organisation: string, purpose: Purpose, language: FormLanguage): string {
  const name = purposeName(purpose, language);
  const description = purposeDescription(purpose, language);
  const rest = description ? ` ${description}` : '';
  switch (language) {
    case 'nl':
      return `Ik geef ${organisation} toestemming voor: ${name}.${rest}`;
    case 'fr':
      return `Je donne mon consentement à ${organisation} pour : ${name}.${rest}`;
    case 'en':
      return `I give ${organisation} my consent for: ${name}.${rest}`;
  }
}

/** One consent purpose as the preference centre shows it. */
export interface PreferenceItem {
  purposeId: string;
  name: string;
  description: string;
  state: DerivedConsent['state'];
  counts: boolean;
  /** Given, but the purpose changed materially since: the consent no longer counts and is asked again. */
  asksAgain: boolean;
  /** When the consent was last given, and the exact text agreed to then. */
  givenAt: Date | null;
  givenText: string | null;
  canWithdraw: boolean;
  /** The sentence to agree to when giving it again, or null when it cannot be given again here. */
  reconsentText: string | null;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The preference centre (docs/consent.md): reached with a signed link from any mail, or by asking for one by
 * address. It shows every consent purpose of the active register with its derived state, when consent was given and
 * the exact text agreed to; each consent is withdrawn with one click (Art. 7(3)), and one that no longer counts can
 * be given again (re-consent after a material change). A child's consent given by a parent is not given again here:
 * that needs the parent again (Art. 8).
 */
export function preferencesServiceFactory(deps: {
  ledger: LedgerPort;
  store: SubscriptionPorts;
  links: ConsentLinks;
  mail: { mailEnqueued(): void };
  now: () => Date;
  floorMs?: number;
  /** Serialises changes to one consent; shared with unsubscribe links (consent.module.ts). */
  changes?: Serialiser;
}) {
  const { ledger, store, links, now } = deps;
  const changes = deps.changes ?? oneAtATime();
  const throttle = createRecipientThrottle(PREFERENCE_LINKS_PER_HOUR, now);
  const floorMs = deps.floorMs ?? PREFERENCE_REQUEST_FLOOR_MS;

  async function load(token: string) {
    const { organisationId, subjectId } = await links.verify(token, 'preferences');
    const [context, subject] = await Promise.all([
      ledger.consentPurposes(organisationId),
      store.findSubject(organisationId, subjectId),
    ]);
    return { organisationId, subjectId, context, subject, organisation: context.register.organisation.legal_name };
  }

  return {
    /** Mails a preference-centre link when the address is known here; answers alike, in about the same time, if not. */
    async requestLink(input: { organisationId: string; email: string; language: FormLanguage }): Promise<void> {
      const started = Date.now();
      try {
        const context = await ledger.consentPurposes(input.organisationId);
        const email = normaliseEmail(input.email);
        const subject = await store.findSubjectByEmail(input.organisationId, email);
        if (subject && throttle.allow(`preferences:${input.organisationId}`, email)) {
          await store.enqueueMail(
            preferencesLinkMail({
              organisationId: input.organisationId,
              organisation: context.register.organisation.legal_name,
              language: input.language,
              to: email,
              link: await links.preferencesLink(input.organisationId, subject.id, input.language),
              validMs: PREFERENCES_TOKEN_TTL_MS,
            }),
          );
          deps.mail.mailEnqueued();
        }
      } finally {
        await sleep(Math.max(0, floorMs - (Date.now() - started)));
      }
    },

    /** Everything the preference centre shows for the person of a link. */
    async view(token: string, language: FormLanguage): Promise<{ organisation: string; items: PreferenceItem[] }> {
      const { organisationId, subjectId, context, subject, organisation } = await load(token);
      if (!subject) {
        return { organisation, items: [] };
      }
      const [state, events] = await Promise.all([
        ledger.subjectState(organisationId, subjectId),
        store.findEvents(organisationId, { subjectKey: subjectId, limit: 1000 }),
      ]);
      const lastGiven = new Map<string, (typeof events)[number]>();
      for (const e of events) {
        // Newest first: the first given event of a purpose is its latest.
        if ((e.event === 'given' || e.event === 'renewed') && !lastGiven.has(e.purposeId)) {
          lastGiven.set(e.purposeId, e);
        }
      }
      const hashes = [...new Set([...lastGiven.values()].map((e) => e.noticeHash).filter((h) => h !== null))];
      const notices = new Map(
        (hashes.length > 0 ? await store.findNotices(organisationId, hashes) : []).map((n) => [n.hash, n.content]),
      );
      const items = Object.keys(context.hashes).map((purposeId): PreferenceItem => {
        const purpose = requireConsentPurpose(context.register, purposeId);
        const d = state[purposeId];
        const given = lastGiven.get(purposeId);
        const content = given?.noticeHash ? notices.get(given.noticeHash) : undefined;
        const mayGiveAgain = subject.parentEmail === null && d !== undefined && d.state !== 'none' && !d.counts;
        return {
          purposeId,
          name: purposeName(purpose, language),
          description: purposeDescription(purpose, language),
          state: d?.state ?? 'none',
          counts: d?.counts ?? false,
          asksAgain: d?.state === 'given' && d.outdated,
          givenAt: given?.at ?? null,
          givenText: content === undefined ? null : noticeText(content),
          canWithdraw: d?.state === 'given',
          reconsentText: mayGiveAgain ? reconsentNotice(organisation, purpose, language) : null,
        };
      });
      return { organisation, items };
    },

    /** Withdraws one consent (one click, channel and method `preference_centre`); nothing given, nothing recorded. */
    async withdraw(token: string, purposeId: string, client: ClientHints): Promise<void> {
      const { organisationId, subjectId, context, subject } = await load(token);
      await withdrawIfGiven(ledger, changes, {
        organisationId,
        subjectId,
        purposeId,
        subject,
        purposeInRegister: purposeId in context.hashes,
        channel: 'preference_centre',
        method: 'preference_centre',
        client,
      });
    },

    /**
     * Gives a consent again from the preference centre (re-consent after a material change, or after a withdrawal):
     * records `given` under the active register with the sentence shown as its notice, and mails the receipt.
     */
    async giveAgain(token: string, purposeId: string, language: FormLanguage, client: ClientHints): Promise<void> {
      const { organisationId, subjectId, context, subject, organisation } = await load(token);
      const purpose = requireConsentPurpose(context.register, purposeId);
      // One change of a consent at a time: a double click records one consent and sends one receipt.
      await changes.run(consentKey(organisationId, subjectId, purposeId), async () => {
        const d = subject ? (await ledger.subjectState(organisationId, subjectId))[purposeId] : undefined;
        if (!subject || subject.parentEmail !== null || d === undefined || d.state === 'none' || d.counts) {
          return;
        }
        const text = reconsentNotice(organisation, purpose, language);
        const event = await ledger.recordSubjectConsent({
          organisationId,
          subjectId,
          purposeId,
          given: true,
          channel: 'preference_centre',
          method: 'preference_centre',
          notice: { kind: 'preference_centre', language, content: { text } },
          language,
          actor: null,
          ip: client.ip,
          userAgent: client.userAgent,
        });
        await store.enqueueMail(
          receiptMail({
            organisationId,
            organisation,
            purpose: purposeName(purpose, language),
            language,
            to: subject.email,
            at: event.at,
            notice: text,
            unsubscribe: await links.unsubscribeLink(organisationId, subjectId, purposeId),
            preferences: await links.preferencesLink(organisationId, subjectId, language),
            child: undefined,
          }),
        );
        deps.mail.mailEnqueued();
      });
    },
  };
}

export type PreferencesService = ReturnType<typeof preferencesServiceFactory>;
