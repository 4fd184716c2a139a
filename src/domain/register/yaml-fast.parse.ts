/**
 * A fast reader for the plain subset of YAML that registers are written in: block maps and lists, one-line flow
 * lists and maps, plain and quoted scalars, comments. It exists for speed only — the `yaml` package needs ~200 ms
 * for a 650 KB register on a small machine, this reader ~20 ms. Anything outside the subset (anchors, tags, block
 * scalars, multi-line flow or quoted scalars, escapes, duplicate keys, odd numbers) returns {@link UNSUPPORTED} and
 * the caller falls back to the `yaml` package, which stays the reference: a differential property test checks that
 * both agree whenever this reader answers. Scalars resolve as in the YAML 1.2 core schema, the `yaml` default.
 */

/** Returned when the text is outside the supported subset; parse it with the `yaml` package instead. */
export const UNSUPPORTED: unique symbol = Symbol('unsupported');

class Unsupported extends Error {}

function bail(): never {
  throw new Unsupported();
}

interface Line {
  indent: number;
  content: string;
}

/** Resolves a plain scalar like the YAML 1.2 core schema; rare forms (octal, hex, floats, .inf) bail out. */
function resolvePlain(text: string): unknown {
  if (text === '' || text === '~' || text === 'null' || text === 'Null' || text === 'NULL') {
    return null;
  }
  if (text === 'true' || text === 'True' || text === 'TRUE') {
    return true;
  }
  if (text === 'false' || text === 'False' || text === 'FALSE') {
    return false;
  }
  if (/^[-+]?[0-9]+$/.test(text)) {
    return text.length > 15 || /^-0+$/.test(text) ? bail() : Number(text);
  }
  if (
    /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/.test(text) ||
    /^[-+]?\.(inf|Inf|INF|nan|NaN|NAN)$/.test(text)
  ) {
    bail();
  }
  if (/^0[ox]/.test(text)) {
    bail();
  }
  return text;
}

/** Checks that a plain scalar is one the `yaml` package reads the same way; bails otherwise. */
function checkPlain(text: string, flow: boolean): string {
  if (text.length === 0) {
    return text;
  }
  const first = text[0] as string;
  if ('[]{},#&*!|>%@`\'"'.includes(first) || /^[-?:](\s|$)/.test(text) || text.includes(': ') || text.endsWith(':')) {
    bail();
  }
  if (flow && /[[\]{},]/.test(text)) {
    bail();
  }
  return text;
}

