import type { OutgoingMail } from '../mail/mail.js';

/** The languages Dijk writes account mails in. */
export const MAIL_LANGUAGES = ['nl', 'fr', 'en'] as const;
export type MailLanguage = (typeof MAIL_LANGUAGES)[number];

/** True for one of {@link MAIL_LANGUAGES}. */
export function isMailLanguage(value: unknown): value is MailLanguage {
  return typeof value === 'string' && (MAIL_LANGUAGES as readonly string[]).includes(value);
}

/** RFC 3834: an automatic mail, so auto-responders (out-of-office) do not answer it. */
const AUTOMATIC = { 'Auto-Submitted': 'auto-generated' };

/** The admin UI's page to ask for a password reset (with `?token=…`, to choose the new password). */
export function resetPasswordPage(baseUrl: string): string {
  return `${baseUrl}/admin/reset-password`;
}

/** `2026-11-22 09:15 UTC`: users may be anywhere, so the time says its zone. */
function utcTime(date: Date): string {
  return `${date.toISOString().slice(0, 10)} ${date.toISOString().slice(11, 16)} UTC`;
}

const RESET_TEXT: Record<MailLanguage, (link: string, minutes: number) => { subject: string; text: string }> = {
  nl: (link, minutes) => ({
    subject: 'Uw Dijk-wachtwoord opnieuw instellen',
    text: [
      'Iemand, hopelijk u, vroeg om het wachtwoord van uw Dijk-account opnieuw in te stellen.',
      '',
      `Kies hier een nieuw wachtwoord. De link werkt één keer, ${minutes} minuten lang:`,
      link,
      '',
      'Vroeg u dit niet aan? Negeer deze mail dan: uw wachtwoord blijft zoals het is.',
      'Hebt u aanmelden in twee stappen ingesteld, dan blijft de code van uw app ook daarna nodig.',
      '',
      '— Dijk',
    ].join('\n'),
  }),
  fr: (link, minutes) => ({
    subject: 'Réinitialiser votre mot de passe Dijk',
    text: [
      'Quelqu’un, vous sans doute, a demandé à réinitialiser le mot de passe de votre compte Dijk.',
      '',
      `Choisissez un nouveau mot de passe ici. Le lien ne fonctionne qu’une fois, pendant ${minutes} minutes :`,
      link,
      '',
      'Vous n’avez rien demandé ? Ignorez ce message : votre mot de passe reste inchangé.',
      'Si vous avez activé la connexion en deux étapes, le code de votre application restera demandé.',
      '',
      '— Dijk',
    ].join('\n'),
  }),
  en: (link, minutes) => ({
    subject: 'Reset your Dijk password',
    text: [
      'Someone, hopefully you, asked to reset the password of your Dijk account.',
      '',
      `Choose a new password here. The link works once, for ${minutes} minutes:`,
      link,
      '',
      'Did not ask for this? Then ignore this mail: your password stays as it is.',
      'If you set up two-step login, the code of your app is still asked for afterwards.',
      '',
      '— Dijk',
    ].join('\n'),
  }),
};

/** The password-reset mail: a secret link, so the outbox drops its body once delivered. */
export function passwordResetMail(input: {
  to: string;
  link: string;
  language: MailLanguage;
  validMinutes: number;
}): OutgoingMail {
  const { subject, text } = RESET_TEXT[input.language](input.link, input.validMinutes);
  return {
    organisationId: null,
    kind: 'password_reset',
    to: input.to,
    subject,
    text,
    headers: AUTOMATIC,
    secret: true,
  };
}

type LockInput = { failures: number; until: string; resetLink: string };

