import { type Document, isMap, isNode, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';

export type PathSegment = string | number;

/** Formats a path as the lint and the parser print it: `purposes[2].legal_basis`. */
export function formatPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') {
      out += `[${segment}]`;
    } else {
      out += out.length === 0 ? String(segment) : `.${String(segment)}`;
    }
  }
  return out;
}

/** Splits `purposes[2].legal_basis` into `['purposes', 2, 'legal_basis']`. */
export function parsePath(path: string): PathSegment[] {
  const segments: PathSegment[] = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (match[2] !== undefined) {
      segments.push(Number(match[2]));
    } else if (match[1] !== undefined) {
      segments.push(match[1]);
    }
  }
  return segments;
}

export interface ParsedText {
  doc: Document.Parsed;
  lineCounter: LineCounter;
}

/** Parses YAML (or JSON, a subset of YAML) keeping node ranges for line/column look-ups. */
export function parseText(text: string): ParsedText {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  return { doc, lineCounter };
}

/**
 * The node at `segments`, or the deepest existing ancestor; with `keyOf`, the key node of the last map entry
 * (used to point at an unknown or misspelt key rather than its value).
 */
export function findNode(doc: Document.Parsed, segments: readonly PropertyKey[], keyOf = false): Node | undefined {
  let node: unknown = doc.contents;
  let found: Node | undefined = isNode(node) ? node : undefined;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) {
        return found;
      }
      if (keyOf && i === segments.length - 1 && isNode(pair.key)) {
        return pair.key;
      }
      node = pair.value;
      // A block map or list starts on the line after its key; point at the key, where a reader looks.
      if ((isMap(node) || isSeq(node)) && !node.flow && isNode(pair.key)) {
        found = pair.key;
        continue;
      }
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment];
    } else {
      return found;
    }
    if (isNode(node)) {
      found = node;
    } else {
      return found;
    }
  }
  return found;
}

/** Line and column (1-based) of a node's start. */
export function nodePosition(node: Node | undefined, lineCounter: LineCounter): { line: number; column: number } {
  const offset = node?.range?.[0] ?? 0;
  const pos = lineCounter.linePos(offset);
  return { line: pos.line, column: pos.col };
}

let cache: { text: string; parsed: ParsedText } | undefined;

/**
 * Maps a register path (as in lint findings: `purposes[2].legal_basis`) to the line and column where it is written,
 * or where its nearest written ancestor is. Undefined when the text does not parse.
 */
export function locateRegisterPath(text: string, path: string): { line: number; column: number } | undefined {
  if (cache?.text !== text) {
    cache = { text, parsed: parseText(text) };
  }
  const { doc, lineCounter } = cache.parsed;
  if (doc.errors.length > 0) {
    return undefined;
  }
  const node = findNode(doc, parsePath(path));
  return node ? nodePosition(node, lineCounter) : undefined;
}
