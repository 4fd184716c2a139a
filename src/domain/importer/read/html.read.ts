import { Parser } from 'htmlparser2';

// Page furniture and code: never part of the statement.
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'nav',
  'header',
  'footer',
  'iframe',
  'button',
]);
const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'aside',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'blockquote',
  'pre',
  'address',
  'figure',
  'figcaption',
  'form',
  'fieldset',
  'details',
  'summary',
]);
const HEADINGS = /^h([1-6])$/;

/**
 * Turns HTML into structured plain text: headings become Markdown `#` lines, list items `- ` lines, table rows
 * lines with tab-separated cells, blocks paragraphs. Navigation, header, footer, scripts and styles are dropped.
 */
export function htmlToText(html: string): string {
  const out: string[] = [];
  let skipDepth = 0;
  let cellIndex = 0;
  const newline = (count: number) => {
    // Collapse runs of blank lines so block nesting does not inflate the text.
    let have = 0;
    for (let i = out.length - 1; i >= 0 && out[i] === '\n'; i--) {
      have++;
    }
    for (let i = have; i < count; i++) {
      out.push('\n');
    }
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIPPED.has(name)) {
          skipDepth++;
          return;
        }
        if (skipDepth > 0) {
          return;
        }
        const h = HEADINGS.exec(name);
        if (h) {
          newline(2);
          out.push(`${'#'.repeat(Number(h[1]))} `);
        } else if (name === 'li') {
          newline(1);
          out.push('- ');
        } else if (name === 'tr') {
          newline(1);
          cellIndex = 0;
        } else if (name === 'td' || name === 'th') {
          if (cellIndex > 0) {
            out.push('\t');
          }
          cellIndex++;
        } else if (name === 'br') {
          out.push('\n');
        } else if (BLOCKS.has(name)) {
          newline(2);
        }
      },
      ontext(data) {
        if (skipDepth > 0) {
          return;
        }
        // Whitespace inside HTML is not significant; tabs would be read as table cells.
        out.push(data.replace(/[\s]+/g, ' '));
      },
      onclosetag(name) {
        if (SKIPPED.has(name)) {
          skipDepth = Math.max(0, skipDepth - 1);
          return;
        }
        if (skipDepth > 0) {
          return;
        }
        if (HEADINGS.test(name) || BLOCKS.has(name)) {
          newline(2);
        } else if (name === 'tr' || name === 'li') {
          newline(1);
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return out
    .join('')
    .split('\n')
    .map((line) => line.replace(/^ +|(?<! ) +$/g, '').replace(/(?<! ) *\t */g, '\t'))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
