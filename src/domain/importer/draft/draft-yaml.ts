import { Document, isMap, isScalar, isSeq, type Node } from 'yaml';

/** Where a drafted element of the register came from in the statement. */
export interface DraftSource {
  path: string;
  span: { start: number; end: number };
  sentence: string;
  confidence: number;
}

/** Something the register needs that the statement does not say; `path` '' is the register itself. */
export interface DraftTodo {
  path: string;
  message: string;
}

const MAX_QUOTE = 100;

/** `purposes[2].legal_basis` → `['purposes', 2, 'legal_basis']`. */
export function splitPath(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    out.push(m[2] === undefined ? (m[1] ?? '') : Number(m[2]));
  }
  return out;
}

function quote(sentence: string): string {
  const t = sentence.replace(/\s+/g, ' ').trim();
  return t.length <= MAX_QUOTE ? `"${t}"` : `"${t.slice(0, MAX_QUOTE - 1).trimEnd()}…"`;
}

function append(existing: string | null | undefined, line: string): string {
  return existing ? `${existing}\n${line}` : line;
}

/** The node a comment above `segments` attaches to: the key of a map entry, or the item of a list. */
function commentHolder(doc: Document, segments: (string | number)[]): { commentBefore?: string | null } | undefined {
  const last = segments.at(-1);
  const parentPath = segments.slice(0, -1);
  const parent = parentPath.length === 0 ? doc.contents : doc.getIn(parentPath, true);
  if (typeof last === 'number' && isSeq(parent)) {
    return parent.items[last] as Node | undefined;
  }
  if (typeof last === 'string' && isMap(parent)) {
    const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === last);
    return pair && isScalar(pair.key) ? pair.key : undefined;
  }
  return undefined;
}

/**
 * Renders a drafted register as YAML: above each element a comment quoting the sentence it came from (once, where
 * a parent already quotes the same sentence it is not repeated), and `# TODO:` comments at the end of the block
 * that misses something, or at the end of the file for what the whole register misses.
 */
export function renderDraftYaml(
  register: Record<string, unknown>,
  sources: DraftSource[],
  todos: DraftTodo[],
  options: { title: string; notes?: Record<string, string> },
): string {
  const doc = new Document(register);
  doc.commentBefore = ` ${options.title}\n Each element quotes the sentence it was drafted from, with the importer's confidence.`;
  const quoted = new Map<string, string>();
  for (const source of sources) {
    const segments = splitPath(source.path);
    const ancestors = segments.map((_, i) => segments.slice(0, i + 1).join('/'));
    ancestors.pop();
    if (ancestors.some((a) => quoted.get(a) === source.sentence)) {
      continue;
    }
    const holder = commentHolder(doc, segments);
    if (!holder) {
      continue;
    }
    const text = options.notes?.[source.path] ?? `${quote(source.sentence)} (${source.confidence.toFixed(2)})`;
    holder.commentBefore = append(holder.commentBefore, ` ${text}`);
    quoted.set(segments.join('/'), source.sentence);
  }
  for (const t of todos) {
    const node = t.path === '' ? undefined : doc.getIn(splitPath(t.path), true);
    if (isMap(node) || isSeq(node)) {
      node.comment = append(node.comment, ` TODO: ${t.message}`);
    } else {
      doc.comment = append(doc.comment, ` TODO: ${t.message}`);
    }
  }
  return doc.toString({ lineWidth: 0 });
}
