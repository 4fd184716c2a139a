import { describe, expect, it } from 'vitest';
import { importStatement } from './index.js';
import { parseDurations } from './text/duration.parse.js';

// Invented statements, one phenomenon each, found in real statements that the importer read wrongly (a held-out
// set scored with ../shared/eval/score.mjs; docs/import.md).
const read = (text: string) => importStatement({ bytes: new TextEncoder().encode(text), fileName: 'test.txt' });
const values = <T>(elements: { value: T }[]) => elements.map((e) => e.value);
const findingIds = (r: Awaited<ReturnType<typeof read>>) => r.findings.map((f) => f.id);

describe('statement import: phenomena of real statements', () => {
  it('reads a list after "Hiervoor gebruiken wij jouw:" as data under a privacy-and-cookie title', async () => {
    const r = await read(`Privacy- en cookieverklaring Voorbeeldapp

Jouw account

Om een account te maken registreer je je in de app.
Hiervoor gebruiken wij jouw:

- NAW-gegevens
- E-mailadres
- IP-adres

Dit doen wij op basis van jouw toestemming. Wij bewaren deze informatie tot zes maanden nadat je het account hebt opgeheven.

Contactformulier

Met het contactformulier kun je ons vragen stellen. Hiervoor gebruiken wij jouw:

- E-mailadres

Hier hebben wij een legitiem belang bij.
`);
    expect(r.sections.find((s) => s.heading.startsWith('Privacy-'))?.topics).not.toContain('cookies');
    expect(values(r.extraction.dataCategories)).toEqual(
      expect.arrayContaining(['Name', 'PhysicalAddress', 'EmailAddress', 'IPAddress']),
    );
    expect(values(r.extraction.legalBases)).toEqual(expect.arrayContaining(['consent', 'legitimate_interest']));
  });

  it('reads a French list introduced by "Les données suivantes sont collectées :"', async () => {
    const r = await read(`Politique de confidentialité

Le responsable du traitement

Exemple SRL est responsable du traitement de vos données. Les données suivantes sont susceptibles d'être collectées lors de votre utilisation du site :

- Vos nom, prénom et date de naissance ;
- Votre adresse IP ;
- Les pages que vous consultez.
`);
    expect(values(r.extraction.dataCategories)).toEqual(
      expect.arrayContaining(['Name', 'BirthDate', 'IPAddress', 'BrowsingBehaviour']),
    );
  });

  it('reads "1.1 Contact details" under a data heading as data, and a list sentence that starts with data', async () => {
    const r = await read(`Privacy policy

1. What personal data do we collect?

1.1 Contact details

Name, email address, phone number — provided via the contact form.

1.2 Visual records

Photographs before and after the treatment, taken with your written consent.

2. Legal bases for processing

We process these data on the basis of your consent.
`);
    expect(values(r.extraction.dataCategories)).toEqual(
      expect.arrayContaining(['Name', 'EmailAddress', 'TelephoneNumber', 'Picture']),
    );
    expect(r.sections.find((s) => s.heading.startsWith('2.'))?.topics).toEqual(['legal_basis']);
  });

  it('does not let a numbered section inherit the cookie topic of the one before it', async () => {
    const r = await read(`Politique de confidentialité

8. Cookies

Le site utilise des cookies strictement nécessaires.

9. Vérification de documents

Nous traitons votre nom et votre adresse e-mail pour vérifier votre dossier.
`);
    expect(r.sections.find((s) => s.heading.startsWith('9.'))?.topics).toEqual([]);
    expect(values(r.extraction.dataCategories)).toEqual(expect.arrayContaining(['Name', 'EmailAddress']));
  });

  it('does not read "aan" as "a" + "an" (a year)', () => {
    expect(parseDurations('om aan de wettelijke verplichting te voldoen')).toEqual([]);
    expect(parseDurations('a year, een jaar, 24 uur').map((d) => d.iso)).toEqual(['P1Y', 'P1Y', 'PT24H']);
  });

  it('takes the younger age as the age of digital consent, and 18 alone is no mismatch', async () => {
    const both = await read(`Privacy policy

Voorbeeld B.V., KvK 12345678, Amsterdam, the Netherlands, is the controller. Complaints: Autoriteit Persoonsgegevens.

Minors

Our services are for adults of 18 years or older. We do not knowingly collect data of children under 16.
`);
    expect(both.extraction.childrenMinAge?.value).toBe(16);
    expect(findingIds(both)).not.toContain('children-age-mismatch');
    const adultsOnly = await read(`Privacy policy

Voorbeeld BV, enterprise number BE 0712.345.630, Gent, Belgium, is the controller. You can complain to the Belgian Data Protection Authority.

Minors

Our website is not directed to individuals under the age of 18.
`);
    expect(adultsOnly.extraction.childrenMinAge?.value).toBe(18);
    expect(findingIds(adultsOnly)).not.toContain('children-age-mismatch');
  });

  it('places a Belgian business that uses a Dutch template in Belgium, and sees its defects', async () => {
    const r = await read(`Privacy Policy

Jan Voorbeeld, gevestigd aan Dorpsstraat 1, 9000 Gent, is verantwoordelijk voor de verwerking van persoonsgegevens zoals weergegeven in deze privacyverklaring.

Ondernemingsnummer: BE0712345630
Telefoon: +32 9 123 45 67

Jan Voorbeeld is de Functionaris Gegevensbescherming van Jan Voorbeeld. Hij is te bereiken via info@example.be

Minderjarigen

Onze website heeft niet de intentie gegevens te verzamelen over websitebezoekers die jonger zijn dan 16 jaar.

Gegevens inzien

Stuur een kopie van uw identiteitsbewijs mee. Maak hierin uw pasfoto en Burgerservicenummer (BSN) zwart. U kunt een klacht indienen bij de Autoriteit Persoonsgegevens.
`);
    expect(r.country).toBe('BE');
    expect(r.extraction.dpo.name?.value).toBe('Jan Voorbeeld');
    expect(findingIds(r)).toEqual(
      expect.arrayContaining([
        'bsn-outside-netherlands',
        'children-age-mismatch',
        'dpo-conflict-of-interest',
        'id-copy-required',
      ]),
    );
  });

  it('finds retention left to a third party, and data kept with no end', async () => {
    const r = await read(`Politique de confidentialité

Durée de conservation

- Dossiers des clients : 10 ans après la fin du contrat ;
- Données de vérification anti-spam : durée de conservation définie par le prestataire, selon sa politique.

Bewaartermijn

Uitzonderingen hierop zijn e-mailgegevens, die we blijven bewaren om de mailinglijsten te beheren.
`);
    expect(findingIds(r)).toContain('retention-unspecified');
    expect(values(r.extraction.retention).map((v) => v.period)).toContain('unlimited');
  });

  it('reads sub-headings by their Markdown level and the line that describes a right', async () => {
    const r = await read(`## Privacyverklaring Voorbeeldclub

### Jouw rechten

#### 1. Gegevens inkijken

Je kan jouw gegevens op verschillende manieren raadplegen.

#### 2. Gebruik van gegevens beperken

Een aantal gegevens verwerken we op basis van het gerechtvaardigd belang van onze club. Ben je het hiermee oneens, dan kan je je daartegen verzetten.

Ben je niet tevreden? Dan kan je steeds terecht bij de Gegevensbeschermingsautoriteit.

### Welke gegevens verzamelen we?

- Naam en adres

Droit de limitation
Limiter le traitement de vos données
`);
    const topicsOf = (heading: string) => r.sections.find((s) => s.heading.includes(heading))?.topics;
    expect(topicsOf('Gegevens inkijken')).toEqual(['rights']);
    expect(topicsOf('Gebruik van gegevens')).toEqual(['rights']);
    expect(topicsOf('Limiter le traitement')).toEqual(['rights']);
    expect(values(r.extraction.rights)).toEqual(
      expect.arrayContaining(['access', 'restriction', 'objection', 'complaint']),
    );
    expect(values(r.extraction.legalBases)).toContain('legitimate_interest');
  });

  it('reads pipe tables, with or without a header row, and data headings that say "identity"', async () => {
    const r = await read(`Politique de confidentialité

1. Responsable du traitement

Le responsable du traitement de vos données personnelles est :

Exemple Voyages

Numéro d'entreprise (BCE)
BE 0403.170.701

2. Données collectées

Informations d'identité
- Nom et prénom
- Adresse email

3. Durée de conservation

Données de réservation | 3 ans après la prestation
Données comptables | 10 ans (obligation légale)
Données de contact (newsletter) | Jusqu'à désinscription

4. Data we keep

| Data | Retention |
|---|---|
| Invoices | 7 years |
`);
    expect(r.extraction.organisation.name?.value).toBe('Exemple Voyages');
    expect(r.extraction.organisation.enterpriseNumber?.value.number).toBe('0403.170.701');
    expect(r.sections.find((s) => s.heading.startsWith('Informations d'))?.topics).toEqual(['data']);
    expect(values(r.extraction.dataCategories)).toEqual(expect.arrayContaining(['Name', 'EmailAddress']));
    expect(values(r.extraction.retention).map((v) => v.period)).toEqual(
      expect.arrayContaining(['P3Y', 'P10Y', 'until_withdrawn', 'P7Y']),
    );
    expect(r.tables.at(-1)?.header).toEqual(['Data', 'Retention']);
  });

  it('reads data "we receive" outside a data section, and the reader\'s own platform account as data', async () => {
    const r = await read(`Privacy Policy

1. Who we are

Example Studio B.V. is the controller.

2. Contact form

When you use the contact form, we receive the name, email address and message you provide. When you book, we receive your Instagram handle.

3. Legal basis

For analytics cookies we rely on your consent. For enquiries we process your data to take the step you have asked us to take.

4. Retention

Raw audio messages are automatically deleted within 7 days. Analytics data are retained by the provider in line with its standard retention period.
`);
    expect(r.sections.find((s) => s.heading === '2. Contact form')?.topics).not.toContain('identity');
    expect(values(r.extraction.dataCategories)).toEqual(
      expect.arrayContaining(['Name', 'EmailAddress', 'Communication', 'SocialMedia']),
    );
    expect(values(r.extraction.subprocessors)).not.toContain('Instagram');
    expect(values(r.extraction.legalBases)).toEqual(expect.arrayContaining(['consent', 'contract']));
    expect(values(r.extraction.retention).map((v) => v.period)).toContain('P7D');
  });

  it('does not read a conditional "continue to retain" as unlimited, nor a parent\'s consent as a basis', async () => {
    const r = await read(`Privacy statement

Retention

We are entitled to continue to retain your personal data where necessary for the defence of legal claims.

Children

Our website does not intend to collect data about visitors under 16. Unless they have the consent of their parents.
`);
    expect(values(r.extraction.retention).map((v) => v.period)).not.toContain('unlimited');
    expect(values(r.extraction.legalBases)).not.toContain('consent');
  });

  it('sees purposes without a basis when bases are named only in passing, and one period with "no longer than necessary"', async () => {
    const r = await read(`# Privacyverklaring

## Waarom Voorbeeldpraktijk persoonsgegevens nodig heeft

Voorbeeldpraktijk verwerkt uw persoonsgegevens om contact met u op te nemen en om u te begeleiden.

## Hoe lang Voorbeeldpraktijk persoonsgegevens bewaart

Ik bewaar uw persoonsgegevens niet langer dan strikt nodig is. Vanaf het einde van de zorg moet ik het dossier vijftien jaar bewaren.

## Deelt Voorbeeldpraktijk uw persoonsgegevens met anderen

Ik verstrek uitsluitend aan derden als dit nodig is voor de uitvoering van mijn overeenkomst met u of om te voldoen aan een wettelijke verplichting.
`);
    expect(r.sections.find((s) => s.heading.startsWith('## Deelt'))?.topics).toContain('recipients');
    expect(values(r.extraction.legalBases)).toEqual(expect.arrayContaining(['contract', 'legal_obligation']));
    expect(findingIds(r)).toEqual(expect.arrayContaining(['missing-legal-basis', 'retention-unspecified']));
  });

  it('sees template instructions, empty fields and French consent by browsing, but not B2B prospecting with consent where required', async () => {
    const r = await read(`Politique de confidentialité

1. Parties

EXEMPLE (ci-après le « Responsable du Traitement »)
// AJOUTER UNE ADDRESSE
Mail :
Téléphone :

2. Finalités

- prospection B2B et communication commerciale : intérêt légitime ou consentement lorsque requis.

3. Cookies

En utilisant le Site Internet, l'Utilisateur marque expressément son accord avec la gestion des cookies.
`);
    const placeholder = r.findings.find((f) => f.id === 'placeholder-text');
    expect(placeholder?.sentence).toBe('// AJOUTER UNE ADDRESSE');
    expect(findingIds(r)).toContain('consent-by-browsing');
    expect(findingIds(r)).not.toContain('marketing-without-consent');
    const empty = await importStatement({
      bytes: new TextEncoder().encode('Contact\n\nMail :\nTéléphone :\n\nNous traitons vos données.\n'),
      fileName: 'test.txt',
      lang: 'fr',
    });
    expect(findingIds(empty)).toContain('placeholder-text');
    const filled = await importStatement({
      bytes: new TextEncoder().encode('Contact\n\nTelephone:\n+32 2 123 45 67\n'),
      fileName: 'test.txt',
      lang: 'en',
    });
    expect(findingIds(filled)).not.toContain('placeholder-text');
  });

  it("sees a template's sample identifiers and addresses, but not real ones", async () => {
    const sample = (line: string, lang: 'nl' | 'fr' | 'en') =>
      importStatement({
        bytes: new TextEncoder().encode(`Contact\n\n${line}\n\nWe verwerken je gegevens.\n`),
        fileName: 'test.txt',
        lang,
      }).then(findingIds);
    expect(await sample('Kamer van Koophandel: 12345678', 'nl')).toContain('placeholder-text');
    expect(await sample('Numéro d’entreprise (BCE) : BE 0123.456.789', 'fr')).toContain('placeholder-text');
    expect(await sample('VAT: NL000000000B01', 'en')).toContain('placeholder-text');
    expect(await sample('E-mail: privacy@voorbeeld.nl', 'nl')).toContain('placeholder-text');
    expect(await sample('KvK-nummer: 61234567', 'nl')).not.toContain('placeholder-text');
    expect(await sample('Ondernemingsnummer: 0403.170.701', 'nl')).not.toContain('placeholder-text');
    expect(await sample('Telefoon: 012 34 56 78', 'nl')).not.toContain('placeholder-text');
  });

  it('reads "we use algorithms for:" under an automated-decision heading, and human intervention alone is not enough', async () => {
    const r = await read(`## 9. Geautomatiseerde besluitvorming

Wij gebruiken algoritmes voor:

- Job matching
- Prijsberekeningen

U kunt altijd menselijke tussenkomst vragen.
`);
    expect(r.extraction.automatedDecisions?.value).toBe(true);
    expect(findingIds(r)).toContain('adm-without-safeguards');
    const explained = await read(`## Geautomatiseerde besluitvorming

Wij gebruiken algoritmes voor prijsberekeningen. De logica: de prijs volgt uit het aantal uren. U kunt altijd menselijke tussenkomst vragen.
`);
    expect(findingIds(explained)).not.toContain('adm-without-safeguards');
  });

  it('names providers given in brackets after their service, keeps cookie wildcards, and reads sharing required by law', async () => {
    const r = await read(`Politique de confidentialité

Destinataires

Les données sont traitées par des sous-traitants techniques : hébergement (Exemplehost), téléphonie IA (Vocalo), automatisation (n8n), CRM (Fichier et Tablo). Ils sont établis dans l'Union européenne (Belgique).

Elles ne sont communiquées à des tiers que dans le cadre d'obligations légales.

Cookies

- _ga_* : distingue les sessions (2 ans)
`);
    expect(values(r.extraction.subprocessors)).toEqual(
      expect.arrayContaining(['Exemplehost', 'Vocalo', 'n8n', 'Fichier', 'Tablo']),
    );
    expect(values(r.extraction.subprocessors)).not.toContain('Belgique');
    expect(values(r.extraction.recipientTypes)).toContain('legal_authority');
    expect(values(r.extraction.cookies)).toContain('_ga_*');
  });

  it('reads cookie names and categories from the cells of a cookie table, and "continued use" as consent', async () => {
    const r = await read(`Privacy policy

Cookies and similar technologies

Name | Set by | Purpose | Duration | Consent
example-auth.session-token | Example (first-party) | Keeps you signed in. | Session | Strictly necessary
Preferences | Example | Remembers your language. | 1 year | Strictly necessary

Changes

Continued use of the app after changes constitutes acceptance where permitted by law.
`);
    expect(values(r.extraction.cookies)).toEqual(['example-auth.session-token']);
    expect(values(r.extraction.cookieCategories)).toContain('strictly_necessary');
    expect(findingIds(r)).toContain('consent-by-browsing');
    const nl = await read(`Privacyverklaring

Als u ervoor kiest om onze Service te gebruiken, stemt u in met het verzamelen en gebruiken van informatie in verband met dit beleid. Wij verwerken uw naam en e-mailadres.
`);
    expect(findingIds(nl)).toContain('consent-by-browsing');
  });

  it('names an organisation without a legal form by what it says of itself, over a provider named late', async () => {
    const subject = await read(`Privacyverklaring

Fanfare de Hoop Oostdorp hecht veel waarde aan de bescherming van uw persoonsgegevens.

Wij delen gegevens met Voorbeeldhosting BV, die onze website host.
`);
    expect(subject.extraction.organisation.name?.value).toBe('Fanfare de Hoop Oostdorp');
    const chez = await importStatement({
      bytes: new TextEncoder().encode(
        'Politique de confidentialité\n\nChez ATELIER NOVA, nous protégeons vos données.\n',
      ),
      fileName: 'test.txt',
      lang: 'fr',
    });
    expect(chez.extraction.organisation.name?.value).toBe('ATELIER NOVA');
    const by = await read(`Privacyverklaring

Deze verklaring geldt voor de verwerking door Puzzelkamer-Zuid, gevestigd aan Dorpsstraat 1, 1234 AB Ergens.
`);
    expect(by.extraction.organisation.name?.value).toBe('Puzzelkamer-Zuid');
    const labelled = await read(`Privacybeleid

1. Wie zijn wij?

Bedrijfsnaam: Jansen Banden

${'Wij verwerken uw gegevens zorgvuldig. '.repeat(40)}

2. Ontvangers

Wij gebruiken diensten van een analyseplatform. Voorbeeld Analytics LLC: voor statistieken. Voorbeeld Analytics LLC: voor zoekopdrachten.
`);
    expect(labelled.extraction.organisation.name?.value).toBe('Jansen Banden');
    const lower = await read(`Privacy policy

We encourage you to review the privacy policy of each provider you enable.
`);
    expect(lower.extraction.organisation.name).toBeUndefined();
  });

  it('reads a processor agreement: the organisation is the processor, its data table and its breach notice', async () => {
    const r = await read(`# VERWERKERSOVEREENKOMST

## Partijen

Verwerkingsverantwoordelijke ("Klant"): de klant die de dienst afneemt.

Verwerker ("Rekenhulp"):

Rekenhulp B.V.
KvK-nummer: 90412387

## Artikel 1 - Definities

1.1 Datalek: een inbreuk op de beveiliging.

## Artikel 2 - Onderwerp en duur

2.1 Rekenhulp verwerkt gegevens zolang de hoofdovereenkomst loopt.

## Artikel 3 - Soorten Persoonsgegevens en categorieën betrokkenen

Categorie | Voorbeelden
Identificatiegegevens | Naam, bedrijfsnaam
Contactgegevens | E-mailadres, telefoonnummer

## Artikel 4 - Datalekken

4.1 Rekenhulp informeert Klant zonder onredelijke vertraging, en in elk geval binnen 24 uur, nadat Rekenhulp kennis heeft gekregen van een Datalek.

## Bijlage: Sub-verwerkers

Voorbeeldwolk B.V. host de dienst als sub-verwerker.

Namens Rekenhulp B.V. (Verwerker):
`);
    expect(values(r.extraction.roles)).toEqual(['processor']);
    // The organisation signing as processor is not its own sub-processor.
    expect(values(r.extraction.subprocessors)).toEqual(['Voorbeeldwolk B.V.']);
    expect(r.sections.find((s) => s.heading.includes('Onderwerp'))?.topics).toEqual([]);
    expect(values(r.extraction.dataCategories)).toEqual(
      expect.arrayContaining(['Name', 'EmailAddress', 'TelephoneNumber']),
    );
    expect(r.extraction.breachNoticeToController?.value).toBe('PT24H');
    // A statement that uses a processor is the controller speaking.
    const statement = await read(`Privacyverklaring

Als Voorbeeldclub zijn wij verantwoordelijk voor de verwerking van je persoonsgegevens. Zo maken wij gebruik van een derde partij (verwerker) voor onze ledenadministratie.
`);
    expect(values(statement.extraction.roles)).toEqual(['controller']);
  });

  it('reads kinds of data under a data heading, a legal-basis heading, complaints in the plural and invoices kept 7 years in Belgium', async () => {
    const r = await read(`Privacybeleid - Voorbeeld Banden

1. Wie zijn wij?

Bedrijfsnaam: Voorbeeld Banden
Ondernemingsnummer: BE 0403.170.701

2. Welke gegevens verzamelen wij?

Contactgegevens
- Naam en voornaam
- Telefoonnummer

3. Rechtsbasis verwerking

- Wettelijke verplichting: voor de facturatie

4. Hoe lang bewaren wij uw gegevens?

Gegevens | Termijn
Factuurgegevens | 7 jaar

5. Contact & Klachten

Voor klachten kunt u contact opnemen met de Gegevensbeschermingsautoriteit.
`);
    expect(r.sections.find((s) => s.heading === 'Contactgegevens')?.topics).toEqual(['data']);
    expect(r.sections.find((s) => s.heading.includes('Rechtsbasis'))?.topics).toEqual(['legal_basis']);
    expect(values(r.extraction.dataCategories)).toEqual(expect.arrayContaining(['Name', 'TelephoneNumber']));
    expect(values(r.extraction.rights)).toContain('complaint');
    expect(findingIds(r)).toContain('fiscal-retention-outdated');
  });

  it('reads an address written against harvesters, and using the site as acceptance of the policy', async () => {
    const fr = (text: string) =>
      importStatement({ bytes: new TextEncoder().encode(text), fileName: 'test.txt', lang: 'fr' });
    const r = await fr(`Politique de confidentialité

Nous sommes Exemple & Co. Vous pouvez nous contacter par courriel (admin(at)exemple-vins.be).

L'utilisation de ce site vaut acceptation de notre politique de confidentialité.
`);
    expect(r.extraction.organisation.email?.value).toBe('admin@exemple-vins.be');
    expect(findingIds(r)).toContain('consent-by-browsing');
    const visiting = await fr(
      'Consentement\n\nEn visitant le Site, vous reconnaissez accepter sans réserve les dispositions de la présente Politique.\n',
    );
    expect(findingIds(visiting)).toContain('consent-by-browsing');
    const asked = await fr(
      "Consentement\n\nL'utilisation de ce site ne vaut pas acceptation des cookies : nous vous le demandons.\n",
    );
    expect(findingIds(asked)).not.toContain('consent-by-browsing');
  });

  it('names the Dutch authority under its old name without calling it the outdated Belgian commission', async () => {
    const r = await read(`Data processing agreement

The Client has notified the Data Protection Authority ("College Bescherming Persoonsgegevens") where required. Voorbeeld B.V. processes personal data on behalf of the Client in the Netherlands.
`);
    expect(r.extraction.authority?.value).toBe('NL-AP');
    expect(findingIds(r)).not.toContain('authority-outdated-name');
  });

  it('reads data kept in the EEA, a statement that mentions its processor agreement, bases said plainly and a deletion deadline', async () => {
    const r = await read(`Voorbeeldplan Privacy Notice

Voorbeeldplan BV runs a planning app. When our customers upload staff data, we process it on their behalf as a processor under our Data Processing Agreement; the customer is the controller for that data.

Why we use it

We keep billing data because the law requires us to keep our accounting records. We send product news only if you opted in.

How long we keep it

After you close your account, we delete your data within 90 days.

Your rights

We answer requests within 30 days; for complex requests we may need up to two further months.

Where your data are

We process your data only within the European Economic Area.
`);
    expect(values(r.extraction.roles)).toEqual(['controller', 'processor']);
    expect(values(r.extraction.legalBases)).toEqual(expect.arrayContaining(['legal_obligation', 'consent']));
    expect(values(r.extraction.retention).map((x) => x.period)).toContain('P90D');
    expect(r.extraction.requestExtension?.value).toBe('P2M');
    expect(r.extraction.transfersOutsideEea?.value).toBe(false);
    const nl = await read(
      'Privacyverklaring\n\nWij verkopen kaas aan consumenten. Wij geven geen gegevens door aan landen buiten de Europese Economische Ruimte.\n',
    );
    expect(nl.extraction.transfersOutsideEea?.value).toBe(false);
  });

  it('names a provider a service is routed through or measured with, a DPO by initials, and an ID card shown but not copied', async () => {
    const r = await read(`Politique de confidentialité du Cabinet Exemple

Qui reçoit vos données ?

Les rendez-vous en ligne passent par Rendezvo. Nous transmettons les données de facturation à votre mutualité.

Vos droits

Nous donnons suite à votre demande dans les 30 jours. Pour vérifier votre identité, nous pouvons vous demander de présenter votre carte d'identité au cabinet ; nous n'en faisons pas de copie.
`);
    expect(values(r.extraction.subprocessors)).toContain('Rendezvo');
    expect(r.extraction.idCopyRequired?.value).toBe(false);
    const cookies = await read(`Privacyverklaring Voorbeeldwinkel

Cookies

Met je toestemming meten wij hoeveel bezoekers onze pagina's bekijken en via welke pagina ze binnenkomen, met Matomo, waarbij we je IP-adres inkorten. De cookie van Hotjar wordt door Hotjar zelf geplaatst.
`);
    expect(values(cookies.extraction.subprocessors)).toEqual(['Matomo']);
    const agreement = await read(`Verwerkersovereenkomst

Voorbeeld B.V., hierna: "Verwerker". De functionaris gegevensbescherming van Verwerker is mr. J. de Wit, bereikbaar via fg@example-verwerker.nl.

Bewaartermijn

Uiterlijk drie maanden na het einde van de overeenkomst vernietigt Verwerker alle persoonsgegevens.
`);
    expect(agreement.extraction.dpo.name?.value).toBe('J. de Wit');
    expect(values(agreement.extraction.retention)).toContainEqual({ period: 'P3M', trigger: 'contract_end' });
  });

  it('reads rights by their article, a withdrawal said with a pronoun, "dans le mois" and an unlabelled Belgian number', async () => {
    const r = await read(`Politique de vie privée de l'Atelier Exemple

Qui est responsable ?

Atelier Exemple SRL, BE 1234.567.005, rue de l'Exemple 1, 1000 Bruxelles.

Vos droits

Droit à l'information selon l'article 15 du RGPD. Vous pouvez recevoir vos données dans un format lisible. Le traitement de votre adresse e-mail repose sur votre consentement. Vous pouvez le retirer quand vous le souhaitez. Nous traitons votre demande dans le mois.
`);
    expect(r.sections.find((s) => s.heading === 'Qui est responsable ?')?.topics).toContain('identity');
    expect(r.extraction.organisation.enterpriseNumber?.value.number).toBe('1234.567.005');
    expect(values(r.extraction.rights)).toEqual(expect.arrayContaining(['access', 'portability', 'withdraw_consent']));
    expect(r.extraction.requestDeadline?.value).toBe('P1M');
  });

  it('reads what a cookie section says is recorded, hours under a retention heading, an exception to a negation and a DPO named in the next sentence', async () => {
    const r = await read(`Privacyverklaring Voorbeeldportaal

Welke gegevens verwerken wij?

- Naam: Voor herkenning binnen het portaal
- E-mailadres: om je te bereiken

Cookies

Bij elk bezoek registreert de website je IP-adres en je browsertype. Matomo zet daarvoor _pk_id en _pk_ses.

Hoe lang bewaren wij je gegevens?

Je chatbericht verdwijnt twee uur na je laatste bericht. Gegevens worden niet permanent opgeslagen.

Delen met anderen

Wij geven je gegevens niet aan derden door, tenzij dit wettelijk verplicht is bij een gerechtelijk onderzoek. Voor de nieuwsbrief vragen wij je toestemming; deze toestemming kan ten allen tijde ingetrokken worden.

Functionaris

Voorbeeldportaal beschikt over een functionaris voor gegevensbescherming. Je kan deze functionaris contacteren via toezicht@voorbeeld-portaal.be.
`);
    expect(r.extraction.organisation.name?.value ?? '').not.toMatch(/^Voor herkenning/);
    expect(values(r.extraction.dataCategories)).toContain('IPAddress');
    expect(values(r.extraction.cookies)).toEqual(expect.arrayContaining(['_pk_id', '_pk_ses']));
    const periods = values(r.extraction.retention).map((x) => x.period);
    expect(periods).toContain('PT2H');
    expect(periods).not.toContain('unlimited');
    expect(values(r.extraction.recipientTypes)).toContain('legal_authority');
    expect(values(r.extraction.rights)).toContain('withdraw_consent');
    expect(r.extraction.dpo.email?.value).toBe('toezicht@voorbeeld-portaal.be');
    expect(r.extraction.dpo.name).toBeUndefined();
  });
});
