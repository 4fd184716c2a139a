import { labelColon } from './statement.format.js';
import type { Block, Inline, StatementDocument } from './statement.types.js';

function inlines(runs: readonly Inline[]): string {
  // A link keeps its address in plain text, unless the text already is the address (e-mail, website).
  return runs
    .map((run) => {
      if (run.kind !== 'link') {
        return run.text;
      }
      const target = run.href.replace(/^mailto:/, '');
      return target === run.text ? run.text : `${run.text} (${run.href})`;
    })
    .join('');
}

function block(b: Block, colon: string): string {
  switch (b.kind) {
    case 'heading':
      return inlines(b.content).toUpperCase();
    case 'paragraph':
      return inlines(b.content);
    case 'list':
      return b.items.map((item) => `- ${inlines(item)}`).join('\n');
    case 'definitions':
      return b.items.map((item) => `- ${item.term}${colon} ${inlines(item.description)}`).join('\n');
    case 'table':
      // A table becomes one entry per row, each cell labelled by its column: readable in e-mail and on paper.
      return [
        `${b.caption}${colon}`,
        ...b.rows.map((row) =>
          row.map((cell, i) => `${i === 0 ? '- ' : '  '}${b.header[i] ?? ''}${colon} ${inlines(cell)}`).join('\n'),
        ),
      ].join('\n');
  }
}

/** Serialises a statement as plain text (e-mails, consent receipts, the terminal). */
export function toPlainText(doc: StatementDocument): string {
  const colon = labelColon(doc);
  const parts = [doc.title, '='.repeat(doc.title.length)];
  const body = doc.sections.map((section) =>
    [`${section.heading}\n${'-'.repeat(section.heading.length)}`, ...section.blocks.map((b) => block(b, colon))].join(
      '\n\n',
    ),
  );
  return `${parts.join('\n')}\n\n${body.join('\n\n')}\n`;
}
