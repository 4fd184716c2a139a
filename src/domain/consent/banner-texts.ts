/**
 * The fixed words of the cookie banner in its four languages. The register supplies the purposes and cookies;
 * these supply the buttons and the explanation. Both together are the notice whose hash the ledger keeps, so a
 * change here changes the notice hash of every banner (and is visible in the proof, as it should be).
 * Wording follows the EDPB cookie-banner taskforce report (2023) and the GBA checklist: refusing is as prominent as
 * accepting, nothing is pre-ticked, and withdrawal is said to be possible at any time (Art. 7(3)).
 */
export const BANNER_LANGUAGES = ['nl', 'fr', 'en', 'de'] as const;
export type BannerLanguage = (typeof BANNER_LANGUAGES)[number];

export const BANNER_CATEGORIES = ['strictly_necessary', 'functional', 'analytics', 'marketing'] as const;
export type BannerCategory = (typeof BANNER_CATEGORIES)[number];

export interface BannerWords {
  title: string;
  /** `{organisation}` is replaced by the organisation's name. */
  body: string;
  acceptAll: string;
  rejectAll: string;
  choose: string;
  save: string;
  close: string;
  reopen: string;
  alwaysOn: string;
  cookieTable: { name: string; provider: string; duration: string; purpose: string };
  privacyLink: string;
  cookiesLink: string;
  categories: Record<BannerCategory, { name: string; description: string }>;
}

export const BANNER_WORDS: Record<BannerLanguage, BannerWords> = {
  nl: {
    title: 'Cookies op deze website',
    body: '{organisation} gebruikt noodzakelijke cookies om de website te laten werken. Met je toestemming gebruiken we ook andere cookies, per doel dat je kiest. Weigeren is even makkelijk als aanvaarden, en je kan je keuze altijd wijzigen of intrekken via de knop "Cookie-instellingen".',
    acceptAll: 'Alles aanvaarden',
    rejectAll: 'Alles weigeren',
    choose: 'Zelf kiezen',
    save: 'Keuze bewaren',
    close: 'Sluiten',
    reopen: 'Cookie-instellingen',
    alwaysOn: 'Altijd aan',
    cookieTable: { name: 'Naam', provider: 'Aanbieder', duration: 'Bewaartermijn', purpose: 'Doel' },
    privacyLink: 'Privacyverklaring',
    cookiesLink: 'Cookieverklaring',
    categories: {
      strictly_necessary: {
        name: 'Strikt noodzakelijk',
        description:
          'Nodig om de website te laten werken en je keuze te onthouden. Hiervoor is geen toestemming nodig.',
      },
      functional: { name: 'Functioneel', description: 'Onthouden voorkeuren en maken extra functies mogelijk.' },
      analytics: { name: 'Statistieken', description: 'Helpen ons begrijpen hoe de website gebruikt wordt.' },
      marketing: {
        name: 'Marketing',
        description: 'Volgen je over websites heen om advertenties te tonen of te meten.',
      },
    },
  },
  fr: {
    title: 'Cookies sur ce site',
    body: '{organisation} utilise des cookies nécessaires au fonctionnement du site. Avec votre consentement, nous utilisons aussi d’autres cookies, pour chaque finalité que vous choisissez. Refuser est aussi simple qu’accepter, et vous pouvez modifier ou retirer votre choix à tout moment via le bouton « Paramètres des cookies ».',
    acceptAll: 'Tout accepter',
    rejectAll: 'Tout refuser',
    choose: 'Personnaliser',
    save: 'Enregistrer mon choix',
    close: 'Fermer',
    reopen: 'Paramètres des cookies',
    alwaysOn: 'Toujours actifs',
    cookieTable: { name: 'Nom', provider: 'Fournisseur', duration: 'Durée', purpose: 'Finalité' },
    privacyLink: 'Déclaration de confidentialité',
    cookiesLink: 'Politique en matière de cookies',
    categories: {
      strictly_necessary: {
        name: 'Strictement nécessaires',
        description:
          'Indispensables au fonctionnement du site et à la mémorisation de votre choix. Aucun consentement requis.',
      },
      functional: {
        name: 'Fonctionnels',
        description: 'Mémorisent vos préférences et permettent des fonctions supplémentaires.',
      },
      analytics: { name: 'Statistiques', description: 'Nous aident à comprendre comment le site est utilisé.' },
      marketing: {
        name: 'Marketing',
        description: 'Vous suivent d’un site à l’autre pour afficher ou mesurer des publicités.',
      },
    },
  },
  en: {
    title: 'Cookies on this website',
    body: '{organisation} uses necessary cookies to make this website work. With your consent we also use other cookies, for each purpose you choose. Refusing is as easy as accepting, and you can change or withdraw your choice at any time with the "Cookie settings" button.',
    acceptAll: 'Accept all',
    rejectAll: 'Reject all',
    choose: 'Choose',
    save: 'Save my choice',
    close: 'Close',
    reopen: 'Cookie settings',
    alwaysOn: 'Always on',
    cookieTable: { name: 'Name', provider: 'Provider', duration: 'Duration', purpose: 'Purpose' },
    privacyLink: 'Privacy statement',
    cookiesLink: 'Cookie statement',
    categories: {
      strictly_necessary: {
        name: 'Strictly necessary',
        description: 'Needed for the website to work and to remember your choice. No consent is needed for these.',
      },
      functional: { name: 'Functional', description: 'Remember your preferences and enable extra features.' },
      analytics: { name: 'Analytics', description: 'Help us understand how the website is used.' },
      marketing: { name: 'Marketing', description: 'Follow you across websites to show or measure advertising.' },
    },
  },
  de: {
    title: 'Cookies auf dieser Website',
    body: '{organisation} verwendet notwendige Cookies, damit die Website funktioniert. Mit Ihrer Einwilligung verwenden wir auch andere Cookies, für jeden Zweck, den Sie wählen. Ablehnen ist so einfach wie Zustimmen, und Sie können Ihre Wahl jederzeit über die Schaltfläche „Cookie-Einstellungen“ ändern oder widerrufen.',
    acceptAll: 'Alle akzeptieren',
    rejectAll: 'Alle ablehnen',
    choose: 'Auswählen',
    save: 'Auswahl speichern',
    close: 'Schließen',
    reopen: 'Cookie-Einstellungen',
    alwaysOn: 'Immer aktiv',
    cookieTable: { name: 'Name', provider: 'Anbieter', duration: 'Speicherdauer', purpose: 'Zweck' },
    privacyLink: 'Datenschutzerklärung',
    cookiesLink: 'Cookie-Richtlinie',
    categories: {
      strictly_necessary: {
        name: 'Unbedingt erforderlich',
        description:
          'Nötig, damit die Website funktioniert und Ihre Wahl gespeichert wird. Dafür ist keine Einwilligung nötig.',
      },
      functional: { name: 'Funktional', description: 'Speichern Ihre Einstellungen und ermöglichen Zusatzfunktionen.' },
      analytics: { name: 'Statistik', description: 'Helfen uns zu verstehen, wie die Website genutzt wird.' },
      marketing: {
        name: 'Marketing',
        description: 'Verfolgen Sie über Websites hinweg, um Werbung anzuzeigen oder zu messen.',
      },
    },
  },
};
