import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentence.split.js';

const sentencesOf = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits on sentence ends before a capital', () => {
    expect(sentencesOf('Wij bewaren gegevens. U kunt ze inzien! Vragen? Mail ons.')).toEqual([
      'Wij bewaren gegevens.',
      'U kunt ze inzien!',
      'Vragen?',
      'Mail ons.',
    ]);
  });

  it('does not split after abbreviations, in decimals, e-mail addresses or URLs', () => {
    const text = 'Zie bv. Art. 6 AVG en nr. 5 van 7.5 euro, e.g. Google, via info@example.be of www.example.be. Einde.';
    expect(sentencesOf(text)).toEqual([
      'Zie bv. Art. 6 AVG en nr. 5 van 7.5 euro, e.g. Google, via info@example.be of www.example.be.',
      'Einde.',
    ]);
  });

  it('keeps spans that cover every non-space character exactly once', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('Wij', 'bv.', 'art.', '6', 'Gegevens.', 'U', 'kunt', '?', 'e.g.', 'x@y.be', '.'), {
          maxLength: 40,
        }),
        (words) => {
          const text = words.join(' ');
          const spans = splitSentences(text);
          let last = 0;
          for (const s of spans) {
            expect(s.start).toBeGreaterThanOrEqual(last);
            expect(s.end).toBeGreaterThan(s.start);
            last = s.end;
          }
          expect(
            spans
              .map((s) => text.slice(s.start, s.end))
              .join('')
              .replace(/\s/g, ''),
          ).toBe(text.replace(/\s/g, ''));
        },
      ),
    );
  });
});
