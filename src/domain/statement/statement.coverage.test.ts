import { describe, expect, it } from 'vitest';
import type { Register } from '../register/register.schema.js';
import { rightsOffered } from './privacy.rights.js';
import { renderStatement, STATEMENT_LANGUAGES, STATEMENT_TEXTS } from './statement.render.js';
import { EXAMPLE_TEXTS, exampleRegister, GOLDEN_LINKS } from './statement.test-fixtures.js';
import { toPlainText } from './statement.text.js';
import type { Block, Inline, StatementDocument, StatementLang } from './statement.types.js';

/*
 * Coverage: everything the register holds that Art. 13/14 requires appears in the statement, in the right place,
 * and nothing the register does not hold does. Expected phrases are written here by hand, not derived from the
 * renderer's own texts, where the wording itself is the point (retention in words).
 */

const EXAMPLES = Object.keys(EXAMPLE_TEXTS);

function runsText(runs: readonly Inline[]): string {
  return runs.map((r) => r.text).join('');
}

function blockText(block: Block): string {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
      return runsText(block.content);
    case 'list':
      return block.items.map(runsText).join('\n');
    case 'definitions':
      return block.items.map((i) => `${i.term}: ${runsText(i.description)}`).join('\n');
    case 'table':
      return [block.caption, ...block.rows.map((row) => row.map(runsText).join(' | '))].join('\n');
  }
}

function section(doc: StatementDocument, id: string) {
  return doc.sections.find((s) => s.id === id);
}

function sectionText(doc: StatementDocument, id: string): string {
  return (section(doc, id)?.blocks ?? []).map(blockText).join('\n');
}

/** The text under each h3 of the purposes section, keyed by the heading. */
function purposeTexts(doc: StatementDocument): Map<string, string> {
  const result = new Map<string, string>();
  let current: string | undefined;
  for (const block of section(doc, 'purposes')?.blocks ?? []) {
    if (block.kind === 'heading') {
      current = runsText(block.content);
      result.set(current, '');
    } else if (current !== undefined) {
      result.set(current, `${result.get(current)}\n${blockText(block)}`);
    }
  }
  return result;
}

function name(text: Record<string, string | undefined>, lang: StatementLang): string {
  return text[lang] ?? text.en ?? text.nl ?? text.fr ?? '';
}

/** Retention rules of the examples in words, per language, written by hand (Art. 13(2)(a)). */
const RETENTION_WORDS: Record<string, Record<StatementLang, string>> = {
  'P1Y collected': {
    en: '1 year after we collect them',
    nl: '1 jaar nadat we ze verzameld hebben',
    fr: '1 an après leur collecte',
  },
  'P5Y collected': {
    en: '5 years after we collect them',
    nl: '5 jaar nadat we ze verzameld hebben',
    fr: '5 ans après leur collecte',
  },
  'P13M collected': {
    en: '13 months after we collect them',
    nl: '13 maanden nadat we ze verzameld hebben',
    fr: '13 mois après leur collecte',
  },
  'P3M collected': {
    en: '3 months after we collect them',
    nl: '3 maanden nadat we ze verzameld hebben',
    fr: '3 mois après leur collecte',
  },
  'P52M collected': {
    en: '52 months after we collect them',
    nl: '52 maanden nadat we ze verzameld hebben',
    fr: '52 mois après leur collecte',
  },
  'P7Y contract_end': {
    en: '7 years after the end of the contract',
    nl: '7 jaar na het einde van de overeenkomst',
    fr: '7 ans après la fin du contrat',
  },
  'P10Y contract_end': {
    en: '10 years after the end of the contract',
    nl: '10 jaar na het einde van de overeenkomst',
    fr: '10 ans après la fin du contrat',
  },
  'P7Y last_activity': {
    en: '7 years after your last activity',
    nl: '7 jaar na je laatste activiteit',
    fr: '7 ans après votre dernière activité',
  },
  'until_withdrawn unsubscribed': {
    en: 'until you unsubscribe',
    nl: 'tot je je afmeldt',
    fr: 'jusqu’à votre désinscription',
  },
};

const BASIS_WORDS: Record<string, Record<StatementLang, string>> = {
  consent: { en: 'consent', nl: 'toestemming', fr: 'consentement' },
  contract: { en: 'contract', nl: 'overeenkomst', fr: 'contrat' },
  legal_obligation: { en: 'legal obligation', nl: 'wettelijke verplichting', fr: 'obligation légale' },
  legitimate_interest: { en: 'legitimate interest', nl: 'gerechtvaardigd belang', fr: 'intérêt légitime' },
};

function appliesTo(rule: Register['retention'][number], purpose: Register['purposes'][number]): boolean {
  return (
    rule.purposes.includes(purpose.id) ||
    (rule.purposes.length === 0 && rule.data_categories.some((c) => purpose.data_categories.includes(c)))
  );
}