const LOCK_TEXT: Record<MailLanguage, (i: LockInput) => { subject: string; text: string }> = {
  nl: (i) => ({
    subject: 'Uw Dijk-account is tijdelijk geblokkeerd',
    text: [
      `Er werd ${i.failures} keer tevergeefs geprobeerd aan te melden op uw Dijk-account. Daarom is het geblokkeerd tot ${i.until}.`,
      'Daarna werkt het vanzelf weer; u hoeft niets te doen.',
      '',
      'Was u dit niet? Dan probeert misschien iemand uw wachtwoord te raden. Kies een nieuw wachtwoord:',
      i.resetLink,
      '',
      '— Dijk',
    ].join('\n'),
  }),
  fr: (i) => ({
    subject: 'Votre compte Dijk est temporairement bloqué',
    text: [
      `${i.failures} tentatives de connexion à votre compte Dijk ont échoué. Il est donc bloqué jusqu’au ${i.until}.`,
      'Il se débloquera ensuite tout seul ; vous n’avez rien à faire.',
      '',
      'Ce n’était pas vous ? Quelqu’un essaie peut-être de deviner votre mot de passe. Choisissez-en un nouveau :',
      i.resetLink,
      '',
      '— Dijk',
    ].join('\n'),
  }),
  en: (i) => ({
    subject: 'Your Dijk account is locked for a while',
    text: [
      `There were ${i.failures} failed attempts to log in to your Dijk account, so it is locked until ${i.until}.`,
      'It unlocks on its own after that; you need not do anything.',
      '',
      'Was this not you? Then someone may be guessing your password. Choose a new one:',
      i.resetLink,
      '',
      '— Dijk',
    ].join('\n'),
  }),
};

/**
 * The notice that login throttling locked an account (OWASP Authentication Cheat Sheet: tell the owner), with when
 * it unlocks and where to choose a new password. It carries no secret: the link leads to the reset request form.
 */
export function accountLockedMail(input: {
  to: string;
  language: MailLanguage;
  lockedUntil: Date;
  failures: number;
  resetRequestLink: string;
}): OutgoingMail {
  const { subject, text } = LOCK_TEXT[input.language]({
    failures: input.failures,
    until: utcTime(input.lockedUntil),
    resetLink: input.resetRequestLink,
  });
  return { organisationId: null, kind: 'account_locked', to: input.to, subject, text, headers: AUTOMATIC };
}

type ChangedInput = { at: string; how: 'reset' | 'change'; resetLink: string };

const CHANGED_TEXT: Record<MailLanguage, (i: ChangedInput) => { subject: string; text: string }> = {
  nl: (i) => ({
    subject: 'Het wachtwoord van uw Dijk-account is gewijzigd',
    text: [
      i.how === 'reset'
        ? `Het wachtwoord van uw Dijk-account is op ${i.at} opnieuw ingesteld met een link uit een mail.`
        : `Het wachtwoord van uw Dijk-account is op ${i.at} gewijzigd op de accountpagina.`,
      'Alle sessies van het account zijn daarbij beëindigd.',
      '',
      'Was u dit? Dan hoeft u niets te doen.',
      'Was u dit niet? Kies dan meteen een nieuw wachtwoord en verwittig de beheerder van uw Dijk-installatie:',
      i.resetLink,
      '',
      '— Dijk',
    ].join('\n'),
  }),
  fr: (i) => ({
    subject: 'Le mot de passe de votre compte Dijk a été modifié',
    text: [
      i.how === 'reset'
        ? `Le mot de passe de votre compte Dijk a été réinitialisé le ${i.at} avec le lien d’un e-mail.`
        : `Le mot de passe de votre compte Dijk a été modifié le ${i.at} depuis la page du compte.`,
      'Toutes les sessions du compte ont alors été fermées.',
      '',
      'C’était vous ? Vous n’avez rien à faire.',
      'Ce n’était pas vous ? Choisissez tout de suite un nouveau mot de passe et prévenez l’administrateur de votre installation Dijk :',
      i.resetLink,
      '',
      '— Dijk',
    ].join('\n'),
  }),
  en: (i) => ({
    subject: 'The password of your Dijk account was changed',
    text: [
      i.how === 'reset'
        ? `The password of your Dijk account was reset on ${i.at} with a link from a mail.`
        : `The password of your Dijk account was changed on ${i.at} on the account page.`,
      'Every session of the account ended with it.',
      '',
      'Was this you? Then you need not do anything.',
      'Was this not you? Then choose a new password at once and tell the administrator of your Dijk install:',
      i.resetLink,
      '',
      '— Dijk',
    ].join('\n'),
  }),
};

