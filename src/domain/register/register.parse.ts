import type { z } from 'zod';
import { findNode, formatPath, nodePosition, parseText } from './register.locate.js';
import { suggest } from './register.references.js';
import { type Register, RegisterSchema, unstorableInRegister } from './register.schema.js';
import { MAX_ALIAS_COUNT, parseYamlFast, UNSUPPORTED } from './yaml-fast.parse.js';

/** One thing wrong with a register file, located for an editor or a terminal. */
export interface RegisterProblem {
  file: string;
  line: number;
  column: number;
  /** The register path, e.g. `purposes[2].legal_basis`; empty for a syntax error. */
  path: string;
  message: string;
  expected?: string;
  /** "Did you mean" — the closest known key, term or id. */
  suggestion?: string;
}

type ZodNode = { _zod: { def: Record<string, unknown> & { type: string } } };

/** The sub-schema at `path`, looking through optional/default wrappers; used to list the known keys. */
function schemaAt(schema: ZodNode, path: readonly PropertyKey[]): ZodNode | undefined {
  let current: ZodNode | undefined = schema;
  let i = 0;
  while (current) {
    const def: ZodNode['_zod']['def'] = current._zod.def;
    if (['optional', 'default', 'nullable', 'prefault', 'readonly', 'nonoptional'].includes(def.type)) {
      current = def.innerType as ZodNode;
      continue;
    }
    if (def.type === 'pipe') {
      current = def.in as ZodNode;
      continue;
    }
    if (i >= path.length) {
      return current;
    }
    const segment = path[i++];
    if (def.type === 'object') {
      current = (def.shape as Record<string, ZodNode>)[String(segment)];
    } else if (def.type === 'array') {
      current = def.element as ZodNode;
    } else if (def.type === 'record') {
      current = def.valueType as ZodNode;
    } else {
      return undefined;
    }
  }
  return undefined;
}

function knownKeys(path: readonly PropertyKey[]): string[] {
  const node = schemaAt(RegisterSchema as unknown as ZodNode, path);
  return node?._zod.def.type === 'object' ? Object.keys(node._zod.def.shape as object) : [];
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') {
      return undefined;
    }
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

function describeIssue(issue: z.core.$ZodIssue, data: unknown): Omit<RegisterProblem, 'file' | 'line' | 'column'>[] {
  const path = formatPath(issue.path);
  const input = valueAt(data, issue.path);
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const suggestion = suggest(key, knownKeys(issue.path));
        return {
          path: formatPath([...issue.path, key]),
          message: `unknown field "${key}"`,
          expected: `one of: ${knownKeys(issue.path).join(', ')}`,
          ...(suggestion === undefined ? {} : { suggestion }),
        };
      });
    case 'invalid_type':
      return [
        input === undefined
          ? { path, message: `missing required field "${String(issue.path.at(-1) ?? '')}"`, expected: issue.expected }
          : { path, message: `expected ${issue.expected}, got ${JSON.stringify(input)}`, expected: issue.expected },
      ];
    case 'invalid_value': {
      const values = issue.values.map(String);
      const suggestion = typeof input === 'string' ? suggest(input, values) : undefined;
      const shown = values.length > 12 ? `${values.slice(0, 12).join(', ')}, …` : values.join(', ');
      return [
        {
          path,
          message: `${JSON.stringify(input)} is not allowed here`,
          expected: `one of: ${shown}`,
          ...(suggestion === undefined ? {} : { suggestion }),
        },
      ];
    }
    case 'invalid_union': {
      const expected = [...new Set(issue.errors.flat().map((e) => ('values' in e ? e.values.join(', ') : e.message)))];
      return [{ path, message: `${JSON.stringify(input)} is not allowed here`, expected: expected.join(' | ') }];
    }
    case 'custom': {
      const params = (issue.params ?? {}) as { expected?: string; suggestion?: string };
      return [
        {
          path,
          message: issue.message,
          ...(params.expected === undefined ? {} : { expected: params.expected }),
          ...(params.suggestion === undefined ? {} : { suggestion: params.suggestion }),
        },
      ];
    }
    default:
      return [{ path, message: issue.message }];
  }
}