function privacy(register: Register, lang: StatementLang, links = true): StatementDocument {
  return renderStatement(register, { lang, kind: 'privacy', ...(links ? { links: GOLDEN_LINKS } : {}) });
}

describe('statement coverage: what the register holds appears', () => {
  for (const example of EXAMPLES) {
    for (const lang of STATEMENT_LANGUAGES) {
      it(`${example} ${lang}: every purpose with its legal basis, interest and retention`, () => {
        const register = exampleRegister(example);
        const purposes = purposeTexts(privacy(register, lang));
        // After the purposes, one more sub-heading may list retention rules that no purpose shows.
        const other = STATEMENT_TEXTS[lang].purposes.otherRetention;
        const orphans = register.retention.filter((rule) => !register.purposes.some((p) => appliesTo(rule, p)));
        expect([...purposes.keys()]).toEqual([
          ...register.purposes.map((p) => name(p.name, lang)),
          ...(orphans.length > 0 ? [other] : []),
        ]);
        for (const purpose of register.purposes) {
          const text = (purposes.get(name(purpose.name, lang)) ?? '').toLowerCase();
          if (purpose.legal_basis) {
            expect(text).toContain(BASIS_WORDS[purpose.legal_basis]?.[lang]);
          }
          if (purpose.legitimate_interest) {
            expect(text).toContain(name(purpose.legitimate_interest, lang).toLowerCase());
          }
          for (const rule of register.retention.filter((r) => appliesTo(r, purpose))) {
            const words = RETENTION_WORDS[`${rule.duration} ${rule.from}`]?.[lang];
            expect(words, `retention ${rule.id} has hand-written words`).toBeDefined();
            expect(text).toContain(words?.toLowerCase());
          }
        }
      });

      it(`${example} ${lang}: every recipient, right and the authority`, () => {
        const register = exampleRegister(example);
        const doc = privacy(register, lang);
        const text = toPlainText(doc);
        for (const recipient of register.recipients) {
          expect(text).toContain(recipient.name ?? name(recipient.category ?? {}, lang));
        }
        const rights = sectionText(doc, 'rights');
        for (const right of rightsOffered(register)) {
          expect(rights).toContain(STATEMENT_TEXTS[lang].rights.names[right]);
        }
        const complaint = sectionText(doc, 'complaint');
        expect(complaint).toContain(
          register.organisation.country === 'BE' ? 'contact@apd-gba.be' : 'autoriteitpersoonsgegevens.nl',
        );
        expect(JSON.stringify(section(doc, 'rights'))).toContain(GOLDEN_LINKS.requests);
      });

      it(`${example} ${lang}: every cookie in exactly one table row, and no other rows`, () => {
        const register = exampleRegister(example);
        const doc = renderStatement(register, { lang, kind: 'cookies' });
        const rows = doc.sections.flatMap((s) =>
          s.blocks.flatMap((b) => (b.kind === 'table' ? b.rows.map((row) => runsText(row[0] ?? [])) : [])),
        );
        expect(rows.sort()).toEqual(register.cookies.map((c) => c.name).sort());
      });
    }
  }

  it('names the DPO, the Privacy Shield transfers and the children’s age when the register has them', () => {
    const vdb = privacy(exampleRegister('vandenbroele'), 'nl');
    expect(sectionText(vdb, 'dpo')).toContain('dpo@vandenbroele.be');
    const bsmart = privacy(exampleRegister('bsmart'), 'nl');
    expect(sectionText(bsmart, 'transfers')).toContain('Google Analytics (Verenigde Staten)');
    expect(sectionText(bsmart, 'transfers')).toContain('privacyschild');
    expect(sectionText(bsmart, 'children')).toContain('jonger dan 16 jaar');
    expect(sectionText(bsmart, 'rights')).toContain('Bezwaar tegen direct marketing');
  });
});

