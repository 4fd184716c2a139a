import type { Section, SegmentedDocument, Sentence, Table, Topic } from '../import.types.js';
import { splitSentences } from './sentence.split.js';
import { classifyHeading } from './topic.classify.js';

interface Line {
  start: number;
  end: number;
  /** The line without surrounding whitespace. */
  text: string;
  /** Offset of `text` in the document. */
  at: number;
  kind: 'blank' | 'heading' | 'item' | 'row' | 'paragraph';
  cells?: { text: string; start: number; end: number }[];
}

const ITEM =
  /^(?:[-•*▪◦–·○●]\s+|\(?[a-z]\)\s+|[a-z]\.\s+|\d{1,2}[.)]\s+(?=\S.{60,})|\d{1,2}[.)]\s+.*[;,]$|\d{1,2}[.)]\s+.*\.$)/;
const NUMBERED_HEADING = /^(?:\d{1,2}(?:\.\d{1,2})*\.?|article\s+\d+|artikel\s+\d+|art\.\s*\d+|[ivx]{1,4}\.)\s+\S/i;
const LABEL_VALUE = /^[^:]{1,40}:\s+\S/;
const SPACE_CELLS = /\S(?: {3,})\S/;
const PIPE_ROW = /^\|.*\|$|^[^|]*\S \| \S/;
const TABLE_RULE = /^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$/;

// A heading that names a kind of data ("Contactgegevens", "Coordonnées").
const KIND_OF_DATA = /(?:gegevens|details|donn[ée]es|coordonn[ée]es|data|information)\s*:?$/i;

// The number of a numbered heading: "3. …" or "3 …" (top level), "3.1 …" (a sub-heading of 3).
const HEADING_NUMBER = /^(?:#+\s*)?(\d{1,2})(?:\.(\d{1,2}))?\.?\s/;

function isHeadingLike(text: string): boolean {
  if (text.startsWith('#')) {
    return true;
  }
  const words = text.split(/\s+/).length;
  if (text.length > 90 || words > 14 || /[.;,]$/.test(text) || LABEL_VALUE.test(text) || /@|https?:\/\//.test(text)) {
    return false;
  }
  if (!/^[\p{Lu}\p{N}"'“(]/u.test(text)) {
    return false;
  }
  const compact = text.replace(/\s/g, '');
  if (compact.replace(/\D/g, '').length >= compact.length * 0.4) {
    // "BE 0403.170.701", "+32 2 123 45 67": a number on a line of its own is a value, not a heading.
    return false;
  }
  if (text.endsWith(':')) {
    // "Hieronder een overzicht van de gegevens:" introduces a list; only short labels are sub-headings.
    return words <= 5;
  }
  if (NUMBERED_HEADING.test(text) || text.endsWith('?')) {
    return true;
  }
  return words <= 10;
}

function splitCells(raw: string, at: number, separator: RegExp): { text: string; start: number; end: number }[] {
  const cells: { text: string; start: number; end: number }[] = [];
  let offset = 0;
  for (const part of raw.split(separator)) {
    const lead = part.length - part.trimStart().length;
    const text = part.trim();
    cells.push({ text, start: at + offset + lead, end: at + offset + lead + text.length });
    offset += part.length + (raw.slice(offset + part.length).match(separator)?.[0].length ?? 0);
  }
  return cells;
}

function readLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const raw of text.split('\n')) {
    const end = start + raw.length;
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    const line: Line = { start, end, text: trimmed, at: start + lead, kind: 'paragraph' };
    if (!trimmed) {
      line.kind = 'blank';
    } else if (raw.includes('\t') && trimmed.length > 0) {
      line.kind = 'row';
      line.cells = splitCells(raw, start, /\t/);
    } else if (TABLE_RULE.test(trimmed)) {
      // "|---|:---:|": the line under a Markdown table's header; the table goes on.
      line.kind = 'blank';
    } else if (PIPE_ROW.test(trimmed)) {
      // "| Gegevens | Termijn |" (Markdown) or "Gegevens | Termijn": cells between pipes, without the outer ones.
      const inner = trimmed.replace(/^\|/, '').replace(/\|$/, '');
      line.kind = 'row';
      line.cells = splitCells(inner, line.at + (trimmed.startsWith('|') ? 1 : 0), /\|/);
    } else if (SPACE_CELLS.test(trimmed) && trimmed.split(/ {3,}/).length >= 3) {
      line.kind = 'row';
      line.cells = splitCells(raw, start, / {3,}/);
    } else if (ITEM.test(trimmed)) {
      line.kind = 'item';
    } else if (isHeadingLike(trimmed)) {
      line.kind = 'heading';
    }
    lines.push(line);
    start = end + 1;
  }
  demoteHeadingRuns(lines);
  return lines;
}

// A run of three or more one-to-three-word "headings" with nothing between them is a table header flattened into
// lines (HTML tables copied as text): keep the first as heading, read the rest as text.
function demoteHeadingRuns(lines: Line[]): void {
  const nonBlank = lines.filter((l) => l.kind !== 'blank');
  let i = 0;
  while (i < nonBlank.length) {
    let j = i;
    while (
      j < nonBlank.length &&
      nonBlank[j]?.kind === 'heading' &&
      (nonBlank[j]?.text.split(/\s+/).length ?? 9) <= 3
    ) {
      j++;
    }
    if (j - i >= 3) {
      for (let k = i + 1; k < j; k++) {
        const line = nonBlank[k];
        if (line) {
          line.kind = 'paragraph';
        }
      }
    }
    i = Math.max(j, i + 1);
  }
}

