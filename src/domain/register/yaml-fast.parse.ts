import { load } from 'js-yaml';

/**
 * The fast path for reading a register: js-yaml, whose default is the YAML 1.2 core schema like the `yaml`
 * package's, reads a 650 KB register about ten times faster than `yaml` (~22 ms against ~250 ms on this project's
 * 2-core machines), which the 200 ms validate-and-lint budget needs. The `yaml` package stays the reference and
 * the only source of line and column numbers: any text js-yaml refuses (syntax errors, duplicate keys, several
 * documents) returns {@link UNSUPPORTED} and the caller parses it with `yaml`, which then reports the problem. A
 * differential property test checks that both agree whenever js-yaml answers.
 */

/** Returned when js-yaml refuses the text; parse it with the `yaml` package instead. */
export const UNSUPPORTED: unique symbol = Symbol('unsupported');

/** Reads YAML text with js-yaml, or returns {@link UNSUPPORTED}. */
export function parseYamlFast(text: string): unknown | typeof UNSUPPORTED {
  let value: unknown;
  try {
    value = load(text);
  } catch {
    return UNSUPPORTED;
  }
  // A register is a mapping. Anything else at the root is left to `yaml`: js-yaml and `yaml` disagree on such edge
  // cases (an indented " ---" is a document marker to js-yaml and a plain scalar to `yaml`).
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return UNSUPPORTED;
  }
  return inspect(value) === 'ok' ? value : UNSUPPORTED;
}

/**
 * The `maxAliasCount` of the `yaml` package when a register is read: how far aliases may multiply a document. The
 * default is 100; registers share a recipients list or a retention between many purposes, so 1000.
 */
export const MAX_ALIAS_COUNT = 1000;

/**
 * Declines what `yaml` might refuse or read differently, so that js-yaml either agrees with it or leaves the text to
 * it. Each distinct object is walked once, in document order:
 * - A null key is declined: `: x` and `~: x` give "null" in js-yaml and "" in `yaml`, and no register has one.
 * - So is `yaml`'s alias rule, with the counts of the whole document, which are never lower than the counts `yaml`
 *   has when it checks, so declining is the safe side. js-yaml resolves an alias to the anchored object itself: the
 *   first time an object is met is its anchor, every later time an alias. Once 9 aliases of 9 aliases are nested
 *   a few levels deep ("billion laughs", 300 bytes), every later walk (validation, lint) would cross the graph
 *   billions of times. `yaml` refuses such a text ("Excessive alias count").
 * - So is an alias to its own ancestor.
 *
 * Aliases of scalars cannot be seen in js-yaml's answer; they multiply nothing.
 */
function inspect(root: object): 'ok' | 'declined' {
  /** Alias uses of each anchored object. */
  const uses = new Map<object, number>();
  /** For each object: its children met for the first time, and the objects its aliases refer to. */
  const inner = new Map<object, { defined: object[]; aliased: object[] }>();
  /** Objects in the order they end (children before parents, an anchor before its aliases). */
  const ended: object[] = [];
  const stack: { node: object; parent?: object; end?: true }[] = [{ node: root }];
  while (stack.length > 0) {
    const { node, parent, end } = stack.pop() as { node: object; parent?: object; end?: true };
    if (end) {
      ended.push(node);
      continue;
    }
    const slots = parent === undefined ? undefined : inner.get(parent);
    if (inner.has(node)) {
      uses.set(node, (uses.get(node) ?? 0) + 1);
      slots?.aliased.push(node);
      continue;
    }
    slots?.defined.push(node);
    inner.set(node, { defined: [], aliased: [] });
    if (!Array.isArray(node) && Object.keys(node).some((key) => key === 'null' || key === '')) {
      return 'declined';
    }
    stack.push({ node, end: true });
    const children = (Array.isArray(node) ? (node as unknown[]) : Object.values(node)).filter(
      (c): c is object => c !== null && typeof c === 'object',
    );
    for (let i = children.length - 1; i >= 0; i--) {
      stack.push({ node: children[i] as object, parent: node });
    }
  }
  // `yaml`'s alias count of an object: the largest uses × count of an alias inside it, 1 without any.
  const aliasCount = new Map<object, number>();
  for (const node of ended) {
    const slots = inner.get(node) as { defined: object[]; aliased: object[] };
    let count = 1;
    for (const child of slots.defined) {
      count = Math.max(count, aliasCount.get(child) ?? 1);
    }
    for (const target of slots.aliased) {
      const targetCount = aliasCount.get(target);
      if (targetCount === undefined) {
        return 'declined'; // not ended before its alias: an ancestor
      }
      count = Math.max(count, (uses.get(target) ?? 0) * targetCount);
    }
    if ((uses.get(node) ?? 0) * count > MAX_ALIAS_COUNT) {
      return 'declined';
    }
    aliasCount.set(node, count);
  }
  return 'ok';
}