/**
 * Validates data that is already parsed (an HTTP JSON body, a stored version). Problems carry the path but no
 * position (line and column 0): there is no text to point into.
 */
export function validateRegister(
  data: unknown,
  file = '',
): { ok: true; register: Register } | { ok: false; problems: RegisterProblem[] } {
  const result = RegisterSchema.safeParse(data);
  if (result.success) {
    return { ok: true, register: result.data };
  }
  const problems = result.error.issues.flatMap((issue) =>
    describeIssue(issue, data).map((problem) => ({ file, line: 0, column: 0, ...problem })),
  );
  return { ok: false, problems };
}

/**
 * Fast path for valid registers: `JSON.parse` for JSON, the subset reader for plain YAML. Both are ~10× faster
 * than a YAML document with source positions; positions are only needed when something is wrong, so any problem
 * (or any YAML outside the subset) falls through to the full path.
 */
function tryFast(text: string): { ok: true; register: Register } | undefined {
  let data: unknown;
  if (text.trimStart().startsWith('{')) {
    try {
      data = JSON.parse(text);
    } catch {
      // Not valid JSON after all: the YAML path reports the problem with its position.
      return undefined;
    }
  } else {
    data = parseYamlFast(text);
    if (data === UNSUPPORTED) {
      return undefined;
    }
  }
  const result = RegisterSchema.safeParse(data);
  return result.success ? { ok: true, register: result.data } : undefined;
}

/**
 * Parses a register from YAML or JSON text and validates it. Every problem — syntax, shape, unknown key, unknown
 * id or term — comes back with file, line and column and, where possible, a "did you mean". Never throws.
 */
export function parseRegister(
  text: string,
  file: string,
): { ok: true; register: Register } | { ok: false; problems: RegisterProblem[] } {
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    // YAML forbids it and PostgreSQL cannot store it in text; the parsers would let it through into a string.
    const line = text.slice(0, nul).split('\n').length;
    const column = nul - text.lastIndexOf('\n', nul - 1);
    return {
      ok: false,
      problems: [{ file, line, column, path: '', message: unstorableInRegister('nul') }],
    };
  }
  try {
    const fast = tryFast(text);
    if (fast) {
      return fast;
    }
    const { doc, lineCounter } = parseText(text);
    if (doc.errors.length > 0) {
      return {
        ok: false,
        problems: doc.errors.map((error) => {
          const pos = lineCounter.linePos(error.pos[0]);
          return {
            file,
            line: pos.line,
            column: pos.col,
            path: '',
            message: readableSyntaxError(error.message.split('\n')[0] ?? 'syntax error'),
          };
        }),
      };
    }
    const data: unknown = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    const result = RegisterSchema.safeParse(data);
    if (result.success) {
      return { ok: true, register: result.data };
    }
    const problems = result.error.issues.flatMap((issue) =>
      describeIssue(issue, data).map((problem) => {
        const segments = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path;
        const position = nodePosition(findNode(doc, segments, issue.code === 'unrecognized_keys'), lineCounter);
        return { file, ...position, ...problem };
      }),
    );
    problems.sort((a, b) => a.line - b.line || a.column - b.column);
    return { ok: false, problems };
  } catch (error) {
    // A parser bug must not surface as a stack trace: report it as an unreadable register.
    const message = readableSyntaxError(
      error instanceof Error ? (error.message.split('\n')[0] ?? '') : 'unknown error',
    );
    return {
      ok: false,
      problems: [{ file, line: 1, column: 1, path: '', message: `could not read the register: ${message}` }],
    };
  }
}

/** A parser's message as a register's author can act on it (a stack overflow is nesting, not a bug of theirs). */
function readableSyntaxError(message: string): string {
  return /maximum call stack/i.test(message) ? 'nested too deeply to read (thousands of levels)' : message;
}
