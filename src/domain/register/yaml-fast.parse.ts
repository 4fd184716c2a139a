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
  return hasNullKey(value) ? UNSUPPORTED : value;
}

/**
 * A null mapping key (`: x`, `~: x`) becomes "null" in js-yaml and "" in `yaml`; no register has one, so such a
 * text is left to `yaml`, which reports it.
 */
function hasNullKey(root: unknown): boolean {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) {
      stack.push(...value);
    } else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (key === 'null' || key === '') {
          return true;
        }
        stack.push(child);
      }
    }
  }
  return false;
}
