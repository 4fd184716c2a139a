import { describe, expect, it } from 'vitest';
import { cleanRegister } from '../../../test/fixtures/register/clean-register.js';
import { diffRegisters } from './register.diff.js';

function kinds(changes: ReturnType<typeof diffRegisters>) {
  return changes.map((c) => [c.kind, c.material]);
}

describe('diffRegisters', () => {
  it('finds nothing between identical registers', () => {
    expect(diffRegisters(cleanRegister(), cleanRegister())).toEqual([]);
  });

  it('classifies a new purpose as material, a removed one as not', () => {
    const to = cleanRegister();
    to.purposes.push({
      id: 'profiling',
      name: { nl: 'Profilering', en: 'Profiling' },
      legal_basis: 'consent',
      data_subjects: [],
      data_categories: [],
    });
    const added = diffRegisters(cleanRegister(), to);
    expect(kinds(added)).toEqual([['purpose-added', true]]);
    expect(added[0]?.summary).toEqual({
      nl: 'Nieuw doel: Profilering (rechtsgrond: toestemming)',
      en: 'New purpose: Profiling (legal basis: consent)',
      fr: 'Nouvelle finalité : Profiling (base juridique : consentement)',
    });
    expect(kinds(diffRegisters(to, cleanRegister()))).toEqual([['purpose-removed', false]]);
  });

  it('marks a changed legal basis and a new data category for a purpose as material', () => {
    const to = cleanRegister();
    const support = to.purposes[2];
    if (support) {
      support.legal_basis = 'consent';
      support.data_categories.push('health');
    }
    const changes = diffRegisters(cleanRegister(), to);
    expect(kinds(changes)).toEqual([
      ['legal-basis-changed', true],
      ['data-category-added', true],
    ]);
    expect(changes[1]?.summary.en).toBe('Support now also uses: Physical Health [Art. 9]');
  });

  it('marks a longer retention as material and a shorter one as not', () => {
    const longer = cleanRegister();
    const shorter = cleanRegister();
    const set = (r: typeof longer, duration: string) => {
      const rule = r.retention.find((x) => x.id === 'support');
      if (rule) {
        rule.duration = duration;
      }
    };
    set(longer, 'P3Y');
    set(shorter, 'P1Y');
    expect(kinds(diffRegisters(cleanRegister(), longer))).toEqual([['retention-longer', true]]);
    expect(kinds(diffRegisters(cleanRegister(), shorter))).toEqual([['retention-changed', false]]);
    expect(diffRegisters(cleanRegister(), longer)[0]?.summary.en).toBe('Longer retention (support): P2Y → P3Y');
  });

  it('reports a new recipient outside the EEA as a new recipient and a new transfer', () => {
    const to = cleanRegister();
    to.recipients.push({
      id: 'crm',
      name: 'CRM Inc.',
      role: 'processor',
      purposes: ['orders'],
      data_categories: [],
      country: 'US',
      transfer: { mechanism: 'scc', scc_module: 2 },
      agreement: 'DPA',
    });
    expect(kinds(diffRegisters(cleanRegister(), to))).toEqual([
      ['recipient-added', true],
      ['transfer-added', true],
    ]);
  });

  it('reports a recipient moving its processing out of the EEA', () => {
    const to = cleanRegister();
    const host = to.recipients[0];
    if (host) {
      host.country = 'IN';
      host.transfer = { mechanism: 'scc', scc_module: 2 };
    }
    expect(kinds(diffRegisters(cleanRegister(), to))).toEqual([['transfer-added', true]]);
  });

  it('treats a new marketing cookie as material and a new necessary cookie as not', () => {
    const to = cleanRegister();
    to.cookies.push(
      {
        name: '_ads',
        provider: 'Ads',
        party: 'third',
        category: 'marketing',
        duration: 'P3M',
        purpose: { en: 'Ads' },
        consent_purpose: 'analytics',
      },
      {
        name: 'csrf',
        provider: 'Us',
        party: 'first',
        category: 'strictly_necessary',
        duration: 'session',
        purpose: { en: 'Security' },
      },
    );
    expect(kinds(diffRegisters(cleanRegister(), to))).toEqual([
      ['cookie-added', true],
      ['cookie-added', false],
    ]);
  });

  it('announces a new sub-processor (Art. 28(2))', () => {
    const to = cleanRegister();
    to.recipients.push({
      id: 'sub2',
      name: 'Sub2 BV',
      role: 'sub_processor',
      purposes: [],
      data_categories: [],
      country: 'BE',
      agreement: 'x',
    });
    to.processor_activities[0]?.sub_processors.push('sub2');
    expect(kinds(diffRegisters(cleanRegister(), to))).toEqual([
      ['recipient-added', true],
      ['sub-processor-added', true],
    ]);
  });
});
