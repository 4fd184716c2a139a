import { describe, expect, it } from 'vitest';
import { isAppError } from '../../errors.js';
import { importStatement, MAX_IMPORT_BYTES } from './index.js';

const bytes = (text: string) => new TextEncoder().encode(text);
const STATEMENT = `Privacyverklaring

Voorbeeld Bakkerij BV, ondernemingsnummer 0712.345.630, is verantwoordelijk voor de verwerking van je gegevens.

Welke gegevens verzamelen wij?

- je naam en e-mailadres;
- je telefoonnummer.

Hoe lang bewaren wij je gegevens?

Wij bewaren je gegevens 7 jaar voor de fiscale verplichtingen. Nieuwsbriefgegevens bewaren we tot je je uitschrijft.

Je rechten

Je hebt het recht op inzage en verwijdering. Je kunt een klacht indienen bij de Gegevensbeschermingsautoriteit.
`;

async function errorOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the import to fail');
}

describe('importStatement', () => {
  it('extracts elements traced to their sentence', async () => {
    const result = await importStatement({ bytes: bytes(STATEMENT), fileName: 'voorbeeld.txt' });
    expect(result.language).toBe('nl');
    expect(result.country).toBe('BE');
    expect(result.eval.data_categories).toEqual(expect.arrayContaining(['Name', 'EmailAddress', 'TelephoneNumber']));
    expect(result.eval.retention).toEqual(['P7Y', 'until_withdrawn']);
    expect(result.eval.findings).toContain('fiscal-retention-outdated');
    const seven = result.extraction.retention[0];
    expect(seven && result.text.slice(seven.span.start, seven.span.end)).toBe('7 jaar');
    expect(seven?.sentence).toContain('fiscale');
    expect(seven?.confidence).toBeGreaterThan(0);
    expect(result.extraction.organisation.enterpriseNumber?.value.valid).toBe(true);
  });

  it('reads HTML without navigation, scripts or footer', async () => {
    const html = `<html><body><nav>Menu Cookies Mailchimp</nav><script>var x = "Google Analytics";</script><main><h1>Privacy</h1><p>${STATEMENT.replace(/\n/g, ' ')}</p></main><footer>Lorem ipsum</footer></body></html>`;
    const result = await importStatement({ bytes: bytes(html), fileName: 'p.html' });
    expect(result.text).not.toContain('Mailchimp');
    expect(result.text).not.toContain('Google Analytics');
    expect(result.eval.findings).not.toContain('placeholder-text');
  });

  it('refuses empty, binary, oversized and German input with a clear error', async () => {
    expect(
      isAppError(await errorOf(importStatement({ bytes: new Uint8Array(), fileName: 'e.txt' })), 'validation_failed'),
    ).toBe(true);
    const binary = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3]);
    expect(isAppError(await errorOf(importStatement({ bytes: binary, fileName: 'x.png' })), 'unprocessable')).toBe(
      true,
    );
    const huge = await errorOf(importStatement({ bytes: new Uint8Array(MAX_IMPORT_BYTES + 1), fileName: 'big.txt' }));
    expect(isAppError(huge, 'validation_failed')).toBe(true);
    const german =
      'Wir verarbeiten Ihre Daten und die Daten werden nicht an Dritte weitergegeben. Sie haben das Recht auf Auskunft, und wir sind für die Verarbeitung verantwortlich. Die Daten werden auf unseren Servern gespeichert.';
    const error = await errorOf(importStatement({ bytes: bytes(german), fileName: 'de.txt' }));
    expect(isAppError(error, 'unprocessable')).toBe(true);
    expect((error as Error).message).toBe('German is not supported; Dijk reads Dutch, French and English.');
  });

  it('refuses a PDF without a text layer and a fake PDF', async () => {
    const fake = await errorOf(importStatement({ bytes: bytes('not really a pdf'), fileName: 'x.pdf' }));
    expect(isAppError(fake, 'unprocessable')).toBe(true);
    const broken = await errorOf(importStatement({ bytes: bytes('%PDF-1.4\n%%EOF'), fileName: 'scan.pdf' }));
    expect(isAppError(broken, 'unprocessable')).toBe(true);
  });
});
