import { labelColon } from './statement.format.js';
import type { Block, Inline, StatementDocument } from './statement.types.js';

/** Escapes Markdown syntax in register text, so a name like `_ga_*` or `<b>` stays literal text. */
export function escapeMarkdown(value: string): string {
  return value.replace(/[\\`*_[\]<>|#]/g, (ch) => `\\${ch}`).replace(/\s*\n\s*/g, ' ');
}

function escapeUrl(href: string): string {
  return href.replace(/[()<>\s\\]/g, (ch) => encodeURIComponent(ch));
}

function inline(run: Inline): string {
  const body = escapeMarkdown(run.text);
  switch (run.kind) {
    case 'text':
      return body;
    case 'strong':
      return `**${body}**`;
    case 'link':
      return `[${body}](${escapeUrl(run.href)})`;
  }
}

function inlines(runs: readonly Inline[]): string {
  return runs.map(inline).join('');
}

function block(b: Block, colon: string): string {
  switch (b.kind) {
    case 'heading':
      return `### ${inlines(b.content)}`;
    case 'paragraph':
      return inlines(b.content);
    case 'list':
      return b.items.map((item) => `- ${inlines(item)}`).join('\n');
    case 'definitions':
      return b.items
        .map((item) => `- **${escapeMarkdown(item.term)}${colon}** ${inlines(item.description)}`)
        .join('\n');
    case 'table': {
      const header = `| ${b.header.map(escapeMarkdown).join(' | ')} |`;
      const rule = `|${b.header.map(() => '---|').join('')}`;
      const rows = b.rows.map((row) => `| ${row.map(inlines).join(' | ')} |`);
      return [`*${escapeMarkdown(b.caption)}*`, '', header, rule, ...rows].join('\n');
    }
  }
}

/** Serialises a statement as CommonMark with GFM tables; register text is escaped. */
export function toMarkdown(doc: StatementDocument): string {
  const colon = labelColon(doc);
  const parts = [`# ${escapeMarkdown(doc.title)}`];
  for (const section of doc.sections) {
    parts.push(`## ${escapeMarkdown(section.heading)}`, ...section.blocks.map((b) => block(b, colon)));
  }
  return `${parts.join('\n\n')}\n`;
}
