import type { OutgoingMail } from '../mail/mail.js';
import type { FormLanguage } from './subscription.js';
import { SUBSCRIPTION_MAIL_TEXTS } from './subscription-mail-texts.js';

/** RFC 3834: an automatic mail, so auto-responders (out-of-office) do not answer it. */
const AUTOMATIC = { 'Auto-Submitted': 'auto-generated' };

/** `2026-11-22 09:15 UTC`: people may be anywhere, so the time says its zone. */
export function utcTime(date: Date): string {
  return `${date.toISOString().slice(0, 10)} ${date.toISOString().slice(11, 16)} UTC`;
}

const days = (ms: number) => Math.round(ms / 86_400_000);

/**
 * The confirmation mail of a sign-up (double opt-in), or the parent's mail when a child signs up below the age of
 * digital consent. It carries a link that confirms: a secret, so the outbox drops the body once delivered.
 */
export function confirmationMail(input: {
  organisationId: string;
  organisation: string;
  purpose: string;
  language: FormLanguage;
  to: string;
  link: string;
  validMs: number;
  child?: { email: string; consentAge: number };
}): OutgoingMail {
  const t = SUBSCRIPTION_MAIL_TEXTS[input.language];
  const common = {
    organisation: input.organisation,
    purpose: input.purpose,
    link: input.link,
    days: days(input.validMs),
  };
  const { subject, text } = input.child
    ? t.parental({ ...common, child: input.child.email, age: input.child.consentAge })
    : t.confirm(common);
  return {
    organisationId: input.organisationId,
    kind: input.child ? 'parental_consent' : 'consent_confirmation',
    to: input.to,
    subject,
    text,
    headers: AUTOMATIC,
    secret: true,
  };
}

/** The consent receipt: what was agreed to, when, the exact text, and how to withdraw (Art. 7(1) and 7(3)). */
export function receiptMail(input: {
  organisationId: string;
  organisation: string;
  purpose: string;
  language: FormLanguage;
  to: string;
  at: Date;
  notice: string;
  unsubscribe: string;
  preferences: string;
  child: string | undefined;
}): OutgoingMail {
  const { subject, text } = SUBSCRIPTION_MAIL_TEXTS[input.language].receipt({
    organisation: input.organisation,
    purpose: input.purpose,
    at: utcTime(input.at),
    notice: input.notice,
    unsubscribe: input.unsubscribe,
    preferences: input.preferences,
    child: input.child,
  });
  return {
    organisationId: input.organisationId,
    kind: 'consent_receipt',
    to: input.to,
    subject,
    text,
    headers: AUTOMATIC,
    secret: true,
  };
}

/** The mail with a preference-centre link, asked for on the preference centre's own page. */
export function preferencesLinkMail(input: {
  organisationId: string;
  organisation: string;
  language: FormLanguage;
  to: string;
  link: string;
  validMs: number;
}): OutgoingMail {
  const { subject, text } = SUBSCRIPTION_MAIL_TEXTS[input.language].preferences({
    organisation: input.organisation,
    link: input.link,
    days: days(input.validMs),
  });
  return {
    organisationId: input.organisationId,
    kind: 'preferences_link',
    to: input.to,
    subject,
    text,
    headers: AUTOMATIC,
    secret: true,
  };
}

/**
 * One marketing mail: the text, then a footer with the unsubscribe and preference-centre links, and the RFC 8058
 * one-click headers (`List-Unsubscribe` with the HTTPS link, `List-Unsubscribe-Post`), so mail clients show their
 * own unsubscribe button. No mailto: Dijk reads no mailbox, and an address nobody reads would not withdraw anything.
 */
export function marketingMail(input: {
  organisationId: string;
  organisation: string;
  purpose: string;
  language: FormLanguage;
  to: string;
  subject: string;
  text: string;
  unsubscribe: string;
  preferences: string;
}): OutgoingMail {
  const footer = SUBSCRIPTION_MAIL_TEXTS[input.language].marketingFooter({
    organisation: input.organisation,
    purpose: input.purpose,
    unsubscribe: input.unsubscribe,
    preferences: input.preferences,
  });
  return {
    organisationId: input.organisationId,
    kind: 'marketing',
    to: input.to,
    subject: input.subject,
    // "-- " is the usual signature separator: mail clients set the footer apart from the message.
    text: `${input.text.trimEnd()}\n\n-- \n${footer}\n`,
    headers: {
      'List-Unsubscribe': `<${input.unsubscribe}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
    // The links are credentials (unsubscribe, 30 days of preference centre): the body goes once delivered.
    secret: true,
  };
}
