import type { AuditContext } from '../audit/audit-chain.js';
import type { OutgoingMail } from '../mail/mail.js';
import { deriveConsent } from './consent.js';
import type { ConsentLinks } from './consent-links.js';
import {
  type FormLanguage,
  isFormLanguage,
  type LedgerPort,
  purposeName,
  requireConsentPurpose,
  type SubscriptionPorts,
} from './subscription.js';
import { marketingMail } from './subscription-mails.js';

/** A mailing as `POST /api/mailings` receives it. */
export interface Mailing {
  organisationId: string;
  purposeId: string;
  subject: string;
  text: string;
  /** Only to people who signed up in this language (the mailing is written in one); all of them without it. */
  language?: FormLanguage | undefined;
}

/**
 * Marketing mail by consent (LEGAL.md §5: direct marketing by e-mail needs prior consent). A mailing goes to every
 * person whose consent for the purpose counts now, derived from the ledger at the moment of sending: a withdrawn,
 * refused or expired consent gets nothing, nor one given before a material change of the purpose. Each mail carries
 * its own one-click unsubscribe (RFC 8058 headers and a link in the body) and a preference-centre link. The mails
 * and the `mailing.send` audit entry (the purpose and the number, no addresses) are written in one transaction.
 */
export function mailingServiceFactory(deps: {
  ledger: Pick<LedgerPort, 'consentPurposes'>;
  store: Pick<SubscriptionPorts, 'listLastSubjectEvents' | 'enqueueMailing'>;
  links: ConsentLinks;
  mail: { mailEnqueued(): void };
  now: () => Date;
}) {
  const { ledger, store, links, now } = deps;
  return {
    /** Enqueues the mailing; answers the number of recipients. */
    async sendMailing(input: Mailing, audit: AuditContext): Promise<{ recipients: number }> {
      const context = await ledger.consentPurposes(input.organisationId);
      const purpose = requireConsentPurpose(context.register, input.purposeId);
      const hash = context.hashes[purpose.id];
      const at = now();
      const recipients = (await store.listLastSubjectEvents(input.organisationId, purpose.id)).filter(
        ({ subject, last }) =>
          deriveConsent([last], hash, at).counts &&
          (input.language === undefined || subject.language === input.language),
      );
      const organisation = context.register.organisation.legal_name;
      const mails: OutgoingMail[] = [];
      for (const { subject } of recipients) {
        const language = input.language ?? (isFormLanguage(subject.language) ? subject.language : 'en');
        mails.push(
          marketingMail({
            organisationId: input.organisationId,
            organisation,
            purpose: purposeName(purpose, language),
            language,
            to: subject.email,
            subject: input.subject,
            text: input.text,
            unsubscribe: await links.unsubscribeLink(input.organisationId, subject.id, purpose.id),
            preferences: await links.preferencesLink(input.organisationId, subject.id, language),
          }),
        );
      }
      await store.enqueueMailing(mails, {
        organisationId: input.organisationId,
        at: at.toISOString(),
        ...audit,
        action: 'mailing.send',
        outcome: 'success',
        // The count only: who received it is in the mail log, not in the chain.
        target: { type: 'mailing', id: `${purpose.id}: ${mails.length} recipients` },
      });
      if (mails.length > 0) {
        deps.mail.mailEnqueued();
      }
      return { recipients: mails.length };
    },
  };
}

export type MailingService = ReturnType<typeof mailingServiceFactory>;
