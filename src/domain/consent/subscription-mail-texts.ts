import type { FormLanguage } from './subscription.js';

/** What the mails of the consent area say, per language (docs/consent.md). */
export interface SubscriptionMailTexts {
  confirm(v: { organisation: string; purpose: string; link: string; days: number }): { subject: string; text: string };
  parental(v: { organisation: string; purpose: string; child: string; age: number; link: string; days: number }): {
    subject: string;
    text: string;
  };
  receipt(v: {
    organisation: string;
    purpose: string;
    at: string;
    notice: string;
    unsubscribe: string;
    preferences: string;
    child: string | undefined;
  }): { subject: string; text: string };
  preferences(v: { organisation: string; link: string; days: number }): { subject: string; text: string };
  marketingFooter(v: { organisation: string; purpose: string; unsubscribe: string; preferences: string }): string;
}

/** The exact text agreed to, set off as a quotation. */
const quote = (text: string) =>
  text
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');

export const SUBSCRIPTION_MAIL_TEXTS: Record<FormLanguage, SubscriptionMailTexts> = {
  nl: {
    confirm: (v) => ({
      subject: `Bevestig je inschrijving: ${v.purpose}`,
      text: [
        `Iemand, hopelijk jij, schreef dit adres in bij ${v.organisation} voor: ${v.purpose}.`,
        '',
        `Bevestig het hier. Op de pagina lees je de tekst waarmee je instemt; pas wanneer je daar op "Bevestigen" klikt, geef je je toestemming. De link werkt ${v.days} dagen:`,
        v.link,
        '',
        'Vroeg je dit niet? Negeer deze mail dan: er gebeurt niets.',
        '',
        `— ${v.organisation}`,
      ].join('\n'),
    }),
    parental: (v) => ({
      subject: `Toestemming als ouder gevraagd: ${v.purpose}`,
      text: [
        `Het adres ${v.child} werd bij ${v.organisation} ingeschreven voor: ${v.purpose}. Wie zich inschreef, is jonger dan ${v.age} jaar en gaf dit adres op als dat van een ouder.`,
        '',
        `Onder ${v.age} jaar is daarvoor de toestemming van een ouder nodig (artikel 8 AVG). Lees de tekst en bevestig als ouder hier; de link werkt ${v.days} dagen:`,
        v.link,
        '',
        'Ben je geen ouder van deze persoon, of ga je niet akkoord? Negeer deze mail dan: er gebeurt niets.',
        '',
        `— ${v.organisation}`,
      ].join('\n'),
    }),
    receipt: (v) => ({
      subject: `Je toestemming: ${v.purpose}`,
      text: [
        v.child
          ? `Je gaf op ${v.at} als ouder van ${v.child} toestemming aan ${v.organisation} voor: ${v.purpose}.`
          : `Je gaf op ${v.at} toestemming aan ${v.organisation} voor: ${v.purpose}.`,
        '',
        'De tekst waarmee je instemde:',
        quote(v.notice),
        '',
        'Je kunt je toestemming altijd intrekken, even eenvoudig als je ze gaf:',
        `- met één klik uitschrijven: ${v.unsubscribe}`,
        `- al je toestemmingen bekijken en beheren (deze link werkt 30 dagen): ${v.preferences}`,
        '',
        'Bewaar deze mail: ze toont waarmee je instemde en wanneer.',
        '',
        `— ${v.organisation}`,
      ].join('\n'),
    }),
    preferences: (v) => ({
      subject: `Je privacyvoorkeuren bij ${v.organisation}`,
      text: [
        `Hier zie en beheer je de toestemmingen die je aan ${v.organisation} gaf. De link werkt ${v.days} dagen:`,
        v.link,
        '',
        'Vroeg je dit niet? Negeer deze mail dan: er verandert niets.',
        '',
        `— ${v.organisation}`,
      ].join('\n'),
    }),
    marketingFooter: (v) =>
      [
        `Je krijgt deze mail omdat je ${v.organisation} toestemming gaf voor: ${v.purpose}.`,
        `Uitschrijven met één klik: ${v.unsubscribe}`,
        `Je voorkeuren beheren: ${v.preferences}`,
      ].join('\n'),
  },
  fr: {
    confirm: (v) => ({
      subject: `Confirmez votre inscription : ${v.purpose}`,
      text: [
        `Quelqu’un, vous sans doute, a inscrit cette adresse auprès de ${v.organisation} pour : ${v.purpose}.`,
        '',
        `Confirmez-le ici. La page montre le texte que vous acceptez ; vous ne donnez votre consentement qu’en cliquant sur « Confirmer ». Le lien fonctionne pendant ${v.days} jours :`,
        v.link,
        '',
        'Vous n’avez rien demandé ? Ignorez ce message : il ne se passera rien.',
        '',
        `— ${v.organisation}`,
      ].join('\n'),
    }),
    parental: (v) => ({
      subject: `Consentement parental demandé : ${v.purpose}`,
      text: [
        `L’adresse ${v.child} a été inscrite auprès de ${v.organisation} pour : ${v.purpose}. La personne qui s’est inscrite a moins de ${v.age} ans et a donné cette adresse comme celle d’un parent.`,
        '',
        `En dessous de ${v.age} ans, le consentement d’un parent est nécessaire (article 8 du RGPD). Lisez le texte et confirmez en tant que parent ici ; le lien fonctionne pendant ${v.days} jours :`,
        v.link,
        '',
        'Vous n’êtes pas parent de cette personne, ou vous n’êtes pas d’accord ? Ignorez ce message : il ne se passera rien.',
        '',
        `— ${v.organisation}`,
      ].join('\n'),
    }),
    receipt: (v) => ({
      subject: `Votre consentement : ${v.purpose}`,
      text: [
        v.child
          ? `Le ${v.at}, vous avez donné, en tant que parent de ${v.child}, votre consentement à ${v.organisation} pour : ${v.purpose}.`
          : `Le ${v.at}, vous avez donné votre consentement à ${v.organisation} pour : ${v.purpose}.`,
        '',
        'Le texte que vous avez accepté :',
        quote(v.notice),
        '',
        'Vous pouvez retirer votre consentement à tout moment, aussi simplement que vous l’avez donné :',
        `- vous désinscrire en un clic : ${v.unsubscribe}`,
        `- voir et gérer tous vos consentements (ce lien fonctionne 30 jours) : ${v.preferences}`,
        '',
        'Conservez ce message : il montre ce que vous avez accepté et quand.',
        '',
        `— ${v.organisation}`,
      ].join('\n'),
    }),
    preferences: (v) => ({
      subject: `Vos préférences de confidentialité chez ${v.organisation}`,
      text: [
        `Voyez et gérez ici les consentements que vous avez donnés à ${v.organisation}. Le lien fonctionne pendant ${v.days} jours :`,
        v.link,
        '',
        'Vous n’avez rien demandé ? Ignorez ce message : rien ne change.',
        '',
        `— ${v.organisation}`,
      ].join('\n'),
    }),
    marketingFooter: (v) =>
      [
        `Vous recevez ce message parce que vous avez donné votre consentement à ${v.organisation} pour : ${v.purpose}.`,
        `Vous désinscrire en un clic : ${v.unsubscribe}`,
        `Gérer vos préférences : ${v.preferences}`,
      ].join('\n'),
  },
  en: {
    confirm: (v) => ({
      subject: `Confirm your sign-up: ${v.purpose}`,
      text: [
        `Someone, hopefully you, signed this address up with ${v.organisation} for: ${v.purpose}.`,
        '',
        `Confirm it here. The page shows the text you agree to; you give your consent only when you click "Confirm" there. The link works for ${v.days} days:`,
        v.link,
        '',
        'Did not ask for this? Then ignore this mail: nothing happens.',
        '',
        `— ${v.organisation}`,
      ].join('\n'),
    }),
    parental: (v) => ({
      subject: `Parental consent asked: ${v.purpose}`,
      text: [
        `The address ${v.child} was signed up with ${v.organisation} for: ${v.purpose}. The person who signed up is younger than ${v.age} and gave this address as a parent's.`,
        '',
        `Below ${v.age}, a parent's consent is needed (Article 8 GDPR). Read the text and confirm as a parent here; the link works for ${v.days} days:`,
        v.link,
        '',
        'Not a parent of this person, or do not agree? Then ignore this mail: nothing happens.',
        '',
        `— ${v.organisation}`,
      ].join('\n'),
    }),
    receipt: (v) => ({
      subject: `Your consent: ${v.purpose}`,
      text: [
        v.child
          ? `On ${v.at}, as a parent of ${v.child}, you gave ${v.organisation} your consent for: ${v.purpose}.`
          : `On ${v.at}, you gave ${v.organisation} your consent for: ${v.purpose}.`,
        '',
        'The text you agreed to:',
        quote(v.notice),
        '',
        'You can withdraw your consent at any time, as easily as you gave it:',
        `- unsubscribe with one click: ${v.unsubscribe}`,
        `- see and manage all your consents (this link works for 30 days): ${v.preferences}`,
        '',
        'Keep this mail: it shows what you agreed to and when.',
        '',
        `— ${v.organisation}`,
      ].join('\n'),
    }),
    preferences: (v) => ({
      subject: `Your privacy preferences at ${v.organisation}`,
      text: [
        `See and manage the consents you gave ${v.organisation} here. The link works for ${v.days} days:`,
        v.link,
        '',
        'Did not ask for this? Then ignore this mail: nothing changes.',
        '',
        `— ${v.organisation}`,
      ].join('\n'),
    }),
    marketingFooter: (v) =>
      [
        `You receive this mail because you gave ${v.organisation} your consent for: ${v.purpose}.`,
        `Unsubscribe with one click: ${v.unsubscribe}`,
        `Manage your preferences: ${v.preferences}`,
      ].join('\n'),
  },
};