/**
 * The notice that an account's password was changed or reset (OWASP Authentication and Forgot Password Cheat
 * Sheets: tell the owner, so a takeover does not go unnoticed). No secret: the link leads to the reset request form.
 */
export function passwordChangedMail(input: {
  to: string;
  language: MailLanguage;
  at: Date;
  how: 'reset' | 'change';
  resetRequestLink: string;
}): OutgoingMail {
  const { subject, text } = CHANGED_TEXT[input.language]({
    at: utcTime(input.at),
    how: input.how,
    resetLink: input.resetRequestLink,
  });
  return { organisationId: null, kind: 'password_changed', to: input.to, subject, text, headers: AUTOMATIC };
}

type TotpResetInput = { at: string; resetLink: string };

const TOTP_RESET_TEXT: Record<MailLanguage, (i: TotpResetInput) => { subject: string; text: string }> = {
  nl: (i) => ({
    subject: 'De tweestapsverificatie van uw Dijk-account is gereset',
    text: [
      `Een beheerder heeft op ${i.at} de tweestapsverificatie van uw Dijk-account gereset, bijvoorbeeld omdat u uw telefoon kwijt was.`,
      'Uw sessies zijn beëindigd en uw herstelcodes werken niet meer. Bij de volgende aanmelding volstaat uw wachtwoord;',
      'stel daarna de authenticator-app opnieuw in op de accountpagina.',
      '',
      'Vroeg u dit niet? Verwittig dan meteen de beheerder van uw Dijk-installatie en kies een nieuw wachtwoord:',
      i.resetLink,
      '',
      '— Dijk',
    ].join('\n'),
  }),
  fr: (i) => ({
    subject: 'La double authentification de votre compte Dijk a été réinitialisée',
    text: [
      `Un administrateur a réinitialisé le ${i.at} la double authentification de votre compte Dijk, par exemple parce que vous aviez perdu votre téléphone.`,
      'Vos sessions ont été fermées et vos codes de récupération ne fonctionnent plus. À la prochaine connexion, votre mot de passe suffit ;',
      'configurez ensuite à nouveau l’application d’authentification sur la page du compte.',
      '',
      'Vous n’avez rien demandé ? Prévenez tout de suite l’administrateur de votre installation Dijk et choisissez un nouveau mot de passe :',
      i.resetLink,
      '',
      '— Dijk',
    ].join('\n'),
  }),
  en: (i) => ({
    subject: 'The two-step login of your Dijk account was reset',
    text: [
      `An administrator reset the two-step login of your Dijk account on ${i.at}, for instance because you lost your phone.`,
      'Your sessions ended and your recovery codes no longer work. At the next login your password is enough;',
      'then set up the authenticator app again on the account page.',
      '',
      'Did not ask for this? Then tell the administrator of your Dijk install at once and choose a new password:',
      i.resetLink,
      '',
      '— Dijk',
    ].join('\n'),
  }),
};

/** The notice that an administrator reset the account's second factor: a weaker login must not go unnoticed. */
export function totpResetMail(input: {
  to: string;
  language: MailLanguage;
  at: Date;
  resetRequestLink: string;
}): OutgoingMail {
  const { subject, text } = TOTP_RESET_TEXT[input.language]({
    at: utcTime(input.at),
    resetLink: input.resetRequestLink,
  });
  return { organisationId: null, kind: 'totp_reset', to: input.to, subject, text, headers: AUTOMATIC };
}