/** Reads a quoted scalar starting at `pos`; returns the value and the position after the closing quote. */
function readQuoted(text: string, pos: number): [string, number] {
  const quote = text[pos];
  let out = '';
  let i = pos + 1;
  while (i < text.length) {
    const ch = text[i] as string;
    if (quote === '"' && ch === '\\') {
      bail();
    }
    if (ch === quote) {
      if (quote === "'" && text[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      return [out, i + 1];
    }
    out += ch;
    i += 1;
  }
  return bail();
}

function skipSpaces(text: string, pos: number): number {
  let i = pos;
  while (text[i] === ' ') {
    i += 1;
  }
  return i;
}

/** Reads a flow scalar (quoted, or plain up to `,]}` or, for a key, `:`). */
function readFlowScalar(text: string, pos: number, isKey: boolean): [unknown, number] {
  if (text[pos] === '"' || text[pos] === "'") {
    return readQuoted(text, pos);
  }
  let i = pos;
  while (i < text.length && !',]}'.includes(text[i] as string)) {
    if (
      isKey &&
      text[i] === ':' &&
      (text[i + 1] === ' ' || text[i + 1] === undefined || ',]}'.includes(text[i + 1] as string))
    ) {
      break;
    }
    if (!isKey && text[i] === ':' && text[i + 1] === ' ') {
      bail();
    }
    i += 1;
  }
  const raw = text.slice(pos, i).trim();
  if (isKey) {
    const key = checkPlain(raw, true);
    return [key === '' || key === '<<' || typeof resolvePlain(key) !== 'string' ? bail() : key, i];
  }
  return [resolvePlain(checkPlain(raw, true)), i];
}

/** Reads a one-line flow list or map starting at `pos`. */
function readFlow(text: string, pos: number): [unknown, number] {
  const open = text[pos];
  const close = open === '[' ? ']' : '}';
  const list: unknown[] = [];
  const map: Record<string, unknown> = {};
  let i = skipSpaces(text, pos + 1);
  if (text[i] === close) {
    return [open === '[' ? list : map, i + 1];
  }
  for (;;) {
    let value: unknown;
    if (open === '{') {
      const [key, afterKey] = readFlowScalar(text, i, true);
      if (typeof key !== 'string' || key === '' || Object.hasOwn(map, key) || text[afterKey] !== ':') {
        bail();
      }
      i = skipSpaces(text, afterKey + 1);
      [value, i] = text[i] === '[' || text[i] === '{' ? readFlow(text, i) : readFlowScalar(text, i, false);
      map[key] = value;
    } else {
      [value, i] = text[i] === '[' || text[i] === '{' ? readFlow(text, i) : readFlowScalar(text, i, false);
      list.push(value);
    }
    i = skipSpaces(text, i);
    if (text[i] === close) {
      return [open === '[' ? list : map, i + 1];
    }
    if (text[i] !== ',') {
      bail();
    }
    i = skipSpaces(text, i + 1);
    if (text[i] === close || text[i] === ',') {
      bail();
    }
  }
}

/** A value written on the same line as its key or dash. */
function readInline(text: string): unknown {
  if (text[0] === '[' || text[0] === '{') {
    const [value, end] = readFlow(text, 0);
    return end === text.length ? value : bail();
  }
  if (text[0] === '"' || text[0] === "'") {
    const [value, end] = readQuoted(text, 0);
    return end === text.length ? value : bail();
  }
  return resolvePlain(checkPlain(text, false));
}

/** Splits `key: rest` (key plain or quoted); undefined when the content is not a map entry. */
function splitEntry(content: string): [string, string] | undefined {
  if (content[0] === '"' || content[0] === "'") {
    const [key, end] = readQuoted(content, 0);
    if (content[end] !== ':' || (content[end + 1] !== undefined && content[end + 1] !== ' ')) {
      return undefined;
    }
    return [key, content.slice(end + 1).trim()];
  }
  if (content[0] === '[' || content[0] === '{') {
    return undefined;
  }
  const match = /^([^:]*?):(?: |$)/.exec(content);
  if (!match) {
    return undefined;
  }
  return [plainKey((match[1] ?? '').trim()), content.slice(match[0].length).trim()];
}

/** A plain key must read as a string: `1.0`, `null` or `true` as keys are converted differently by `yaml`. */
function plainKey(text: string): string {
  const key = checkPlain(text, false);
  return key === '' || key === '<<' || typeof resolvePlain(key) !== 'string' ? bail() : key;
}

class Reader {
  private index = 0;
  constructor(private readonly lines: Line[]) {}

  private get current(): Line | undefined {
    return this.lines[this.index];
  }

  private isItem(line: Line | undefined): boolean {
    return line !== undefined && (line.content === '-' || line.content.startsWith('- '));
  }

  readDocument(): unknown {
    const first = this.current;
    if (!first) {
      return null;
    }
    const value = this.readBlock(first.indent);
    return this.current ? bail() : value;
  }

  private readBlock(indent: number): unknown {
    return this.isItem(this.current) ? this.readList(indent) : this.readMap(indent);
  }

  /** The value of `key:` with nothing after the colon: a nested block, a list at the same indent, or null. */
  private readNested(indent: number): unknown {
    const next = this.current;
    if (next && next.indent > indent) {
      return this.readBlock(next.indent);
    }
    if (next && next.indent === indent && this.isItem(next)) {
      return this.readList(indent);
    }
    return null;
  }

  private readMap(indent: number): Record<string, unknown> {
    const map: Record<string, unknown> = {};
    for (let line = this.current; line && line.indent === indent && !this.isItem(line); line = this.current) {
      const entry = splitEntry(line.content) ?? bail();
      const [key, rest] = entry;
      if (Object.hasOwn(map, key)) {
        bail();
      }
      this.index += 1;
      map[key] = rest === '' ? this.readNested(indent) : readInline(rest);
    }
    const after = this.current;
    return after && after.indent > indent ? bail() : map;
  }

  private readList(indent: number): unknown[] {
    const list: unknown[] = [];
    for (let line = this.current; line && line.indent === indent && this.isItem(line); line = this.current) {
      const rest = line.content.slice(1).trimStart();
      if (rest === '') {
        this.index += 1;
        const next = this.current;
        list.push(next && next.indent > indent ? this.readBlock(next.indent) : null);
      } else if (rest.startsWith('- ') || rest === '-' || splitEntry(rest) !== undefined) {
        // "- key: value" or "- - x": the rest is a block that starts inside this line.
        this.lines[this.index] = { indent: indent + line.content.length - rest.length, content: rest };
        list.push(this.readBlock(indent + line.content.length - rest.length));
      } else {
        this.index += 1;
        list.push(readInline(rest));
      }
    }
    const after = this.current;
    return after && after.indent > indent ? bail() : list;
  }
}

const UNUSUAL = new Set([0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]);

/** Tabs, control characters other than LF/CRLF, and Unicode spaces. */
function hasUnusualCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 && code !== 0x0a && !(code === 0x0d && text.charCodeAt(i + 1) === 0x0a)) {
      return true;
    }
    if (code === 0x7f || UNUSUAL.has(code) || (code >= 0x2000 && code <= 0x200b)) {
      return true;
    }
  }
  return false;
}

/** Splits the text into indented content lines without comments; bails on tabs, directives and inline comments with quotes. */
function toLines(text: string): Line[] {
  // Unusual whitespace and control characters are read differently by different YAML readers: leave them to yaml.
  if (hasUnusualCharacters(text)) {
    bail();
  }
  const lines: Line[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const trimmed = raw.trimEnd();
    const content = trimmed.trimStart();
    if (content === '' || content.startsWith('#')) {
      continue;
    }
    const indentText = trimmed.slice(0, trimmed.length - content.length);
    if (content.startsWith('---') || content.startsWith('...') || content.startsWith('%')) {
      bail();
    }
    let body = content;
    const hash = body.indexOf(' #');
    if (hash >= 0) {
      // An inline comment is only unambiguous when the line has no quotes.
      if (body.includes('"') || body.includes("'")) {
        bail();
      }
      body = body.slice(0, hash).trimEnd();
    }
    lines.push({ indent: indentText.length, content: body });
  }
  return lines;
}

/** Parses the supported YAML subset, or returns {@link UNSUPPORTED}. */
export function parseYamlFast(text: string): unknown | typeof UNSUPPORTED {
  try {
    return new Reader(toLines(text)).readDocument();
  } catch (error) {
    if (error instanceof Unsupported) {
      return UNSUPPORTED;
    }
    throw error;
  }
}
