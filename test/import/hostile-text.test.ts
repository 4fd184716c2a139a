import { afterAll, describe, expect, it } from 'vitest';
import { createImportRunner } from '../../src/modules/import-runner.js';

/**
 * Texts that made the importer's regular expressions backtrack: each took from several seconds to hours before
 * they were hardened (docs/import.md, "Hostile documents"), and takes about 0.1 s now. Each runs in the import
 * worker, whose deadline (10 s here, a wide margin) turns a regression into a failure instead of a hung run: a
 * test timeout cannot interrupt a regular expression. Not a benchmark (`npm run bench -- import` measures speed).
 */
const STATEMENT =
  'Privacyverklaring. Wij verwerken uw naam en e-mailadres om onze diensten te leveren. U heeft het recht op ' +
  'inzage binnen een maand. Wij bewaren uw gegevens 7 jaar.\n\n';

const CASES: Record<string, string> = {
  'one 200,000-letter word (e-mail pattern)': 'a'.repeat(200_000),
  'a 200,000-space run (trailing spaces)': `a${' '.repeat(200_000)}b`,
  'capitals in pairs (company names)': 'BE'.repeat(100_000),
  'digits and dots': '1.'.repeat(100_000),
  'hyphenated capitals (street names)': `À '${'-B-e-N'.repeat(10_000)}`,
  'one sentence with 10,000 durations (end-anchored cues)': 'Wij bewaren uw gegevens 7 jaar, '.repeat(10_000),
  'hyphens and letters (domain names)': '-a'.repeat(100_000),
  'a table row that is never closed (pipe tables)': `|${'a '.repeat(100_000)}`,
  'cells without end (pipe tables)': 'a | '.repeat(50_000),
  'brackets in a processor sentence (names in brackets)': `Onze verwerkers: ${'(Aa, Bb) '.repeat(20_000)}`,
};

describe('the importer on hostile text', () => {
  const runner = createImportRunner({ timeoutMs: 10_000, now: () => new Date() });
  afterAll(() => runner.close());

  for (const [name, text] of Object.entries(CASES)) {
    it(`reads ${name} without backtracking`, { timeout: 30_000 }, async () => {
      const view = await runner.run({
        bytes: new TextEncoder().encode(`${STATEMENT}${text}\n\n${STATEMENT}`),
        fileName: 'hostile.txt',
        lang: 'nl',
      });
      expect(view.language).toBe('nl');
      expect(view.text.length).toBeGreaterThan(text.length / 2);
    });
  }
});
