import type { PublicLang } from './public-page.js';

/** The words of the consent pages (confirmation, unsubscribe, preference centre), per language. */
export interface ConsentPageTexts {
  confirmTitle: string;
  confirmIntro: (organisation: string, purpose: string) => string;
  confirmIntroParent: (organisation: string, purpose: string, child: string) => string;
  textAgreed: string;
  confirmButton: string;
  confirmIgnore: string;
  confirmedTitle: string;
  confirmed: (organisation: string, purpose: string) => string;
  alreadyConfirmed: string;
  receiptSent: string;
  unsubscribeTitle: string;
  unsubscribeIntro: (organisation: string, purpose: string) => string;
  unsubscribeButton: string;
  unsubscribedTitle: string;
  unsubscribed: (organisation: string, purpose: string) => string;
  manage: string;
  linkInvalid: string;
  linkExpired: string;
  purposeChanged: string;
  notAvailable: string;
  preferencesTitle: string;
  preferencesIntro: (organisation: string) => string;
  emailLabel: string;
  sendLink: string;
  linkSent: string;
  noConsents: string;
  states: Record<'given' | 'refused' | 'withdrawn' | 'expired' | 'none' | 'asksAgain', string>;
  givenOn: (at: string) => string;
  withdraw: string;
  giveAgain: string;
  asksAgainExplained: string;
  doneWithdrawn: string;
  doneGiven: string;
}

