import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import bpart from '../../../examples/bpart.yaml?raw';
import bsmart from '../../../examples/bsmart.yaml?raw';
import vandenbroele from '../../../examples/vandenbroele.yaml?raw';
import { CLEAN_REGISTER_INPUT } from '../../../test/fixtures/register/clean-register.js';
import { parseYamlFast, UNSUPPORTED } from './yaml-fast.parse.js';

/** The fast reader must either agree with the `yaml` package or decline. */
function expectAgreement(text: string): boolean {
  const fast = parseYamlFast(text);
  if (fast === UNSUPPORTED) {
    return false;
  }
  expect(fast).toEqual(parse(text));
  return true;
}

describe('parseYamlFast', () => {
  it('reads every example exactly like yaml, anchors included', () => {
    expect(expectAgreement(bpart)).toBe(true);
    expect(expectAgreement(bsmart)).toBe(true);
    expect(expectAgreement(vandenbroele)).toBe(true);
  });

  it('resolves scalars like the YAML 1.2 core schema', () => {
    const text =
      'a: 1\nb: "1"\nc: true\nd: ~\ne: yes\nf: 0736\ng: \'it\'\'s\'\nh: [x, "y, z", 3]\ni: { k: v, n: null }\nj:\nk: 1.5\nl: |\n  block\n';
    expect(expectAgreement(text)).toBe(true);
    expect(parseYamlFast(text)).toMatchObject({ a: 1, b: '1', c: true, d: null, e: 'yes', f: 736, g: "it's", j: null });
  });

  it('handles lists of maps, nested lists, lists at the key indent and comments', () => {
    const text =
      '# head\nlist:\n- a: 1\n  b: [x]\n- - nested\n  - more\n-\n  deep: x # note\nother:\n  - plain text, with comma\n';
    expect(expectAgreement(text)).toBe(true);
  });

  it('declines duplicate keys, several documents and broken syntax, so yaml reports them with a line', () => {
    // ' ---' is a document marker to js-yaml and the scalar "---" to yaml: roots that are not mappings go to yaml.
    for (const text of ['a: 1\na: 2\n', 'a: 1\n---\nb: 2\n', 'a: [1,\n', 'a: b: c\n', ' ---', '- a\n', 'text\n']) {
      expect(parseYamlFast(text), text).toBe(UNSUPPORTED);
    }
  });

  it('agrees with yaml on generated registers in block and flow style', () => {
    const tricky = fc.string({
      unit: fc.constantFrom(
        'a',
        'Z',
        ' ',
        ':',
        '#',
        ',',
        "'",
        '"',
        '[',
        ']',
        '{',
        '}',
        '-',
        '?',
        '&',
        '*',
        '!',
        '|',
        '>',
        '%',
        '@',
        '`',
        '1',
        '.',
        'é',
        '\\',
      ),
      maxLength: 12,
    });
    fc.assert(
      fc.property(fc.array(tricky, { minLength: 1, maxLength: 6 }), fc.integer({ min: 0, max: 3 }), (texts, style) => {
        const input = structuredClone(CLEAN_REGISTER_INPUT) as Record<string, unknown>;
        input.notes = texts;
        input.labels = Object.fromEntries(texts.map((t, i) => [`k${i}`, { nl: t, n: i, t: i % 2 === 0 }]));
        const text = stringify(input, {
          collectionStyle: style === 1 ? 'flow' : 'any',
          defaultStringType: style === 2 ? 'QUOTE_SINGLE' : style === 3 ? 'QUOTE_DOUBLE' : 'PLAIN',
        });
        expectAgreement(text);
      }),
      { numRuns: 400 },
    );
  });

  it('agrees with yaml on arbitrary small documents whenever it answers', () => {
    const line = fc.string({
      unit: fc.constantFrom('a', 'b', ':', ' ', '-', '#', ',', '[', ']', '{', '}', "'", '"', '1', '\n'),
      maxLength: 40,
    });
    fc.assert(
      fc.property(line, (text) => {
        let reference: unknown;
        try {
          reference = parse(text, { uniqueKeys: true, strict: true });
        } catch {
          // yaml rejects it: the fast reader must decline too (or the caller's fallback reports the error).
          expect(parseYamlFast(text)).toBe(UNSUPPORTED);
          return;
        }
        const fast = parseYamlFast(text);
        if (fast !== UNSUPPORTED) {
          expect(fast).toEqual(reference);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
