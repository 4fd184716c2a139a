import { AppError } from '../../errors.js';
import type { MailWakeUp } from '../mail/mail.js';
import { noticeHash } from './banner-config.js';
import type { ConsentLinks } from './consent-links.js';
import { CONFIRM_TOKEN_TTL_MS, type ConfirmTokenPayload } from './consent-token.js';
import { consentKey, oneAtATime, type Serialiser } from './one-at-a-time.js';
import {
  confirmerOf,
  consentAgeOf,
  createRecipientThrottle,
  type FormLanguage,
  isFormLanguage,
  type LedgerPort,
  normaliseEmail,
  noticeText,
  purposeName,
  requireConsentPurpose,
  type SubscriptionPorts,
} from './subscription.js';
import { confirmationMail, receiptMail } from './subscription-mails.js';

/** Confirmation mails one address gets at most per hour, whatever the number of sign-ups. */
export const CONFIRMATIONS_PER_HOUR = 3;

/** A sign-up from a website form, as `POST /api/consent/subscribe` receives it. */
export interface SignUp {
  siteKey: string;
  origin: string | undefined;
  email: string;
  purposeId: string;
  language: FormLanguage;
  /** The exact consent text shown next to the checkbox (Art. 7(1): what was agreed to must be provable). */
  notice: string;
  age?: number | undefined;
  parentEmail?: string | undefined;
  /** HTML form posts: where to send the browser afterwards; must be on an allowed origin of the site. */
  redirect?: string | undefined;
}

/** Where a request comes from, for the ledger's proof (cut to a network and hashed there). */
export interface ClientHints {
  ip?: string | undefined;
  userAgent?: string | undefined;
}

/** A form's `redirect`, when it points to an allowed origin of the site (no open redirect); else a 422. */
function allowedRedirect(redirect: string, origins: readonly string[]): string {
  let origin: string | undefined;
  try {
    origin = new URL(redirect).origin;
  } catch {
    origin = undefined;
  }
  if (origin === undefined || !origins.includes(origin)) {
    throw new AppError('unprocessable', {
      message: 'The redirect must be a page on one of the allowed origins of the site.',
      details: [{ path: '/redirect', reason: 'redirect_not_allowed' }],
    });
  }
  return redirect;
}

/** What the pages of an unsubscribe link show: whose mails, for which purpose, in the person's language. */
export interface UnsubscribeView {
  organisation: string;
  purpose: (language: FormLanguage) => string;
  language: FormLanguage | undefined;
}

/**
 * Double opt-in (docs/consent.md): a sign-up sends a confirmation mail with a signed link and records nothing; the
 * link opens a page that shows the text, and only pressing "Confirm" records `given` (mail scanners fetch links,
 * they do not press buttons). Below the age of digital consent the mail goes to a parent, who confirms as `parent`
 * (Art. 8). A confirmation is answered with a receipt mail. Unsubscribe links never expire; the RFC 8058 one-click
 * POST withdraws at once, and so does the page of the link in the body, which posts as soon as a browser shows it.
 */
/**
 * Withdraws one person's consent when it is given, one change of that consent at a time (a double click records
 * one withdrawal); a purpose gone from the register, or a consent not given, records nothing. For unsubscribe links
 * and the preference centre.
 */
export async function withdrawIfGiven(
  ledger: Pick<LedgerPort, 'subjectState' | 'recordSubjectConsent'>,
  changes: Serialiser,
  input: {
    organisationId: string;
    subjectId: string;
    purposeId: string;
    subject: { language: string | null } | undefined;
    purposeInRegister: boolean;
    channel: 'mail' | 'preference_centre';
    method: 'one_click_unsubscribe' | 'unsubscribe_link' | 'preference_centre';
    client: ClientHints;
  },
): Promise<void> {
  const { organisationId, subjectId, purposeId, subject } = input;
  await changes.run(consentKey(organisationId, subjectId, purposeId), async () => {
    const state = subject ? (await ledger.subjectState(organisationId, subjectId))[purposeId] : undefined;
    if (!subject || state?.state !== 'given' || !input.purposeInRegister) {
      return;
    }
    await ledger.recordSubjectConsent({
      organisationId,
      subjectId,
      purposeId,
      given: false,
      channel: input.channel,
      method: input.method,
      notice: null,
      language: subject.language,
      actor: null,
      ip: input.client.ip,
      userAgent: input.client.userAgent,
    });
  });
}

