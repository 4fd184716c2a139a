import { TERMS_FR } from './terms.fr.js';
import type { StatementTexts } from './texts.types.js';

/**
 * Les textes français : un français simple, « nous » et « vous », les termes de la version française du RGPD
 * (consentement, intérêt légitime, sous-traitant, responsable du traitement). Articles cités « art. 6.1.a RGPD ».
 * Une espace insécable (\u00a0) précède « ? » et « : », selon l'usage typographique.
 */
export const TEXTS_FR: StatementTexts = {
  lang: 'fr',
  colon: '\u00a0: ',
  locale: 'fr-BE',
  units: {
    years: { one: 'an', other: 'ans' },
    months: { one: 'mois', other: 'mois' },
    weeks: { one: 'semaine', other: 'semaines' },
    days: { one: 'jour', other: 'jours' },
    hours: { one: 'heure', other: 'heures' },
    minutes: { one: 'minute', other: 'minutes' },
    seconds: { one: 'seconde', other: 'secondes' },
  },
  oneUnit: {
    years: 'un an',
    months: 'un mois',
    weeks: 'une semaine',
    days: 'un jour',
    hours: 'une heure',
    minutes: 'une minute',
    seconds: 'une seconde',
  },
  numberWords: ['', '', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze'],
  titles: {
    privacy: (org) => `Déclaration de confidentialité de ${org}`,
    cookies: (org) => `Politique en matière de cookies de ${org}`,
  },
  headings: {
    controller: 'Qui sommes-nous\u00a0?',
    dpo: 'Notre délégué à la protection des données',
    purposes: 'Pourquoi utilisons-nous vos données\u00a0?',
    recipients: 'Qui reçoit vos données\u00a0?',
    transfers: 'Transferts hors de l’Espace économique européen',
    'automated-decisions': 'Décisions automatisées',
    children: 'Enfants',
    rights: 'Vos droits',
    complaint: 'Introduire une réclamation',
    security: 'Comment protégeons-nous vos données\u00a0?',
    cookies: 'Cookies',
    processor: 'Lorsque nous traitons des données pour nos clients',
    version: 'Versions et modifications',
    'cookie-intro': 'Que sont les cookies\u00a0?',
    'cookie-consent': 'Modifier vos choix',
    'cookie-more': 'Plus d’informations',
  },
  labels: {
    address: 'Adresse',
    enterpriseNumber: 'Numéro d’entreprise',
    vatNumber: 'Numéro de TVA',
    email: 'E-mail',
    phone: 'Téléphone',
    website: 'Site web',
    subjects: 'Personnes concernées',
    data: 'Quelles données',
    legalBasis: 'Base juridique',
    interest: 'Notre intérêt',
    retention: 'Durée de conservation',
    source: 'Origine des données',
    provision: 'Obligatoire ou non',
    withdrawal: 'Retirer votre consentement',
    logic: 'Comment cela fonctionne',
    significance: 'Ce que cela signifie pour vous',
    yourRights: 'Vos droits',
  },
  controller: {
    intro: (org) =>
      `${org} est responsable du traitement de vos données à caractère personnel (le responsable du traitement). Cette déclaration explique quelles données nous utilisons, pourquoi, et quels sont vos droits.`,
    tradeNames: (names) => `Nous utilisons aussi le nom ${names}.`,
    representative: (name) => `Notre représentant dans l’Union européenne est ${name}.`,
  },
  dpo: {
    intro:
      'Nous avons un délégué à la protection des données (DPO). Vous pouvez le contacter pour toute question sur vos données.',
    external: 'Notre DPO est un prestataire externe.',
  },
  purposes: {
    otherRetention: 'Autres durées de conservation',
    intro:
      'Nous utilisons vos données uniquement pour les finalités ci-dessous. Pour chaque finalité, vous trouverez les données utilisées, la base juridique et la durée de conservation.',
    none: 'Nous ne décidons pas nous-mêmes pourquoi et comment des données à caractère personnel sont traitées.',
    legalBasis: {
      consent: 'Votre consentement (art. 6.1.a RGPD)',
      contract:
        'L’exécution d’un contrat avec vous, ou des mesures que vous demandez avant sa conclusion (art. 6.1.b RGPD)',
      legal_obligation: 'Une obligation légale à laquelle nous sommes soumis (art. 6.1.c RGPD)',
      vital_interest: 'La sauvegarde de vos intérêts vitaux ou de ceux d’une autre personne (art. 6.1.d RGPD)',
      public_interest: 'Une mission d’intérêt public (art. 6.1.e RGPD)',
      legitimate_interest: 'Notre intérêt légitime (art. 6.1.f RGPD)',
    },
    art9Prefix: 'Pour les catégories particulières de données\u00a0: ',
    art9: {
      explicit_consent: 'votre consentement explicite (art. 9.2.a RGPD)',
      employment_social_security: 'des obligations en droit du travail et de la sécurité sociale (art. 9.2.b RGPD)',
      vital_interests: 'la sauvegarde d’intérêts vitaux si vous ne pouvez pas consentir (art. 9.2.c RGPD)',
      not_for_profit_body: 'les activités d’un organisme sans but lucratif envers ses membres (art. 9.2.d RGPD)',
      made_public: 'des données que vous avez vous-même manifestement rendues publiques (art. 9.2.e RGPD)',
      legal_claims: 'la constatation, l’exercice ou la défense d’un droit en justice (art. 9.2.f RGPD)',
      substantial_public_interest: 'un motif d’intérêt public important prévu par la loi (art. 9.2.g RGPD)',
      health_care: 'les soins de santé ou la protection sociale (art. 9.2.h RGPD)',
      public_health: 'la santé publique (art. 9.2.i RGPD)',
      archiving_research: 'l’archivage dans l’intérêt public, la recherche ou la statistique (art. 9.2.j RGPD)',
    },
    art10: (law) => `Pour les données pénales\u00a0: ${law} (art. 10 RGPD)`,
    specialCategory: '(catégorie particulière de données)',
    source: {
      data_subject: 'De vous-même.',
      third_party: 'D’autres personnes ou organisations (des tiers).',
      public: 'De sources publiques.',
      observed: 'Nous les collectons lorsque vous utilisez notre site web ou nos services.',
    },
    provision: {
      statutory: 'La loi vous oblige à fournir ces données.',
      contractual: 'Le contrat vous oblige à fournir ces données.',
      contract_precondition: 'Nous avons besoin de ces données pour conclure un contrat avec vous.',
      voluntary: 'Vous choisissez librement de fournir ces données.',
    },
    withdrawal: (methods) => `Vous pouvez retirer votre consentement à tout moment\u00a0: ${methods}.`,
    withdrawalAnyTime: 'Vous pouvez retirer votre consentement à tout moment.',
    preferencesLink: 'Gérer vos préférences',
    withdrawalMethods: {
      unsubscribe_link: 'avec le lien de désinscription dans chaque message',
      preference_centre: 'dans le centre de préférences',
      cookie_settings: 'dans les paramètres des cookies',
      account_settings: 'dans les paramètres de votre compte',
      email: 'par e-mail',
      web_form: 'avec le formulaire en ligne',
      phone: 'par téléphone',
      post: 'par courrier',
    },
  },
  retention: {
    after: {
      collected: 'après leur collecte',
      last_activity: 'après votre dernière activité',
      contract_end: 'après la fin du contrat',
      consent_withdrawn: 'après le retrait de votre consentement',
      unsubscribed: 'après votre désinscription',
      account_closed: 'après la fermeture de votre compte',
      event_end: 'après la fin de l’événement',
      request_closed: 'après le traitement de votre demande',
    },
    period: (duration, after) => `${duration} ${after}`,
    untilWithdrawn: 'jusqu’au retrait de votre consentement',
    untilUnsubscribed: 'jusqu’à votre désinscription',
    noFixedPeriod: 'nous ne fixons pas de durée précise',
    action: { delete: '\u00a0; ensuite, nous les supprimons', anonymise: '\u00a0; ensuite, nous les rendons anonymes' },
    statutory: (law, reference) => `imposé par ${law}${reference ? `\u00a0: ${reference}` : ''}`,
    statutoryKind: {
      tax: 'la législation fiscale',
      accounting: 'la législation comptable',
      immovable_property_vat: 'les règles de TVA sur les biens immobiliers',
      other: 'la loi',
    },
  },
  recipients: {
    intro:
      'Nous ne partageons vos données que si une finalité ci-dessus l’exige. Les sous-traitants travaillent pour notre compte, avec un contrat de sous-traitance (art. 28 RGPD).',
    caption: 'Destinataires de vos données',
    header: { recipient: 'Destinataire', role: 'Rôle', purposes: 'Pour', where: 'Où' },
    roles: {
      processor: 'Sous-traitant (travaille pour notre compte)',
      sub_processor: 'Sous-traitant ultérieur',
      independent_controller: 'Responsable du traitement distinct',
      joint_controller: 'Responsable conjoint du traitement',
      authority: 'Autorité publique',
      other: 'Autre destinataire',
    },
  },
  transfers: {
    intro:
      'Certains destinataires traitent vos données hors de l’Espace économique européen (EEE). Voici comment vos données restent protégées\u00a0:',
    mechanisms: {
      adequacy: 'la Commission européenne a décidé que ce pays protège les données de manière adéquate (art. 45 RGPD)',
      dpf: 'le destinataire est certifié selon le cadre de protection des données UE-États-Unis (Data Privacy Framework, art. 45 RGPD)',
      scc: 'des clauses contractuelles types de la Commission européenne (art. 46.2.c RGPD)',
      bcr: 'des règles d’entreprise contraignantes (art. 47 RGPD)',
      art49: 'une dérogation pour une situation particulière (art. 49 RGPD)',
      privacy_shield:
        'le bouclier de protection des données UE-États-Unis (Privacy Shield), invalidé par la Cour de justice de l’UE le 16 juillet 2020',
      none: 'aucune garantie',
    },
    copy: 'Vous pouvez nous demander une copie de ces garanties.',
  },
  automated: {
    intro:
      'Pour les finalités ci-dessous, un ordinateur prend des décisions à votre sujet, sans intervention humaine (art. 22 RGPD).',
    profiling:
      'Il s’agit aussi de profilage\u00a0: nous évaluons automatiquement certains aspects personnels vous concernant.',
    basis: {
      contract: 'Nous pouvons le faire car c’est nécessaire pour un contrat avec vous.',
      law: 'Nous pouvons le faire car une loi l’autorise.',
      explicit_consent: 'Nous le faisons uniquement avec votre consentement explicite.',
    },
    safeguards: (list) => `Vous pouvez ${list}.`,
    safeguard: {
      human_intervention: 'demander qu’une personne examine la décision',
      express_view: 'donner votre point de vue',
      contest: 'contester la décision',
    },
  },
  children: {
    age: (age) =>
      `Vous avez moins de ${age} ans\u00a0? Nous avons alors besoin du consentement d’un parent ou d’un tuteur avant d’utiliser vos données pour un service en ligne (art. 8 RGPD).`,
    ageIn: (country, age) => `${country}\u00a0: ${age} ans`,
    purposes: (list) => `Ces finalités concernent aussi des enfants\u00a0: ${list}.`,
  },
  rights: {
    intro: 'Vous avez les droits suivants sur vos données. Les exercer est gratuit.',
    names: {
      access: 'Accès',
      rectification: 'Rectification',
      erasure: 'Effacement',
      restriction: 'Limitation du traitement',
      objection: 'Opposition',
      portability: 'Portabilité des données',
      withdrawal: 'Retrait du consentement',
      complaint: 'Réclamation',
    },
    explanations: {
      access: 'Vous pouvez demander quelles données nous avons sur vous et en recevoir une copie (art. 15 RGPD).',
      rectification: 'Vous pouvez faire corriger des données inexactes ou incomplètes (art. 16 RGPD).',
      erasure:
        'Vous pouvez demander l’effacement de vos données, sauf si nous devons les garder, par exemple en vertu de la loi (art. 17 RGPD).',
      restriction:
        'Vous pouvez demander que nous n’utilisions plus vos données pendant un temps, par exemple pendant que nous examinons une réclamation (art. 18 RGPD).',
      objection:
        'Vous pouvez vous opposer à un traitement fondé sur notre intérêt légitime ou sur une mission d’intérêt public. Nous arrêtons alors, sauf motifs impérieux (art. 21.1 RGPD).',
      portability:
        'Vous pouvez recevoir les données que vous nous avez fournies dans un format courant et lisible par machine, ou les faire transmettre à une autre organisation. Cela vaut pour les données utilisées avec votre consentement ou pour un contrat (art. 20 RGPD).',
      withdrawal:
        'Si nous utilisons vos données avec votre consentement, vous pouvez le retirer à tout moment, aussi facilement que vous l’avez donné. Ce que nous avons fait avant reste valable (art. 7.3 RGPD).',
      complaint:
        'Vous pouvez introduire une réclamation auprès de l’autorité de contrôle (art. 77 RGPD). Voir ci-dessous.',
    },
    marketingHeading: 'Opposition à la prospection',
    marketing:
      'Vous pouvez vous opposer à tout moment à l’utilisation de vos données à des fins de prospection, y compris au profilage lié à cette prospection. Nous arrêtons alors immédiatement, sans mise en balance avec nos intérêts (art. 21.2 et 21.3 RGPD).',
    marketingUnsubscribe: 'Chaque message commercial contient un lien de désinscription.',
    howHeading: 'Comment exercer vos droits\u00a0?',
    howIntro: 'Envoyez-nous votre demande\u00a0:',
    channels: {
      email: 'par e-mail à ',
      web_form: 'avec notre formulaire en ligne',
      post: (address) => `par courrier à ${address}`,
      phone: (phone) => `par téléphone au ${phone}`,
      account: 'dans votre compte',
      in_person: (address) => `en personne à ${address}`,
    },
    noChannel: 'Contactez-nous avec les coordonnées en haut de cette déclaration.',
    requestPage: 'Vous pouvez aussi utiliser notre page de demande\u00a0: ',
    requestPageLink: 'introduire une demande',
    identity: {
      account: 'Nous vérifions votre identité via votre compte.',
      email_match: 'Nous vérifions que votre demande vient de l’adresse e-mail que nous connaissons.',
      id_check_without_copy: 'Nous pouvons demander à voir une pièce d’identité. Nous n’en gardons pas de copie.',
      id_copy: 'Nous demandons une copie d’une pièce d’identité.',
      other: '',
    },
    redactions: (list) => `Sur la copie, vous pouvez masquer\u00a0: ${list}.`,
    redaction: {
      photo: 'votre photo',
      mrz: 'la zone lisible par machine',
      document_number: 'le numéro du document',
      bsn: 'votre numéro BSN',
      national_number: 'votre numéro de registre national',
    },
    deadline: (response, extension) =>
      `Nous répondons dans un délai d’${response}. Si votre demande est complexe, ou si nous recevons beaucoup de demandes, nous pouvons prolonger ce délai de ${extension} au plus. Nous vous en informons alors dans un délai d’${response}, avec les raisons (art. 12.3 RGPD).`,
  },
  complaint: {
    ownDesk:
      'Vous n’êtes pas satisfait de la façon dont nous traitons vos données\u00a0? Dites-le-nous d’abord\u00a0: ',
    authority: 'Vous avez aussi le droit d’introduire une réclamation auprès de l’autorité de contrôle\u00a0:',
    unknownAuthority:
      'Vous avez aussi le droit d’introduire une réclamation auprès de l’autorité de contrôle du pays où vous vivez ou travaillez, ou où la violation a eu lieu selon vous.',
    name: 'Autorité',
  },
  security: { standards: (list) => `Nous suivons\u00a0: ${list}.` },
  cookiesInPrivacy: {
    text: 'Notre site web utilise des cookies. Lesquels et pourquoi\u00a0: lisez notre politique en matière de cookies.',
    link: 'Politique en matière de cookies',
  },
  processor: {
    intro:
      'Nous traitons aussi des données à caractère personnel pour le compte de nos clients, en tant que sous-traitant (art. 28 RGPD). Pour ces données, le client est responsable et sa déclaration de confidentialité s’applique. Il s’agit de\u00a0:',
    subProcessors: (list) => `Pour ce travail, nous faisons appel à ces sous-traitants ultérieurs\u00a0: ${list}.`,
    storage: (list) => `Ces données sont conservées dans les pays suivants\u00a0: ${list}.`,
  },
  version: {
    numbered: (n, date) => `Ceci est la version ${n} de ce document. Elle s’applique à partir du ${date}.`,
    dated: (date) => `Ce document s’applique à partir du ${date}.`,
    earlier: 'Versions précédentes',
  },
  cookies: {
    intro:
      'Les cookies sont de petits fichiers qu’un site web enregistre sur votre appareil. Cette politique couvre aussi les techniques similaires, comme le stockage local. Vous trouverez ci-dessous les cookies de notre site web et leur utilité.',
    none: 'Notre site web n’utilise pas de cookies.',
    session: 'jusqu’à la fermeture de votre navigateur',
    headings: {
      strictly_necessary: 'Cookies strictement nécessaires',
      functional: 'Cookies fonctionnels',
      analytics: 'Cookies analytiques',
      marketing: 'Cookies marketing',
    },
    explanations: {
      strictly_necessary: 'Ces cookies sont nécessaires au fonctionnement du site web.',
      functional: 'Ces cookies retiennent vos choix, pour un site web plus facile à utiliser.',
      analytics: 'Ces cookies nous montrent comment les visiteurs utilisent le site web, pour l’améliorer.',
      marketing:
        'Ces cookies suivent vos visites sur des sites web, pour vous montrer des publicités adaptées ou vous permettre de partager du contenu sur les réseaux sociaux.',
    },
    consentNeeded: 'Nous les plaçons uniquement avec votre consentement.',
    exempt: {
      strictly_necessary: 'Votre consentement n’est pas nécessaire pour ces cookies.',
      low_impact_analytics:
        'Ils ont peu d’impact sur votre vie privée\u00a0; la loi néerlandaise ne demande donc pas de consentement (Telecommunicatiewet, art. 11.7a).',
    },
    exemptExcept: (names) => `Aucun consentement n’est requis pour ${names}.`,
    header: { name: 'Nom', provider: 'Fournisseur', purpose: 'Finalité', duration: 'Durée', party: 'Type' },
    party: { first: 'Cookie propre (notre site web)', third: 'Cookie tiers' },
    change: 'Vous pouvez modifier ou retirer votre consentement à tout moment, aussi facilement que vous l’avez donné.',
    changeLink: 'Modifier vos paramètres de cookies',
    changeButton:
      'Cliquez sur le bouton «\u00a0Paramètres des cookies\u00a0» de notre site web pour rouvrir vos choix.',
    browser: 'Vous pouvez aussi supprimer les cookies dans les paramètres de votre navigateur.',
    browserOnly: 'Vous pouvez supprimer les cookies à tout moment dans les paramètres de votre navigateur.',
    privacyText:
      'Notre déclaration de confidentialité explique comment nous utilisons vos données à caractère personnel et quels sont vos droits.',
    privacyLink: 'Déclaration de confidentialité',
  },
  terms: TERMS_FR,
};
