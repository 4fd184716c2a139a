import { describe, expect, it } from 'vitest';
import { shiftHeadings } from './server-statement-html';

describe('shiftHeadings', () => {
  it('moves every heading of the fragment down, opening and closing tags alike', () => {
    const html = '<article lang="nl"><h1>Titel</h1><section id="a"><h2 id="a-h">A</h2><h3>B</h3></section></article>';
    expect(shiftHeadings(html, 2)).toBe(
      '<article lang="nl"><h3>Titel</h3><section id="a"><h4 id="a-h">A</h4><h5>B</h5></section></article>',
    );
  });

  it('never goes below h6', () => {
    expect(shiftHeadings('<h5>x</h5><h6>y</h6>', 2)).toBe('<h6>x</h6><h6>y</h6>');
  });

  it('leaves escaped register text and other tags alone', () => {
    const html = '<p>&lt;h1&gt;not a heading&lt;/h1&gt;</p><hr><header>h</header><h2>x</h2>';
    expect(shiftHeadings(html, 1)).toBe('<p>&lt;h1&gt;not a heading&lt;/h1&gt;</p><hr><header>h</header><h3>x</h3>');
  });
});
