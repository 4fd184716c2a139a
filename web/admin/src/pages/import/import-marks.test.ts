import { describe, expect, it } from 'vitest';
import { markRange, markText } from './import-marks';

const text = 'Wij zijn Bakkerij BV. Wij bewaren bestellingen 7 jaar. Klachten bij de Privacycommissie.';

describe('markText', () => {
  it('marks each span and cuts the text into plain runs and marks that add up to the text', () => {
    const name = text.indexOf('Bakkerij BV');
    const years = text.indexOf('7 jaar');
    const { marks, segments, markOf } = markText(
      text,
      [{ span: { start: name, end: name + 11 } }, { span: { start: years, end: years + 6 } }],
      [],
    );
    expect(marks.map((mark) => text.slice(mark.start, mark.end))).toEqual(['Bakkerij BV', '7 jaar']);
    expect(segments.map((segment) => segment.text).join('')).toBe(text);
    expect(markOf.get('source-0')).toBe('import-mark-1');
    expect(markOf.get('source-1')).toBe('import-mark-2');
  });

  it('merges overlapping spans of elements and findings into one mark that names them all', () => {
    const at = text.indexOf('bestellingen 7 jaar');
    const years = text.indexOf('7 jaar');
    const { marks, markOf } = markText(
      text,
      [{ span: { start: at, end: at + 19 } }, { span: { start: years, end: years + 6 } }],
      [{ span: { start: years, end: years + 1 } }],
    );
    expect(marks).toHaveLength(1);
    expect(marks[0]?.refs.sort()).toEqual(['finding-0', 'source-0', 'source-1']);
    expect(markOf.get('finding-0')).toBe(marks[0]?.id);
  });

  it('keeps touching spans apart and skips elements without a span', () => {
    const { marks } = markText(text, [{ span: { start: 0, end: 3 } }, { span: { start: 3, end: 8 } }, {}], [{}]);
    expect(marks).toHaveLength(2);
  });
});

describe('markRange', () => {
  it('narrows a span wider than its sentence to the sentence', () => {
    const sentence = 'Wij bewaren bestellingen 7 jaar.';
    const range = markRange(text, { span: { start: 0, end: text.length }, sentence });
    expect(range && text.slice(range.start, range.end)).toBe(sentence);
  });

  it('clamps spans to the text and drops empty ones', () => {
    expect(markRange(text, { span: { start: text.length - 3, end: text.length + 40 } })).toEqual({
      start: text.length - 3,
      end: text.length,
    });
    expect(markRange(text, { span: { start: 5, end: 5 } })).toBeUndefined();
  });
});
