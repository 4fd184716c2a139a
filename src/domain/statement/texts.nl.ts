import { TERMS_NL } from './terms.nl.js';
import type { StatementTexts } from './texts.types.js';

/**
 * De Nederlandse teksten: eenvoudig Nederlands (B1), "we" en "je", de termen van de Nederlandstalige AVG
 * (toestemming, gerechtvaardigd belang, verwerker, verwerkingsverantwoordelijke). Artikelen als "art. 6.1.a AVG".
 */
export const TEXTS_NL: StatementTexts = {
  lang: 'nl',
  colon: ': ',
  locale: 'nl-BE',
  units: {
    years: { one: 'jaar', other: 'jaar' },
    months: { one: 'maand', other: 'maanden' },
    weeks: { one: 'week', other: 'weken' },
    days: { one: 'dag', other: 'dagen' },
    hours: { one: 'uur', other: 'uur' },
    minutes: { one: 'minuut', other: 'minuten' },
    seconds: { one: 'seconde', other: 'seconden' },
  },
  oneUnit: {
    years: 'één jaar',
    months: 'één maand',
    weeks: 'één week',
    days: 'één dag',
    hours: 'één uur',
    minutes: 'één minuut',
    seconds: 'één seconde',
  },
  numberWords: ['', '', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf'],
  titles: { privacy: (org) => `Privacyverklaring van ${org}`, cookies: (org) => `Cookieverklaring van ${org}` },
  headings: {
    controller: 'Wie zijn we?',
    dpo: 'Onze functionaris voor gegevensbescherming',
    purposes: 'Waarvoor gebruiken we je gegevens?',
    recipients: 'Wie krijgt je gegevens?',
    transfers: 'Doorgifte buiten de Europese Economische Ruimte',
    'automated-decisions': 'Geautomatiseerde besluiten',
    children: 'Kinderen',
    rights: 'Je rechten',
    complaint: 'Een klacht indienen',
    security: 'Hoe beveiligen we je gegevens?',
    cookies: 'Cookies',
    processor: 'Als we gegevens verwerken voor onze klanten',
    version: 'Wijzigingen in deze verklaring',
    'cookie-intro': 'Wat zijn cookies?',
    'cookie-consent': 'Je keuze wijzigen',
    'cookie-more': 'Meer informatie',
  },
  labels: {
    address: 'Adres',
    enterpriseNumber: 'Ondernemingsnummer',
    vatNumber: 'Btw-nummer',
    email: 'E-mail',
    phone: 'Telefoon',
    website: 'Website',
    subjects: 'Over wie',
    data: 'Welke gegevens',
    legalBasis: 'Rechtsgrond',
    interest: 'Ons belang',
    retention: 'Hoelang we ze bewaren',
    source: 'Waar de gegevens vandaan komen',
    provision: 'Verplicht of niet',
    withdrawal: 'Toestemming intrekken',
    logic: 'Hoe het werkt',
    significance: 'Wat het voor je betekent',
    yourRights: 'Je rechten',
  },
  controller: {
    intro: (org) =>
      `${org} is verantwoordelijk voor de verwerking van je persoonsgegevens (de verwerkingsverantwoordelijke). In deze verklaring lees je welke gegevens we gebruiken, waarom, en welke rechten je hebt.`,
    tradeNames: (names) => `We gebruiken ook de naam ${names}.`,
    representative: (name) => `Onze vertegenwoordiger in de Europese Unie is ${name}.`,
  },
  dpo: {
    intro:
      'We hebben een functionaris voor gegevensbescherming (DPO). Je kunt bij hem of haar terecht met elke vraag over je gegevens.',
    external: 'Onze DPO is een externe dienstverlener.',
  },
  purposes: {
    otherRetention: 'Andere bewaartermijnen',
    intro:
      'We gebruiken je gegevens alleen voor de doelen hieronder. Per doel lees je welke gegevens we gebruiken, op welke rechtsgrond en hoelang we ze bewaren.',
    none: 'We bepalen zelf niet waarom en hoe persoonsgegevens worden verwerkt.',
    legalBasis: {
      consent: 'Je toestemming (art. 6.1.a AVG)',
      contract:
        'De uitvoering van een overeenkomst met je, of stappen die je vraagt vóór we die sluiten (art. 6.1.b AVG)',
      legal_obligation: 'Een wettelijke verplichting die we moeten nakomen (art. 6.1.c AVG)',
      vital_interest: 'De bescherming van je vitale belangen of die van een ander (art. 6.1.d AVG)',
      public_interest: 'Een taak van algemeen belang (art. 6.1.e AVG)',
      legitimate_interest: 'Ons gerechtvaardigd belang (art. 6.1.f AVG)',
    },
    art9Prefix: 'Voor bijzondere persoonsgegevens: ',
    art9: {
      explicit_consent: 'je uitdrukkelijke toestemming (art. 9.2.a AVG)',
      employment_social_security: 'verplichtingen uit het arbeidsrecht en de sociale zekerheid (art. 9.2.b AVG)',
      vital_interests: 'de bescherming van vitale belangen als je zelf geen toestemming kunt geven (art. 9.2.c AVG)',
      not_for_profit_body: 'de activiteiten van een organisatie zonder winstoogmerk voor haar leden (art. 9.2.d AVG)',
      made_public: 'gegevens die je zelf duidelijk openbaar hebt gemaakt (art. 9.2.e AVG)',
      legal_claims: 'de instelling, uitoefening of onderbouwing van een rechtsvordering (art. 9.2.f AVG)',
      substantial_public_interest: 'een zwaarwegend algemeen belang dat in de wet staat (art. 9.2.g AVG)',
      health_care: 'gezondheidszorg of sociale zorg (art. 9.2.h AVG)',
      public_health: 'de volksgezondheid (art. 9.2.i AVG)',
      archiving_research: 'archivering in het algemeen belang, onderzoek of statistiek (art. 9.2.j AVG)',
    },
    art10: (law) => `Voor strafrechtelijke gegevens: ${law} (art. 10 AVG)`,
    specialCategory: '(bijzonder persoonsgegeven)',
    source: {
      data_subject: 'Van jezelf.',
      third_party: 'Van anderen (derden).',
      public: 'Uit openbare bronnen.',
      observed: 'We verzamelen ze als je onze website of diensten gebruikt.',
    },
    provision: {
      statutory: 'De wet verplicht je om deze gegevens te geven.',
      contractual: 'Je moet deze gegevens geven volgens de overeenkomst.',
      contract_precondition: 'We hebben deze gegevens nodig om een overeenkomst met je te sluiten.',
      voluntary: 'Je kiest zelf of je deze gegevens geeft.',
    },
    withdrawal: (methods) => `Je kunt je toestemming altijd intrekken: ${methods}.`,
    withdrawalAnyTime: 'Je kunt je toestemming altijd intrekken.',
    preferencesLink: 'Je voorkeuren beheren',
    withdrawalMethods: {
      unsubscribe_link: 'met de afmeldlink in elk bericht',
      preference_centre: 'in het voorkeurencentrum',
      cookie_settings: 'in de cookie-instellingen',
      account_settings: 'in de instellingen van je account',
      email: 'per e-mail',
      web_form: 'met het webformulier',
      phone: 'per telefoon',
      post: 'per brief',
    },
  },
  retention: {
    after: {
      collected: 'nadat we ze verzameld hebben',
      last_activity: 'na je laatste activiteit',
      contract_end: 'na het einde van de overeenkomst',
      consent_withdrawn: 'nadat je je toestemming hebt ingetrokken',
      unsubscribed: 'nadat je je hebt afgemeld',
      account_closed: 'nadat je je account hebt gesloten',
      event_end: 'na het einde van het evenement',
      request_closed: 'nadat we je verzoek hebben afgehandeld',
    },
    period: (duration, after) => `${duration} ${after}`,
    untilWithdrawn: 'tot je je toestemming intrekt',
    untilUnsubscribed: 'tot je je afmeldt',
    noFixedPeriod: 'we hanteren geen vaste termijn',
    action: { delete: '; daarna verwijderen we ze', anonymise: '; daarna maken we ze anoniem' },
    statutory: (law, reference) => `verplicht door ${law}${reference ? `: ${reference}` : ''}`,
    statutoryKind: {
      tax: 'de belastingwetgeving',
      accounting: 'de boekhoudwetgeving',
      immovable_property_vat: 'de btw-regels voor onroerend goed',
      other: 'de wet',
    },
  },
  recipients: {
    intro:
      'We delen je gegevens alleen als een doel hierboven dat nodig maakt. Verwerkers werken in onze opdracht, met een verwerkersovereenkomst (art. 28 AVG).',
    caption: 'Ontvangers van je gegevens',
    header: { recipient: 'Ontvanger', role: 'Rol', purposes: 'Voor', where: 'Waar' },
    roles: {
      processor: 'Verwerker (werkt in onze opdracht)',
      sub_processor: 'Subverwerker',
      independent_controller: 'Zelfstandige verwerkingsverantwoordelijke',
      joint_controller: 'Gezamenlijke verwerkingsverantwoordelijke',
      authority: 'Overheidsinstantie',
      other: 'Andere ontvanger',
    },
  },
  transfers: {
    intro:
      'Sommige ontvangers verwerken je gegevens buiten de Europese Economische Ruimte (EER). Zo blijven je gegevens beschermd:',
    mechanisms: {
      adequacy: 'de Europese Commissie heeft beslist dat dit land persoonsgegevens voldoende beschermt (art. 45 AVG)',
      dpf: 'de ontvanger is gecertificeerd onder het EU-VS-kader voor gegevensbescherming (Data Privacy Framework, art. 45 AVG)',
      scc: 'modelcontractbepalingen van de Europese Commissie (art. 46.2.c AVG)',
      bcr: 'bindende bedrijfsvoorschriften (art. 47 AVG)',
      art49: 'een uitzondering voor een specifieke situatie (art. 49 AVG)',
      privacy_shield:
        'het EU-VS-privacyschild, dat het Hof van Justitie van de EU op 16 juli 2020 ongeldig heeft verklaard',
      none: 'geen waarborg',
    },
    copy: 'Je kunt ons om een kopie van deze waarborgen vragen.',
  },
  automated: {
    intro:
      'Voor de doelen hieronder neemt een computer besluiten over je, zonder dat er een mens bij betrokken is (art. 22 AVG).',
    profiling: 'Daarbij gaat het ook om profilering: we beoordelen automatisch persoonlijke aspecten van je.',
    basis: {
      contract: 'Dat mag omdat het nodig is voor een overeenkomst met je.',
      law: 'Dat mag omdat een wet het toestaat.',
      explicit_consent: 'We doen dit alleen met je uitdrukkelijke toestemming.',
    },
    safeguards: (list) => `Je kunt ${list}.`,
    safeguard: {
      human_intervention: 'vragen dat een mens het besluit bekijkt',
      express_view: 'je standpunt geven',
      contest: 'het besluit aanvechten',
    },
  },
  children: {
    age: (age) =>
      `Ben je jonger dan ${age} jaar? Dan hebben we de toestemming van een ouder of voogd nodig voor we je gegevens gebruiken voor een onlinedienst (art. 8 AVG).`,
    ageIn: (country, age) => `${country}: ${age} jaar`,
    purposes: (list) => `Bij deze doelen gaat het ook om kinderen: ${list}.`,
  },
  rights: {
    intro: 'Je hebt de volgende rechten over je gegevens. Ze gebruiken is gratis.',
    names: {
      access: 'Inzage',
      rectification: 'Rectificatie',
      erasure: 'Gegevenswissing',
      restriction: 'Beperking van de verwerking',
      objection: 'Bezwaar',
      portability: 'Overdraagbaarheid van gegevens',
      withdrawal: 'Toestemming intrekken',
      complaint: 'Klacht',
    },
    explanations: {
      access: 'Je kunt vragen welke gegevens we over je hebben en een kopie krijgen (art. 15 AVG).',
      rectification: 'Je kunt foute of onvolledige gegevens laten verbeteren (art. 16 AVG).',
      erasure:
        'Je kunt vragen je gegevens te wissen, tenzij we ze moeten bewaren, bijvoorbeeld door de wet (art. 17 AVG).',
      restriction:
        'Je kunt vragen dat we je gegevens een tijd niet gebruiken, bijvoorbeeld terwijl we een klacht nakijken (art. 18 AVG).',
      objection:
        'Je kunt bezwaar maken tegen een verwerking op basis van ons gerechtvaardigd belang of een taak van algemeen belang. We stoppen dan, tenzij we dwingende redenen hebben (art. 21.1 AVG).',
      portability:
        'Je kunt de gegevens die je ons gaf krijgen in een gangbaar, machineleesbaar formaat, of ze laten doorsturen naar een andere organisatie. Dat geldt voor gegevens die we gebruiken met je toestemming of voor een overeenkomst (art. 20 AVG).',
      withdrawal:
        'Gebruiken we je gegevens met je toestemming? Dan kun je die altijd intrekken, even makkelijk als je ze gaf. Wat we daarvoor deden, blijft geldig (art. 7.3 AVG).',
      complaint: 'Je kunt een klacht indienen bij de toezichthoudende autoriteit (art. 77 AVG). Zie hieronder.',
    },
    marketingHeading: 'Bezwaar tegen direct marketing',
    marketing:
      'Je kunt altijd bezwaar maken tegen het gebruik van je gegevens voor direct marketing, ook tegen profilering daarvoor. We stoppen dan meteen, zonder dat af te wegen tegen onze belangen (art. 21.2 en 21.3 AVG).',
    marketingUnsubscribe: 'Elk marketingbericht bevat een link om je af te melden.',
    howHeading: 'Hoe gebruik je je rechten?',
    howIntro: 'Stuur ons je verzoek:',
    channels: {
      email: 'per e-mail naar ',
      web_form: 'met ons webformulier',
      post: (address) => `per brief naar ${address}`,
      phone: (phone) => `per telefoon op ${phone}`,
      account: 'in je account',
      in_person: (address) => `persoonlijk op ${address}`,
    },
    noChannel: 'Neem contact met ons op via de gegevens bovenaan deze verklaring.',
    requestPage: 'Je kunt ook onze aanvraagpagina gebruiken: ',
    requestPageLink: 'een verzoek indienen',
    identity: {
      account: 'We controleren je identiteit via je account.',
      email_match: 'We controleren of je verzoek komt van het e-mailadres dat we van je kennen.',
      id_check_without_copy: 'We kunnen vragen een identiteitsbewijs te tonen. We bewaren er geen kopie van.',
      id_copy: 'We vragen een kopie van een identiteitsbewijs.',
      other: '',
    },
    redactions: (list) => `Op de kopie mag je deze gegevens afschermen: ${list}.`,
    redaction: {
      photo: 'je pasfoto',
      mrz: 'de machineleesbare zone',
      document_number: 'het documentnummer',
      bsn: 'je burgerservicenummer (BSN)',
      national_number: 'je rijksregisternummer',
    },
    deadline: (response, extension) =>
      `We antwoorden binnen ${response}. Is je verzoek ingewikkeld, of krijgen we veel verzoeken? Dan kunnen we die termijn met nog eens ${extension} verlengen. Dat laten we je dan binnen ${response} weten, met de redenen (art. 12.3 AVG).`,
  },
  complaint: {
    ownDesk: 'Ben je niet tevreden over hoe we met je gegevens omgaan? Laat het ons eerst weten: ',
    authority: 'Je hebt ook het recht om een klacht in te dienen bij de toezichthoudende autoriteit:',
    unknownAuthority:
      'Je hebt ook het recht om een klacht in te dienen bij de toezichthoudende autoriteit van het land waar je woont of werkt, of waar de inbreuk volgens jou gebeurde.',
    name: 'Autoriteit',
  },
  security: { standards: (list) => `We volgen: ${list}.` },
  cookiesInPrivacy: {
    text: 'Onze website gebruikt cookies. Welke en waarom, lees je in onze cookieverklaring.',
    link: 'Cookieverklaring',
  },
  processor: {
    intro:
      'We verwerken ook persoonsgegevens in opdracht van onze klanten, als verwerker (art. 28 AVG). Voor die gegevens is de klant verantwoordelijk en geldt de privacyverklaring van de klant. Het gaat om:',
    subProcessors: (list) => `Daarvoor werken we met deze subverwerkers: ${list}.`,
    storage: (list) => `Deze gegevens worden bewaard in ${list}.`,
  },
  version: {
    numbered: (n, date) => `Dit is versie ${n} van deze verklaring. Ze geldt vanaf ${date}.`,
    dated: (date) => `Deze verklaring geldt vanaf ${date}.`,
    earlier: 'Eerdere versies',
  },
  cookies: {
    intro:
      'Cookies zijn kleine bestanden die een website op je apparaat bewaart. Deze verklaring gaat ook over vergelijkbare technieken, zoals lokale opslag. Hieronder lees je welke cookies onze website gebruikt en waarom.',
    none: 'Onze website gebruikt geen cookies.',
    session: 'tot je je browser sluit',
    headings: {
      strictly_necessary: 'Strikt noodzakelijke cookies',
      functional: 'Functionele cookies',
      analytics: 'Analytische cookies',
      marketing: 'Marketingcookies',
    },
    explanations: {
      strictly_necessary: 'Deze cookies zijn nodig om de website te laten werken.',
      functional: 'Deze cookies onthouden je keuzes, zodat de website makkelijker werkt.',
      analytics: 'Deze cookies tonen ons hoe bezoekers de website gebruiken, zodat we hem kunnen verbeteren.',
      marketing:
        'Deze cookies volgen je bezoek aan websites, om je passende advertenties te tonen of om je inhoud te laten delen op sociale media.',
    },
    consentNeeded: 'We plaatsen ze alleen met je toestemming.',
    exempt: {
      strictly_necessary: 'Daarvoor hebben we je toestemming niet nodig.',
      low_impact_analytics:
        'Ze hebben weinig gevolgen voor je privacy. Daarom vraagt de wet er geen toestemming voor (Telecommunicatiewet, art. 11.7a).',
    },
    exemptExcept: (names) => `Voor ${names} is geen toestemming nodig.`,
    header: { name: 'Naam', provider: 'Aanbieder', purpose: 'Doel', duration: 'Bewaartermijn', party: 'Soort' },
    party: { first: 'Eigen cookie (onze website)', third: 'Cookie van derden' },
    change: 'Je kunt je toestemming altijd wijzigen of intrekken, even makkelijk als je ze gaf.',
    changeLink: 'Je cookie-instellingen wijzigen',
    changeButton: 'Klik op onze website op de knop ‘Cookie-instellingen’ om je keuzes opnieuw te openen.',
    browser: 'Je kunt cookies ook verwijderen in de instellingen van je browser.',
    browserOnly: 'Je kunt cookies altijd verwijderen in de instellingen van je browser.',
    privacyText: 'In onze privacyverklaring lees je hoe we je persoonsgegevens gebruiken en welke rechten je hebt.',
    privacyLink: 'Privacyverklaring',
  },
  terms: TERMS_NL,
};
