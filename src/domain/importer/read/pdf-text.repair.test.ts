import { describe, expect, it } from 'vitest';
import { joinBrokenLines, removePageFurniture, repairLigatures } from './pdf-text.repair.js';

describe('PDF text repair', () => {
  it('restores words whose ligature was decoded as another letter', () => {
    expect(repairLigatures('Wij hebben verplichfingen. De verplichtingen zijn wettelijk.')).toBe(
      'Wij hebben verplichtingen. De verplichtingen zijn wettelijk.',
    );
    expect(repairLigatures('Wij verwerken informafie.')).toBe('Wij verwerken informatie.');
  });

  it('leaves correct words alone', () => {
    expect(repairLigatures('Profiel en fietsen.')).toBe('Profiel en fietsen.');
  });

  it('joins hyphenated words and broken lines', () => {
    expect(joinBrokenLines('de verwer-\nking van\ngegevens.\nNieuwe zin.')).toBe(
      'de verwerking van gegevens.\nNieuwe zin.',
    );
  });

  it('removes repeated page headers and page numbers', () => {
    const pages = [1, 2, 3].map((n) => `Privacyverklaring Voorbeeld BV\nTekst van pagina ${n}.\nPagina ${n} van 3`);
    expect(removePageFurniture(pages)).toEqual(['Tekst van pagina 1.', 'Tekst van pagina 2.', 'Tekst van pagina 3.']);
  });
});
