import { describe, expect, it } from 'vitest';
import en from './en.json';
import fr from './fr.json';
import nl from './nl.json';

type Catalog = { [key: string]: string | Catalog };

/** Every key of a catalog as a dotted path, with its value. */
function flatten(catalog: Catalog, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(catalog)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') {
      entries.set(path, value);
    } else {
      for (const [k, v] of flatten(value, path)) {
        entries.set(k, v);
      }
    }
  }
  return entries;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? '').sort();
}

const catalogs = { nl: flatten(nl), fr: flatten(fr), en: flatten(en) };
const reference = catalogs.en;

describe('admin UI translation catalogs', () => {
  for (const [language, catalog] of Object.entries(catalogs)) {
    it(`${language} has exactly the keys of en`, () => {
      expect([...catalog.keys()].sort()).toEqual([...reference.keys()].sort());
    });

    it(`${language} has no empty values`, () => {
      const empty = [...catalog].filter(([, value]) => value.trim() === '').map(([key]) => key);
      expect(empty).toEqual([]);
    });

    it(`${language} uses the same {{placeholders}} as en`, () => {
      for (const [key, value] of reference) {
        expect(placeholders(catalog.get(key) ?? ''), key).toEqual(placeholders(value));
      }
    });
  }
});