export function subscriptionServiceFactory(deps: {
  ledger: LedgerPort;
  store: SubscriptionPorts;
  links: ConsentLinks;
  mail: MailWakeUp;
  now: () => Date;
  /** Serialises changes to one consent; shared with the preference centre (consent.module.ts). */
  changes?: Serialiser;
}) {
  const { ledger, store, links, now } = deps;
  const throttle = createRecipientThrottle(CONFIRMATIONS_PER_HOUR, now);
  const changes = deps.changes ?? oneAtATime();

  /** The pending sign-up of a confirmation link, with what its page shows. */
  async function pendingOf(token: string) {
    const pending = await links.verify(token, 'confirm');
    const context = await ledger.consentPurposes(pending.organisationId);
    const purpose = requireConsentPurpose(context.register, pending.purposeId);
    const [notice] = await store.findNotices(pending.organisationId, [pending.noticeHash]);
    if (!notice) {
      throw new AppError('not_found', { message: 'The text of this sign-up is not known.' });
    }
    return {
      pending,
      context,
      purpose,
      view: {
        organisation: context.register.organisation.legal_name,
        purpose: purposeName(purpose, pending.language),
        notice: noticeText(notice.content),
        noticeContent: notice.content,
        language: pending.language,
        child: pending.parentEmail === undefined ? undefined : pending.email,
      },
    };
  }

  /** The consent an unsubscribe link is for, the person, and what its page shows. */
  async function unsubscribeTarget(token: string) {
    const { organisationId, subjectId, purposeId } = await links.verify(token, 'unsubscribe');
    const context = await ledger.consentPurposes(organisationId);
    const purpose = context.register.purposes.find((p) => p.id === purposeId);
    const subject = await store.findSubject(organisationId, subjectId);
    const language = isFormLanguage(subject?.language) ? subject.language : undefined;
    const view: UnsubscribeView = {
      organisation: context.register.organisation.legal_name,
      purpose: (lang: FormLanguage) => (purpose ? purposeName(purpose, lang) : purposeId),
      language,
    };
    return { organisationId, subjectId, purposeId, subject, view, hashes: context.hashes };
  }

  return {
    /**
     * Starts a sign-up: checks the site, the purpose (a consent purpose of the active register) and the age rules,
     * stores the text shown by its hash, and mails a confirmation link to the person or their parent. Records no
     * consent. Answers only where to send a form's browser: the caller answers alike whether the address is known.
     */
    async subscribe(input: SignUp): Promise<{ redirect: string | undefined }> {
      const site = await ledger.requireSite(input.siteKey, input.origin);
      const redirect = input.redirect === undefined ? undefined : allowedRedirect(input.redirect, site.origins);
      const context = await ledger.consentPurposes(site.organisationId);
      const purpose = requireConsentPurpose(context.register, input.purposeId);
      const email = normaliseEmail(input.email);
      const consentAge = consentAgeOf(context.register);
      const { parentEmail } = confirmerOf({
        purpose,
        age: input.age,
        consentAge,
        email,
        parentEmail: input.parentEmail,
      });
      // Stored as `{ text }`, the shape the ledger's other form notices have; the hash is of its canonical JSON.
      const content = { text: input.notice };
      const hash = noticeHash(content);
      await store.saveNotices(site.organisationId, [
        { hash, kind: 'form', language: input.language, registerVersion: context.version, content },
      ]);
      const to = parentEmail ?? email;
      if (!throttle.allow(`confirm:${site.organisationId}`, to)) {
        return { redirect };
      }
      const pending: Omit<ConfirmTokenPayload, 'kind' | 'expiresAt'> = {
        organisationId: site.organisationId,
        purposeId: purpose.id,
        purposeHash: context.hashes[purpose.id] ?? '',
        email,
        language: input.language,
        noticeHash: hash,
        ...(parentEmail === undefined ? {} : { parentEmail }),
      };
      const { url } = await links.confirmLink(pending);
      await store.enqueueMail(
        confirmationMail({
          organisationId: site.organisationId,
          organisation: context.register.organisation.legal_name,
          purpose: purposeName(purpose, input.language),
          language: input.language,
          to,
          link: url,
          validMs: CONFIRM_TOKEN_TTL_MS,
          ...(parentEmail === undefined ? {} : { child: { email, consentAge } }),
        }),
      );
      deps.mail.mailEnqueued();
      return { redirect };
    },

    /** What the confirmation page shows: the organisation, the purpose and the exact text. Records nothing. */
    async viewConfirmation(token: string) {
      return (await pendingOf(token)).view;
    },

    /**
     * Confirms a sign-up (the page's button): records `given` with channel `form`, method `double_opt_in` (or
     * `parental_confirmation` by actor `parent`) and the sign-up text's hash, then mails the receipt. Confirming
     * again changes nothing and sends no second receipt.
     */
    async confirm(token: string, client: ClientHints) {
      const { pending, context, view } = await pendingOf(token);
      if (context.hashes[pending.purposeId] !== pending.purposeHash) {
        // The person read a description of the purpose that no longer holds (Art. 4(11): informed).
        throw new AppError('conflict', {
          message: 'What this purpose covers changed since the sign-up: please sign up again.',
          details: [{ path: '/token', reason: 'purpose_changed' }],
        });
      }
      // One confirmation of a person's consent at a time, so a double click records one consent and one receipt:
      // the second finds the first's event and answers "already confirmed".
      const key = `sign-up\u0000${pending.organisationId}\u0000${pending.email.toLowerCase()}\u0000${pending.purposeId}`;
      return changes.run(key, async () => {
        const isParental = pending.parentEmail !== undefined;
        const method = isParental ? 'parental_confirmation' : 'double_opt_in';
        const subject = await ledger.ensureSubject(pending.organisationId, pending.email, pending.language);
        if (pending.parentEmail !== undefined) {
          await store.setParentEmail(pending.organisationId, subject.id, pending.parentEmail);
        }
        const current = (await ledger.subjectState(pending.organisationId, subject.id))[pending.purposeId];
        const last = current?.lastEvent;
        if (current?.counts && last?.noticeHash === pending.noticeHash && last.method === method) {
          return { ...view, alreadyConfirmed: true };
        }
        const event = await ledger.recordSubjectConsent({
          organisationId: pending.organisationId,
          subjectId: subject.id,
          purposeId: pending.purposeId,
          given: true,
          channel: 'form',
          method,
          notice: { kind: 'form', language: pending.language, content: view.noticeContent },
          language: pending.language,
          actor: isParental ? 'parent' : null,
          ip: client.ip,
          userAgent: client.userAgent,
        });
        await store.enqueueMail(
          receiptMail({
            organisationId: pending.organisationId,
            organisation: view.organisation,
            purpose: view.purpose,
            language: pending.language,
            to: pending.parentEmail ?? pending.email,
            at: event.at,
            notice: view.notice,
            unsubscribe: await links.unsubscribeLink(pending.organisationId, subject.id, pending.purposeId),
            preferences: await links.preferencesLink(pending.organisationId, subject.id, pending.language),
            child: isParental ? pending.email : undefined,
          }),
        );
        deps.mail.mailEnqueued();
        return { ...view, alreadyConfirmed: false };
      });
    },

    /**
     * What an unsubscribe link is for (the page of `GET /u/…`), recording nothing: mail scanners fetch links. Throws
     * as {@link unsubscribe} does for a bad link.
     */
    async viewUnsubscribe(token: string): Promise<UnsubscribeView> {
      return (await unsubscribeTarget(token)).view;
    },

    /**
     * Withdraws the consent of an unsubscribe link at once (the RFC 8058 one-click POST, or the form of the link's
     * page); withdrawing what is not given records nothing. Answers what the page shows.
     */
    async unsubscribe(
      token: string,
      method: 'one_click_unsubscribe' | 'unsubscribe_link',
      client: ClientHints,
    ): Promise<UnsubscribeView & { preferences: string }> {
      const { organisationId, subjectId, purposeId, subject, view, hashes } = await unsubscribeTarget(token);
      await withdrawIfGiven(ledger, changes, {
        organisationId,
        subjectId,
        purposeId,
        subject,
        purposeInRegister: purposeId in hashes,
        channel: 'mail',
        method,
        client,
      });
      return { ...view, preferences: await links.preferencesLink(organisationId, subjectId, view.language) };
    },
  };
}

export type SubscriptionService = ReturnType<typeof subscriptionServiceFactory>;
