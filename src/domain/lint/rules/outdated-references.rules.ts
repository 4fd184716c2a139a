import { outdatedReferences } from '../../legal/legal.js';
import { defineRule, type LintContext, type Report } from '../lint.types.js';

/** Reports every string in the register that contains a pattern of the outdated reference `findingId`. */
function scanTexts(ctx: LintContext, report: Report, findingId: string): void {
  const reference = outdatedReferences(ctx.now).find((r) => r.findingId === findingId);
  if (!reference) {
    return;
  }
  // One finding per object (a name and a URL of the same entry are one mistake).
  const reported = new Set<string>();
  for (const text of ctx.index.texts) {
    const parent = text.path.replace(/(\.[^.[\]]+|\[\d+\])$/, '');
    if (!reported.has(parent) && reference.patterns.some((pattern) => text.lower.includes(pattern))) {
      reported.add(parent);
      report(text.path, reference.replacement);
    }
  }
}

/** CJEU C-311/18 (Schrems II) invalidated the Privacy Shield on 16 July 2020 (LEGAL.md §9). */
export const privacyShieldInvalid = defineRule({
  id: 'privacy-shield-invalid',
  severity: 'warning',
  article: 'GDPR Art. 45, Art. 46; CJEU C-311/18 (Schrems II)',
  description: { nl: 'Privacy Shield is ongeldig', en: 'Privacy Shield is invalid' },
  message: {
    nl: 'Doorgifte steunt op het EU-VS Privacy Shield, ongeldig sinds 16 juli 2020; gebruik',
    en: 'A transfer relies on the EU-US Privacy Shield, invalid since 16 July 2020; use',
  },
  fix: {
    nl: 'Controleer of de ontvanger onder het Data Privacy Framework gecertificeerd is (mechanism: dpf) of sluit SCC’s (mechanism: scc).',
    en: 'Check the recipient’s Data Privacy Framework certification (mechanism: dpf) or sign SCCs (mechanism: scc).',
  },
  run(ctx, report) {
    ctx.register.recipients.forEach((recipient, i) => {
      if (recipient.transfer?.mechanism === 'privacy_shield') {
        report(`recipients[${i}].transfer.mechanism`, {
          nl: 'het Data Privacy Framework of standaardcontractbepalingen',
          en: 'the Data Privacy Framework or standard contractual clauses',
        });
      }
    });
    scanTexts(ctx, report, 'privacy-shield-invalid');
  },
});

/** The Belgian Privacy Commission became the GBA/APD on 25 May 2018 (LEGAL.md §9). */
export const authorityOutdatedName = defineRule({
  id: 'authority-outdated-name',
  severity: 'warning',
  article: 'GDPR Art. 13(2)(d), Art. 77; Wet van 3 december 2017',
  description: { nl: 'Verouderde naam van de toezichthouder', en: 'Outdated name of the authority' },
  message: {
    nl: 'De Privacycommissie (CBPL) bestaat sinds 25 mei 2018 niet meer; vermeld',
    en: 'The Privacy Commission (CBPL) no longer exists since 25 May 2018; name',
  },
  fix: {
    nl: 'Laat organisation.supervisory_authority weg (Dijk leidt de GBA af) of vul de GBA in.',
    en: 'Drop organisation.supervisory_authority (Dijk derives the GBA) or fill in the GBA.',
  },
  run(ctx, report) {
    scanTexts(ctx, report, 'authority-outdated-name');
  },
});

/** The EU ODR platform closed on 20 July 2025 (Regulation (EU) 2024/3228). */
export const odrPlatformDiscontinued = defineRule({
  id: 'odr-platform-discontinued',
  severity: 'warning',
  article: 'Regulation (EU) 2024/3228',
  description: { nl: 'ODR-platform bestaat niet meer', en: 'ODR platform discontinued' },
  message: {
    nl: 'Het Europese ODR-platform is op 20 juli 2025 gesloten; verwijs naar',
    en: 'The EU ODR platform closed on 20 July 2025; refer to',
  },
  fix: {
    nl: 'Verwijder de verwijzing naar het ODR-platform uit organisation.dispute_resolution.',
    en: 'Remove the ODR platform from organisation.dispute_resolution.',
  },
  run(ctx, report) {
    scanTexts(ctx, report, 'odr-platform-discontinued');
  },
});

export const outdatedReferenceRules = [privacyShieldInvalid, authorityOutdatedName, odrPlatformDiscontinued];