describe('statement coverage: nothing the register does not hold', () => {
  const bpart = exampleRegister('bpart');

  it('has no DPO, transfer, automated-decision or children section without them in the register', () => {
    for (const lang of STATEMENT_LANGUAGES) {
      const ids = privacy(bpart, lang).sections.map((s) => s.id);
      expect(ids).not.toContain('dpo');
      expect(ids).not.toContain('transfers');
      expect(ids).not.toContain('automated-decisions');
      expect(ids).not.toContain('children');
    }
  });

  it('has no marketing objection, withdrawal or cookie pointer when no purpose is marketing or consent', () => {
    const vdb = exampleRegister('vandenbroele');
    const doc = privacy(vdb, 'en');
    expect(sectionText(doc, 'rights')).not.toContain('direct marketing');
    expect(sectionText(doc, 'rights')).not.toContain('Withdrawing consent');
    expect(sectionText(doc, 'rights')).not.toContain('Objection');
    expect(doc.sections.map((s) => s.id)).not.toContain('cookies');
    const cookies = renderStatement(vdb, { lang: 'en', kind: 'cookies' });
    expect(cookies.sections.flatMap((s) => s.blocks).some((b) => b.kind === 'table')).toBe(false);
    expect(toPlainText(cookies)).toContain('does not use cookies');
  });

  it('links to nothing without links, and has no version section without a date or link', () => {
    const doc = privacy(bpart, 'en', false);
    expect(toPlainText(doc)).not.toContain('request page');
    expect(doc.sections.map((s) => s.id)).not.toContain('version');
  });

  it('has no security section without security in the register', () => {
    const { security: _, ...withoutSecurity } = bpart;
    expect(privacy(withoutSecurity, 'en').sections.map((s) => s.id)).not.toContain('security');
  });

  it('adds a transfer only for recipients outside the EEA, with their safeguard', () => {
    const register: Register = {
      ...bpart,
      recipients: [
        ...bpart.recipients,
        {
          id: 'ch-host',
          name: 'Swiss Host AG',
          role: 'processor',
          purposes: ['communication'],
          data_categories: [],
          country: 'CH',
          transfer: { mechanism: 'adequacy' },
        },
        {
          id: 'de-host',
          name: 'German Host GmbH',
          role: 'processor',
          purposes: ['communication'],
          data_categories: [],
          country: 'DE',
        },
      ],
    };
    const transfers = sectionText(privacy(register, 'en'), 'transfers');
    expect(transfers).toContain('Swiss Host AG (Switzerland): the European Commission has decided');
    expect(transfers).not.toContain('German Host');
  });

  it('explains an automated decision with its logic, significance and safeguards only when there is one', () => {
    const register: Register = {
      ...bpart,
      purposes: bpart.purposes.map((p) =>
        p.id === 'customer-orders'
          ? {
              ...p,
              automated_decision: {
                solely_automated: true,
                basis: 'contract',
                logic: { en: 'A credit score from payment history.' },
                significance: { en: 'A low score means payment in advance.' },
                safeguards: ['human_intervention', 'contest'],
              },
            }
          : p,
      ),
    };
    const text = sectionText(privacy(register, 'en'), 'automated-decisions');
    expect(text).toContain('A credit score from payment history.');
    expect(text).toContain('A low score means payment in advance.');
    expect(text).toContain('ask for a person to look at the decision and contest the decision');
  });

  it('takes the authority from the country unless the register overrides it', () => {
    const byId: Register = {
      ...bpart,
      organisation: { ...bpart.organisation, supervisory_authority: { id: 'NL-AP' } },
    };
    expect(sectionText(privacy(byId, 'nl'), 'complaint')).toContain('Autoriteit Persoonsgegevens (AP)');
    const custom: Register = {
      ...bpart,
      organisation: {
        ...bpart.organisation,
        supervisory_authority: { name: 'Lead Authority', email: 'lead@authority.example' },
      },
    };
    const text = sectionText(privacy(custom, 'en'), 'complaint');
    expect(text).toContain('Lead Authority');
    expect(text).toContain('lead@authority.example');
    expect(text).not.toContain('Drukpersstraat');
    const unknown: Register = { ...bpart, organisation: { ...bpart.organisation, country: 'LU' } };
    expect(sectionText(privacy(unknown, 'en'), 'complaint')).toContain('country where you live or work');
  });
});

describe('statement coverage: every retention rule is told', () => {
  it('shows a rule whose data no purpose names under "other retention periods", and only then', () => {
    const register = exampleRegister('bpart');
    const extra: Register['retention'][number] = {
      id: 'orphan',
      purposes: [],
      data_categories: ['bank-account'],
      duration: 'P3Y',
      from: 'collected',
      action: 'delete',
    };
    // The category exists but no purpose uses it: no purpose section can show the rule.
    const withOrphan: Register = {
      ...register,
      purposes: register.purposes.map((p) => ({
        ...p,
        data_categories: p.data_categories.filter((id) => id !== 'bank-account'),
      })),
      retention: [...register.retention, extra],
    };
    for (const lang of STATEMENT_LANGUAGES) {
      const heading = STATEMENT_TEXTS[lang].purposes.otherRetention;
      expect(toPlainText(privacy(register, lang))).not.toContain(heading);
      const purposes = sectionText(privacy(withOrphan, lang), 'purposes');
      expect(purposes).toContain(heading);
      expect(purposes.slice(purposes.indexOf(heading))).toMatch(/3/);
    }
  });
});
