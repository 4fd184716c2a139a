import type { Block, Inline, StatementDocument } from './statement.types.js';

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML content and attribute values: every register string passes through here. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

/** Only web, mail and phone links and site-relative paths; anything else (`javascript:`) is rendered as text. */
export function isSafeHref(href: string): boolean {
  return /^(https?:\/\/|mailto:|tel:|\/(?!\/)|#)/i.test(href) && ![...href].some((ch) => ch <= ' ');
}

function langAttr(run: { lang?: string }): string {
  return run.lang === undefined ? '' : ` lang="${escapeHtml(run.lang)}"`;
}

function inline(run: Inline): string {
  const body = escapeHtml(run.text);
  switch (run.kind) {
    case 'text':
      return run.lang === undefined ? body : `<span${langAttr(run)}>${body}</span>`;
    case 'strong':
      return `<strong${langAttr(run)}>${body}</strong>`;
    case 'link':
      return isSafeHref(run.href)
        ? `<a href="${escapeHtml(run.href)}"${langAttr(run)}>${body}</a>`
        : `<span${langAttr(run)}>${body}</span>`;
  }
}

function inlines(runs: readonly Inline[]): string {
  return runs.map(inline).join('');
}

function block(b: Block): string {
  switch (b.kind) {
    case 'heading':
      return `<h3>${inlines(b.content)}</h3>`;
    case 'paragraph':
      return `<p>${inlines(b.content)}</p>`;
    case 'list':
      return `<ul>\n${b.items.map((item) => `<li>${inlines(item)}</li>`).join('\n')}\n</ul>`;
    case 'definitions':
      return `<dl>\n${b.items.map((item) => `<dt>${escapeHtml(item.term)}</dt><dd>${inlines(item.description)}</dd>`).join('\n')}\n</dl>`;
    case 'table': {
      const head = b.header.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('');
      // The first cell names the row (the recipient, the cookie): a row header for screen readers.
      const rows = b.rows.map(
        (row) =>
          `<tr>${row.map((cell, i) => (i === 0 ? `<th scope="row">${inlines(cell)}</th>` : `<td>${inlines(cell)}</td>`)).join('')}</tr>`,
      );
      return `<table>\n<caption>${escapeHtml(b.caption)}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
    }
  }
}

/**
 * Serialises a statement as a semantic HTML fragment: an `<article lang>` with the title as `<h1>` (unless
 * `withTitle: false`, for a page that shows the title itself), a `<section>` with an `<h2>` per section and `<h3>`
 * sub-headings. Everything is escaped; there are no inline styles or scripts.
 */
export function toHtml(doc: StatementDocument, options: { withTitle?: boolean } = {}): string {
  const parts = [`<article lang="${doc.lang}" class="dijk-statement dijk-statement-${doc.kind}">`];
  if (options.withTitle !== false) {
    parts.push(`<h1>${escapeHtml(doc.title)}</h1>`);
  }
  for (const section of doc.sections) {
    const id = escapeHtml(section.id);
    parts.push(
      `<section id="${id}" aria-labelledby="${id}-heading">`,
      `<h2 id="${id}-heading">${escapeHtml(section.heading)}</h2>`,
    );
    parts.push(...section.blocks.map(block), '</section>');
  }
  parts.push('</article>');
  return `${parts.join('\n')}\n`;
}