/**
 * Segments a normalised statement into sections (by headings: numbered, Markdown, ALL CAPS, short lines, questions,
 * lines ending with ':'), sentences (paragraph sentences, list items, table cells) and tables (tab-separated or
 * space-aligned rows). Every unit keeps its span in the text.
 */
export function segmentDocument(text: string): SegmentedDocument {
  const lines = readLines(text);
  const sections: Section[] = [{ index: 0, heading: '', span: { start: 0, end: text.length }, topics: [] }];
  const sentences: Sentence[] = [];
  const tables: Table[] = [];
  let inherited: Topic[] = [];
  // The topics of top-level numbered headings ("3." or "3"), for their sub-headings ("3.1").
  const numbered = new Map<string, Topic[]>();
  const markdown: { level: number; topics: Topic[] }[] = [];
  let lastIntro: number | undefined;
  let table: Table | undefined;
  const push = (s: Omit<Sentence, 'index' | 'section'>) => {
    sentences.push({ ...s, index: sentences.length, section: sections.length - 1 });
  };
  let kindBefore: Line['kind'] = 'blank';
  for (const line of lines) {
    if (line.kind === 'blank') {
      continue;
    }
    const afterHeading = kindBefore === 'heading';
    kindBefore = line.kind;
    if (line.kind !== 'row') {
      table = undefined;
    }
    if (line.kind === 'heading') {
      // Short "Label:" lines are sub-headings: they keep the topic of the section they sit in.
      const heading = line.text.endsWith(':') ? { topics: [] as Topic[], weakData: false } : classifyHeading(line.text);
      let own = heading.topics;
      const number = HEADING_NUMBER.exec(line.text);
      // Markdown levels say which heading a sub-heading belongs to ("#### 1. Gegevens inkijken" under "### Jouw
      // rechten"); numbering inside such a sub-heading counts from its parent, not from the document.
      const level = /^(#+)\s/.exec(line.text)?.[1]?.length;
      if (level !== undefined) {
        while ((markdown.at(-1)?.level ?? 0) >= level) {
          markdown.pop();
        }
      }
      const markdownParent = level === undefined ? [] : (markdown.at(-1)?.topics ?? []);
      const parent =
        markdownParent.length > 0
          ? markdownParent
          : number?.[2] === undefined
            ? undefined
            : numbered.get(number[1] ?? '');
      const underData =
        parent?.includes('data') ||
        // "Contactgegevens" right under "2. Welke gegevens verzamelen wij?", neither numbered nor Markdown: a kind
        // of data too.
        (parent === undefined &&
          number === null &&
          level === undefined &&
          inherited.includes('data') &&
          KIND_OF_DATA.test(line.text));
      if (underData) {
        // "1.1 Contact details" under "1. What personal data do we collect?" names a kind of data, not the
        // controller's contact details.
        own = own.filter((t) => t !== 'identity');
      } else if (heading.weakData && parent && parent.length > 0) {
        // "Gegevens inkijken" under "Jouw rechten" is a right, not a list of data.
        own = [];
      } else if (heading.weakData && number === null && afterHeading && inherited.includes('rights')) {
        // "Droit de limitation" then "Limiter le traitement de vos données": a line that follows the heading of a
        // right directly describes that right.
        own = [];
      }
      // A top-level numbered heading starts a section of its own: it inherits nothing from its sibling before it.
      // Nor does a Markdown heading, whose level says where it belongs: it inherits from its parent only.
      const topLevel = number !== null && number[2] === undefined && markdownParent.length === 0;
      const topics = own.length > 0 ? own : (parent ?? (topLevel || level !== undefined ? [] : inherited));
      inherited = topics;
      if (topLevel) {
        numbered.set(number[1] ?? '', topics);
      }
      if (level !== undefined) {
        markdown.push({ level, topics });
      }
      const previous = sections[sections.length - 1];
      if (previous) {
        previous.span.end = line.start;
      }
      sections.push({ index: sections.length, heading: line.text, span: { start: line.at, end: text.length }, topics });
      push({ text: line.text, span: { start: line.at, end: line.at + line.text.length }, kind: 'heading' });
      lastIntro = line.text.endsWith(':') ? sentences.length - 1 : undefined;
    } else if (line.kind === 'row') {
      const cells = (line.cells ?? []).filter((c) => c.text);
      if (!table) {
        table = {
          index: tables.length,
          span: { start: line.at, end: line.end },
          header: cells.map((c) => c.text),
          rows: [],
        };
        tables.push(table);
        table.header = (line.cells ?? []).map((c) => c.text);
      }
      table.span.end = line.end;
      const rowIndex = table.rows.length;
      table.rows.push({
        cells: (line.cells ?? []).map((c) => ({ text: c.text, span: { start: c.start, end: c.end } })),
      });
      (line.cells ?? []).forEach((c, col) => {
        if (c.text) {
          const header = table?.header[col] ?? '';
          push({
            text: c.text,
            span: { start: c.start, end: c.end },
            kind: 'cell',
            cell: { table: table?.index ?? 0, row: rowIndex, col, header },
          });
        }
      });
    } else if (line.kind === 'item') {
      const s: Omit<Sentence, 'index' | 'section'> = {
        text: line.text,
        span: { start: line.at, end: line.at + line.text.length },
        kind: 'item',
      };
      if (lastIntro !== undefined) {
        s.intro = lastIntro;
      }
      push(s);
    } else {
      for (const span of splitSentences(line.text)) {
        push({
          text: line.text.slice(span.start, span.end),
          span: { start: line.at + span.start, end: line.at + span.end },
          kind: 'paragraph',
        });
      }
      lastIntro = sentences.length - 1;
    }
  }
  return { text, sections, sentences, tables };
}
