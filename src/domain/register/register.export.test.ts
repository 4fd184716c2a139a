import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import committedSchema from '../../../docs/register.schema.json' with { type: 'json' };
import vandenbroele from '../../../examples/vandenbroele.yaml?raw';
import { cleanRegister } from '../../../test/fixtures/register/clean-register.js';
import { parseCsv } from '../vocabulary/csv.parse.js';
import { art30Header, art30Rows } from './art30.export.js';
import { exportRegister } from './register.export.js';
import { registerJsonSchema } from './register.json-schema.js';
import { parseRegister } from './register.parse.js';

function example() {
  const result = parseRegister(vandenbroele, 'vandenbroele.yaml');
  if (!result.ok) {
    throw new Error('example must parse');
  }
  return result.register;
}

describe('exportRegister', () => {
  it('art30-csv: a header in the chosen language and one quoted row per activity', async () => {
    const register = example();
    const csv = (await exportRegister(register, 'art30-csv', { lang: 'nl' })) as string;
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual(art30Header('nl'));
    expect(rows[0]).toContain('Bewaartermijnen');
    expect(rows).toHaveLength(1 + register.purposes.length + register.processor_activities.length);
    expect(rows.slice(1)).toEqual(art30Rows(register, 'nl'));
    const processorRow = rows.find((r) => r[4] === 'application-hosting');
    expect(processorRow?.[0]).toBe('30(2)');
    expect(processorRow?.[10]).toContain('[Art. 9]');
    expect(rows.find((r) => r[4] === 'invoicing')?.[13]).toBe(
      '10 jaar vanaf het einde van de overeenkomst (WIB 92 art. 315; BTW-Wetboek art. 60 §4)',
    );
  });

  it('art30-xlsx: a zip (XLSX) workbook', async () => {
    const xlsx = await exportRegister(example(), 'art30-xlsx', { lang: 'fr' });
    expect(xlsx).toBeInstanceOf(Uint8Array);
    expect([...(xlsx as Uint8Array).slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  });

  it('json: parses back to the same register', async () => {
    const register = example();
    const json = (await exportRegister(register, 'json', { lang: 'en' })) as string;
    const again = parseRegister(json, 'export.json');
    expect(again.ok && again.register).toEqual(register);
  });

  it('dpv-jsonld: loads in jsonld without the network and yields hasPurpose and hasLegalBasis triples', async () => {
    const doc = JSON.parse((await exportRegister(cleanRegister(), 'dpv-jsonld', { lang: 'en' })) as string);
    const documentLoader = async (url: string): Promise<never> => {
      throw new Error(`network refused: ${url}`);
    };
    const nquads = (await jsonld.toRDF(doc, { format: 'application/n-quads', documentLoader })) as unknown as string;
    const lines = nquads.split('\n');
    const process = '<urn:dijk:voorbeeld-bv:process/orders>';
    expect(lines).toContain(`${process} <https://w3id.org/dpv#hasPurpose> <urn:dijk:voorbeeld-bv:purpose/orders> .`);
    expect(lines).toContain(
      `${process} <https://w3id.org/dpv#hasLegalBasis> <https://w3id.org/dpv/legal/eu/gdpr#A6-1-b> .`,
    );
    expect(lines).toContain(
      '<urn:dijk:voorbeeld-bv:process/care> <https://w3id.org/dpv#hasLegalBasis> <https://w3id.org/dpv/legal/eu/gdpr#A9-2-h> .',
    );
    expect(lines).toContain(
      `${process} <https://w3id.org/dpv#hasPersonalData> <https://w3id.org/dpv/pd#EmailAddress> .`,
    );
  });

  it('fides-yaml: a fideslang system with one privacy declaration per purpose', async () => {
    const register = cleanRegister();
    const doc = parseYaml((await exportRegister(register, 'fides-yaml', { lang: 'en' })) as string);
    const system = doc.system[0];
    expect(system.fides_key).toBe('voorbeeld_bv');
    expect(system.privacy_declarations).toHaveLength(register.purposes.length);
    const newsletter = system.privacy_declarations.find((d: { name: string }) => d.name === 'Newsletter');
    expect(newsletter).toMatchObject({
      data_use: 'marketing.communications.email',
      data_categories: ['user.contact.email'],
    });
    const care = system.privacy_declarations.find((d: { name: string }) => d.name === 'Care');
    expect(care.data_categories).toEqual(['user.name', 'user.health_and_medical']);
  });

  it('markdown: headings per purpose with the legal basis', async () => {
    const md = (await exportRegister(cleanRegister(), 'markdown', { lang: 'nl' })) as string;
    expect(md).toContain('# Register van verwerkingsactiviteiten — Voorbeeld BV');
    expect(md).toContain('### Bestellingen (`orders`)');
    expect(md).toContain('| Rechtsgrond | Overeenkomst (art. 6.1.b AVG) |');
  });
});

describe('registerJsonSchema', () => {
  it('matches the committed docs/register.schema.json (regenerate it when the schema changes)', () => {
    expect(registerJsonSchema()).toEqual(committedSchema);
  });

  it('lists the top-level keys and the DPV terms as an enum for autocompletion', () => {
    const schema = registerJsonSchema() as { required: string[]; properties: Record<string, unknown> };
    expect(schema.required).toEqual(['version', 'organisation', 'roles']);
    expect(JSON.stringify(schema.properties.data_categories)).toContain('"EmailAddress"');
  });
});
