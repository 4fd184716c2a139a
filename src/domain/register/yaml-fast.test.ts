import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import bpart from '../../../examples/bpart.yaml?raw';
import bsmart from '../../../examples/bsmart.yaml?raw';
import vandenbroele from '../../../examples/vandenbroele.yaml?raw';
import { CLEAN_REGISTER_INPUT } from '../../../test/fixtures/register/clean-register.js';
import { MAX_ALIAS_COUNT, parseYamlFast, UNSUPPORTED } from './yaml-fast.parse.js';

/** The fast reader must either agree with the `yaml` package or decline. */
function expectAgreement(text: string): boolean {
  const fast = parseYamlFast(text);
  if (fast === UNSUPPORTED) {
    return false;
  }
  expect(fast).toEqual(parse(text, { maxAliasCount: MAX_ALIAS_COUNT }));
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

  it('declines what yaml\'s alias limit would refuse ("billion laughs"), so yaml reports it', () => {
    const laughs = (levels: number) => {
      let text = 'a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n';
      for (let i = 1; i <= levels; i++) {
        text += `a${i}: &a${i} [${Array(9)
          .fill(`*a${i - 1}`)
          .join(', ')}]\n`;
      }
      return text;
    };
    const yamlRefuses = (text: string) =>
      expect(() => parse(text, { maxAliasCount: MAX_ALIAS_COUNT })).toThrow(/alias/i);
    // 9 × 9 × 9 aliases: within the limit, and read exactly like yaml reads it.
    expect(expectAgreement(laughs(3))).toBe(true);
    // One level more is past yaml's limit: declined, before any walk crosses the graph; 20 levels are 1.2e19 nodes.
    for (const levels of [4, 6, 20]) {
      expect(parseYamlFast(laughs(levels))).toBe(UNSUPPORTED);
      yamlRefuses(laughs(levels));
    }
    // One recipients list shared by 500 purposes is fine; by 1,001 it is past the limit for both.
    const shared = (n: number) =>
      `r: &r [{ name: x, country: BE }]\np:\n${Array.from({ length: n }, (_, i) => `  - { id: p${i}, to: *r }`).join('\n')}\n`;
    expect(expectAgreement(shared(500))).toBe(true);
    expect(parseYamlFast(shared(1001))).toBe(UNSUPPORTED);
    yamlRefuses(shared(1001));
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
