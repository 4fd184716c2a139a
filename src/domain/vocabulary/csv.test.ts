import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv, parseCsvRecords, writeCsv } from './csv.parse.js';

describe('parseCsv', () => {
  it('keeps commas, doubled quotes and line breaks inside quoted fields', () => {
    const rows = parseCsv('"a","b, c","say ""hi""","two\nlines"\r\nx,y,,z\n');
    expect(rows).toEqual([
      ['a', 'b, c', 'say "hi"', 'two\nlines'],
      ['x', 'y', '', 'z'],
    ]);
  });

  it('maps records by header', () => {
    expect(parseCsvRecords('term,label\n"Name","Name, full"\n')).toEqual([{ term: 'Name', label: 'Name, full' }]);
  });

  it('round-trips any table through writeCsv', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'b', ',', '"', '\n', ' ', 'é') });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (rows) => {
        expect(parseCsv(writeCsv(rows))).toEqual(rows);
      }),
    );
  });
});