export const CONSENT_PAGE_TEXTS: Record<PublicLang, ConsentPageTexts> = {
  nl: {
    confirmTitle: 'Bevestig je inschrijving',
    confirmIntro: (o, p) => `Je staat op het punt ${o} toestemming te geven voor: ${p}.`,
    confirmIntroParent: (o, p, c) => `Als ouder van ${c} sta je op het punt ${o} toestemming te geven voor: ${p}.`,
    textAgreed: 'De tekst waarmee je instemt:',
    confirmButton: 'Bevestigen',
    confirmIgnore: 'Wil je dit niet? Sluit deze pagina dan: er gebeurt niets.',
    confirmedTitle: 'Bedankt, je toestemming is genoteerd',
    confirmed: (o, p) => `Je gaf ${o} toestemming voor: ${p}.`,
    alreadyConfirmed: 'Je had dit al bevestigd; er is niets veranderd.',
    receiptSent: 'Je krijgt een mail met de tekst waarmee je instemde en hoe je je toestemming intrekt.',
    unsubscribeTitle: 'Uitschrijven',
    unsubscribeIntro: (o, p) => `Je schrijft je uit bij ${o} voor: ${p}.`,
    unsubscribeButton: 'Uitschrijven',
    unsubscribedTitle: 'Je bent uitgeschreven',
    unsubscribed: (o, p) => `${o} stuurt je niets meer voor: ${p}. Je toestemming is ingetrokken.`,
    manage: 'Al je toestemmingen bekijken en beheren',
    linkInvalid: 'Deze link is niet geldig. Gebruik de link uit de laatste mail, of vraag een nieuwe aan.',
    linkExpired: 'Deze link is verlopen. Schrijf je opnieuw in, of vraag een nieuwe link aan.',
    purposeChanged:
      'Waarvoor je je inschreef, is intussen veranderd. Schrijf je opnieuw in om de nieuwe tekst te lezen.',
    notAvailable: 'Dit kan nu niet. Probeer het later opnieuw.',
    preferencesTitle: 'Je privacyvoorkeuren',
    preferencesIntro: (o) =>
      `Geef je e-mailadres. Ken ${o} het, dan krijg je een mail met een link naar je voorkeuren.`,
    emailLabel: 'E-mailadres',
    sendLink: 'Stuur me de link',
    linkSent:
      'Als we dit adres kennen, is er een mail met een link naar je voorkeuren onderweg. De link werkt 30 dagen.',
    noConsents: 'We hebben geen toestemmingen van je.',
    states: {
      given: 'gegeven',
      refused: 'geweigerd',
      withdrawn: 'ingetrokken',
      expired: 'verlopen',
      none: 'niet gegeven',
      asksAgain: 'we vragen het opnieuw',
    },
    givenOn: (at) => `Gegeven op ${at}`,
    withdraw: 'Toestemming intrekken',
    giveAgain: 'Opnieuw toestemming geven',
    asksAgainExplained:
      'Wat we voor dit doel doen, is belangrijk veranderd. Je eerdere toestemming telt daarom niet meer; geef ze opnieuw als je akkoord gaat.',
    doneWithdrawn: 'Je toestemming is ingetrokken.',
    doneGiven: 'Je toestemming is genoteerd. Je krijgt een bevestiging per mail.',
  },
  fr: {
    confirmTitle: 'Confirmez votre inscription',
    confirmIntro: (o, p) => `Vous êtes sur le point de donner votre consentement à ${o} pour : ${p}.`,
    confirmIntroParent: (o, p, c) =>
      `En tant que parent de ${c}, vous êtes sur le point de donner votre consentement à ${o} pour : ${p}.`,
    textAgreed: 'Le texte que vous acceptez :',
    confirmButton: 'Confirmer',
    confirmIgnore: 'Vous ne le souhaitez pas ? Fermez cette page : il ne se passera rien.',
    confirmedTitle: 'Merci, votre consentement est enregistré',
    confirmed: (o, p) => `Vous avez donné votre consentement à ${o} pour : ${p}.`,
    alreadyConfirmed: 'Vous l’aviez déjà confirmé ; rien n’a changé.',
    receiptSent: 'Vous recevrez un message avec le texte accepté et la manière de retirer votre consentement.',
    unsubscribeTitle: 'Désinscription',
    unsubscribeIntro: (o, p) => `Vous vous désinscrivez auprès de ${o} pour : ${p}.`,
    unsubscribeButton: 'Me désinscrire',
    unsubscribedTitle: 'Vous êtes désinscrit',
    unsubscribed: (o, p) => `${o} ne vous enverra plus rien pour : ${p}. Votre consentement est retiré.`,
    manage: 'Voir et gérer tous vos consentements',
    linkInvalid: 'Ce lien n’est pas valide. Utilisez le lien du dernier message, ou demandez-en un nouveau.',
    linkExpired: 'Ce lien a expiré. Inscrivez-vous à nouveau, ou demandez un nouveau lien.',
    purposeChanged:
      'Ce à quoi vous vous êtes inscrit a changé entre-temps. Inscrivez-vous à nouveau pour lire le nouveau texte.',
    notAvailable: 'Ce n’est pas possible pour le moment. Réessayez plus tard.',
    preferencesTitle: 'Vos préférences de confidentialité',
    preferencesIntro: (o) =>
      `Indiquez votre adresse e-mail. Si ${o} la connaît, vous recevrez un message avec un lien vers vos préférences.`,
    emailLabel: 'Adresse e-mail',
    sendLink: 'M’envoyer le lien',
    linkSent:
      'Si nous connaissons cette adresse, un message avec un lien vers vos préférences est en route. Le lien fonctionne 30 jours.',
    noConsents: 'Nous n’avons aucun consentement de votre part.',
    states: {
      given: 'donné',
      refused: 'refusé',
      withdrawn: 'retiré',
      expired: 'expiré',
      none: 'non donné',
      asksAgain: 'nous le demandons à nouveau',
    },
    givenOn: (at) => `Donné le ${at}`,
    withdraw: 'Retirer mon consentement',
    giveAgain: 'Donner à nouveau mon consentement',
    asksAgainExplained:
      'Ce que nous faisons pour cette finalité a changé de manière importante. Votre consentement précédent ne compte donc plus ; donnez-le à nouveau si vous êtes d’accord.',
    doneWithdrawn: 'Votre consentement est retiré.',
    doneGiven: 'Votre consentement est enregistré. Vous recevrez une confirmation par e-mail.',
  },
  en: {
    confirmTitle: 'Confirm your sign-up',
    confirmIntro: (o, p) => `You are about to give ${o} your consent for: ${p}.`,
    confirmIntroParent: (o, p, c) => `As a parent of ${c}, you are about to give ${o} your consent for: ${p}.`,
    textAgreed: 'The text you agree to:',
    confirmButton: 'Confirm',
    confirmIgnore: 'Do not want this? Then close this page: nothing happens.',
    confirmedTitle: 'Thank you, your consent is recorded',
    confirmed: (o, p) => `You gave ${o} your consent for: ${p}.`,
    alreadyConfirmed: 'You had confirmed this already; nothing changed.',
    receiptSent: 'You will receive a mail with the text you agreed to and how to withdraw your consent.',
    unsubscribeTitle: 'Unsubscribe',
    unsubscribeIntro: (o, p) => `You are unsubscribing from ${o} for: ${p}.`,
    unsubscribeButton: 'Unsubscribe',
    unsubscribedTitle: 'You are unsubscribed',
    unsubscribed: (o, p) => `${o} sends you nothing more for: ${p}. Your consent is withdrawn.`,
    manage: 'See and manage all your consents',
    linkInvalid: 'This link is not valid. Use the link of the latest mail, or ask for a new one.',
    linkExpired: 'This link has expired. Sign up again, or ask for a new link.',
    purposeChanged: 'What you signed up for has changed since. Sign up again to read the new text.',
    notAvailable: 'This is not possible right now. Please try again later.',
    preferencesTitle: 'Your privacy preferences',
    preferencesIntro: (o) =>
      `Enter your e-mail address. If ${o} knows it, you will receive a mail with a link to your preferences.`,
    emailLabel: 'E-mail address',
    sendLink: 'Send me the link',
    linkSent:
      'If we know this address, a mail with a link to your preferences is on its way. The link works for 30 days.',
    noConsents: 'We have no consents from you.',
    states: {
      given: 'given',
      refused: 'refused',
      withdrawn: 'withdrawn',
      expired: 'expired',
      none: 'not given',
      asksAgain: 'we ask again',
    },
    givenOn: (at) => `Given on ${at}`,
    withdraw: 'Withdraw consent',
    giveAgain: 'Give consent again',
    asksAgainExplained:
      'What we do for this purpose has changed in an important way. Your earlier consent therefore no longer counts; give it again if you agree.',
    doneWithdrawn: 'Your consent is withdrawn.',
    doneGiven: 'Your consent is recorded. You will receive a confirmation by mail.',
  },
};
