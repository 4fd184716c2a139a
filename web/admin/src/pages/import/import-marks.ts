/**
 * Where the statement text gets `<mark>`s: one per run of overlapping spans of drafted elements and findings.
 * Pure, so it is unit-tested (`import-marks.test.ts`).
 */

/** An element of the import that points into the text: a drafted register path or a statement finding. */
export type MarkRef = `source-${number}` | `finding-${number}`;

export interface Located {
  span?: { start: number; end: number } | undefined;
  sentence?: string | undefined;
}

export interface TextMark {
  /** The element id of the `<mark>`, unique in the page. */
  id: string;
  start: number;
  end: number;
  /** The elements whose spans this mark covers. */
  refs: MarkRef[];
}

export interface MarkedText {
  marks: TextMark[];
  /** Element → the id of its mark (missing when it has no usable span). */
  markOf: Map<MarkRef, string>;
  /** The text cut into plain runs and marks, in order. */
  segments: ({ kind: 'text'; text: string } | { kind: 'mark'; text: string; mark: TextMark })[];
}

/**
 * The range to mark for an element: its span, clamped to the text. A span much wider than its sentence (the
 * statement's language is "found" in the whole document) is narrowed to where the sentence stands, so one
 * element never swallows the whole text.
 */
export function markRange(text: string, item: Located): { start: number; end: number } | undefined {
  if (!item.span) {
    return undefined;
  }
  const start = Math.max(0, Math.min(item.span.start, text.length));
  const end = Math.max(start, Math.min(item.span.end, text.length));
  const sentence = item.sentence?.trim() ?? '';
  if (sentence && end - start > sentence.length) {
    const at = text.indexOf(sentence, start);
    return at >= 0 && at < end ? { start: at, end: at + sentence.length } : undefined;
  }
  return end > start ? { start, end } : undefined;
}

/** Merges the spans of `sources` and `findings` into marks (overlapping spans become one mark). */
export function markText(
  text: string,
  sources: readonly Located[],
  findings: readonly Located[],
  idPrefix = 'import-mark',
): MarkedText {
  const ranges: { start: number; end: number; ref: MarkRef }[] = [];
  const add = (item: Located, ref: MarkRef) => {
    const range = markRange(text, item);
    if (range) {
      ranges.push({ ...range, ref });
    }
  };
  for (const [index, item] of sources.entries()) {
    add(item, `source-${index}`);
  }
  for (const [index, item] of findings.entries()) {
    add(item, `finding-${index}`);
  }
  ranges.sort((a, b) => a.start - b.start || b.end - a.end);

  const marks: TextMark[] = [];
  for (const range of ranges) {
    const last = marks.at(-1);
    if (last && range.start < last.end) {
      last.end = Math.max(last.end, range.end);
      last.refs.push(range.ref);
    } else {
      marks.push({ id: `${idPrefix}-${marks.length + 1}`, start: range.start, end: range.end, refs: [range.ref] });
    }
  }

  const markOf = new Map<MarkRef, string>();
  const segments: MarkedText['segments'] = [];
  let position = 0;
  for (const mark of marks) {
    for (const ref of mark.refs) {
      markOf.set(ref, mark.id);
    }
    if (mark.start > position) {
      segments.push({ kind: 'text', text: text.slice(position, mark.start) });
    }
    segments.push({ kind: 'mark', text: text.slice(mark.start, mark.end), mark });
    position = mark.end;
  }
  if (position < text.length) {
    segments.push({ kind: 'text', text: text.slice(position) });
  }
  return { marks, markOf, segments };
}

/** The id of an element's button (or label) in the lists, so a mark can hand focus back to it. */
export function elementButtonId(ref: MarkRef): string {
  return `import-element-${ref}`;
}
