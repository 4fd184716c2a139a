import { describe, expect, it } from 'vitest';
import { parseRegister } from '../../register/index.js';
import { importStatement } from '../import.service.js';
import { type DraftRegister, draftRegister, kebabId, shorten } from './draft-register.js';
import { splitPath } from './draft-yaml.js';

// Invented organisations and data only.
const COMPLETE_NL = `Privacyverklaring van Voorbeeld Fietsen BV

Voorbeeld Fietsen BV, Kerkstraat 5, 2000 Antwerpen, ondernemingsnummer 0451.355.351, is verantwoordelijk voor de verwerking van uw persoonsgegevens.

Contact

E-mail: privacy@voorbeeld-fietsen.example
Telefoon: 03 123 45 67

Welke gegevens verwerken wij?

Wij verwerken uw naam, uw e-mailadres en uw telefoonnummer op basis van uw toestemming.
Voor de uitvoering van de overeenkomst verwerken wij uw adres.

Bewaartermijn

Wij bewaren uw adres 5 jaar na het einde van de overeenkomst.

Uw rechten

U heeft recht op inzage, verbetering en verwijdering. U kunt uw verzoek mailen naar privacy@voorbeeld-fietsen.example. Wij antwoorden binnen één maand.
U kunt een klacht indienen bij de Gegevensbeschermingsautoriteit.
`;

const SPARSE_EN = `Privacy notice of Example Widgets Ltd

We care about your privacy. Questions? Mail hello@example-widgets.example.

Cookies

Our website sets the cookies _wsession and _wprefs.

Your rights

To access your data you must send us a copy of your identity card with your request.
Children under 13 may not use our services.
`;

async function draft(text: string, fileName = 'statement.txt'): Promise<DraftRegister> {
  const result = await importStatement({ bytes: new TextEncoder().encode(text), fileName });
  return draftRegister(result, { now: new Date('2026-02-01T00:00:00Z') });
}

/** Every leaf path of a plain object, in register path notation. */
function leafPaths(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) {
    return value.flatMap((v, i) => leafPaths(v, `${path}[${i}]`));
  }
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => leafPaths(v, path ? `${path}.${k}` : k));
  }
  return [path];
}

function valueAt(register: Record<string, unknown>, path: string): unknown {
  let current: unknown = register;
  for (const segment of splitPath(path)) {
    current = (current as Record<string | number, unknown> | undefined)?.[segment];
  }
  return current;
}

describe('draftRegister', () => {
  it('drafts a complete small statement into a register that parses', async () => {
    const d = await draft(COMPLETE_NL);
    expect(d.problems).toEqual([]);
    const parsed = parseRegister(d.yaml, 'draft.yaml');
    expect(parsed.ok).toBe(true);
    expect(d.register.organisation).toMatchObject({
      legal_name: 'Voorbeeld Fietsen BV',
      address: { street: 'Kerkstraat 5', postal_code: '2000', city: 'Antwerpen', country: 'BE' },
      country: 'BE',
      enterprise_number: '0451.355.351',
      email: 'privacy@voorbeeld-fietsen.example',
      languages: ['nl'],
    });
    const purposes = d.register.purposes as { id: string; legal_basis: string; data_categories?: string[] }[];
    expect(purposes.map((p) => p.legal_basis).sort()).toEqual(['consent', 'contract']);
    expect(purposes.find((p) => p.legal_basis === 'consent')?.data_categories).toEqual([
      'name',
      'email-address',
      'telephone-number',
    ]);
    expect(d.register.retention).toEqual([
      expect.objectContaining({ duration: 'P5Y', from: 'contract_end', data_categories: ['physical-address'] }),
    ]);
    expect(d.register.rights).toMatchObject({ response_deadline: 'P1M' });
    // The lint runs on the draft and reports what the statement leaves open.
    expect(d.findings.length).toBeGreaterThan(0);
  });

  it('gives every drafted element a source, and every source points at a drafted element', async () => {
    for (const text of [COMPLETE_NL, SPARSE_EN]) {
      const d = await draft(text);
      const sourced = new Set(d.sources.map((s) => s.path));
      for (const leaf of leafPaths(d.register)) {
        if (leaf === 'version') {
          continue;
        }
        const segments = splitPath(leaf);
        const covered = segments.some((_, i) =>
          sourced.has(
            segments
              .slice(0, i + 1)
              .map((s, j) => (typeof s === 'number' ? `[${s}]` : j === 0 ? s : `.${s}`))
              .join(''),
          ),
        );
        expect(covered, `${leaf} has no source`).toBe(true);
      }
      for (const source of d.sources) {
        expect(valueAt(d.register, source.path), source.path).toBeDefined();
        expect(source.span.end).toBeGreaterThanOrEqual(source.span.start);
        expect(source.confidence).toBeGreaterThan(0);
        expect(source.confidence).toBeLessThanOrEqual(1);
      }
    }
  });

  it('invents nothing: what the statement does not say stays out, with a TODO, and the lint or schema reports it', async () => {
    const d = await draft(SPARSE_EN);
    expect(d.register.purposes).toBeUndefined();
    expect(d.register.retention).toBeUndefined();
    expect((d.register.organisation as Record<string, unknown>).address).toBeUndefined();
    expect(d.yaml).toMatch(/# TODO: purposes:/);
    expect(d.yaml).toMatch(/# TODO: retention:/);
    expect(d.yaml).toMatch(/# TODO: address:/);
    expect(d.problems.map((p) => p.path)).toContain('organisation.address');
    // Cookies come with their names only; provider, party, duration and purpose are reported missing.
    expect((d.register.cookies as { name: string }[]).map((c) => c.name)).toEqual(['_wsession', '_wprefs']);
    expect(d.problems.some((p) => p.path.startsWith('cookies[0]'))).toBe(true);
  });

  it('drafts an ID-copy demand and the children age for the country', async () => {
    const d = await draft(
      `${SPARSE_EN}\nWe are established in Belgium and you can complain to the Belgian Data Protection Authority (APD).`,
    );
    expect(d.register.rights).toMatchObject({ identity_verification: { method: 'id_copy' } });
    expect(d.register.children).toEqual({ min_age: { BE: 13 } });
    expect(d.sources.map((s) => s.path)).toContain('children.min_age.BE');
  });

  it('quotes the source sentence above each element in the YAML', async () => {
    const d = await draft(COMPLETE_NL);
    expect(d.yaml).toMatch(/# "Wij bewaren uw adres 5 jaar na het einde van de overeenkomst\." \(0\.\d\d\)\n\s+- id:/);
    expect(d.yaml).toMatch(/^# Register drafted by the Dijk importer on 2026-02-01/);
    expect(d.yaml).toMatch(/legal_name: Voorbeeld Fietsen BV/);
  });
});

describe('draft helpers', () => {
  it('makes kebab ids and short quotes', () => {
    expect(kebabId('EmailAddress')).toBe('email-address');
    expect(kebabId('legal_obligation')).toBe('legal-obligation');
    expect(kebabId('Société Générale')).toBe('societe-generale');
    expect(shorten('a '.repeat(100), 20).length).toBeLessThanOrEqual(20);
  });
});
