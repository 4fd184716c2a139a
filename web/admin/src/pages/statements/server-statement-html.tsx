/**
 * Shifts the fragment's headings down by `by` levels (h1 → h3 when the preview sits under the page's h1 and a
 * section's h2), so the admin page keeps one h1 and no skipped level. Only Dijk's own heading tags can match: the
 * server escapes every `<` in register text to `&lt;`.
 */
export function shiftHeadings(html: string, by: number): string {
  return html.replace(/<(\/?)h([1-6])(?=[\s>])/g, (_match, slash: string, level: string) => {
    return `<${slash}h${Math.min(6, Number(level) + by)}`;
  });
}

/**
 * The statement preview as `GET /api/statements/preview` answers it — and nothing else may be rendered through
 * this component.
 *
 * Why `dangerouslySetInnerHTML` is safe here: the server renders the statement from a structured document whose
 * every string is plain text, and its HTML serialiser (`src/domain/statement/statement.html.ts`) escapes all of
 * them (`<`, `>`, `&`, quotes), writes no `style` or `on*` attributes and no `<script>`, and turns any link other
 * than http(s), mailto, tel, a path or an anchor into text (a property test checks this with random input). So the
 * fragment holds only Dijk's own tags. The page's CSP (`script-src 'self'`) is a second line of defence.
 */
export function ServerStatementHtml({ html, testId }: { html: string; testId?: string }) {
  return (
    <div
      className="statement-preview"
      data-testid={testId}
      // biome-ignore lint/security/noDangerouslySetInnerHtml: server-escaped statement fragment, see the comment above.
      dangerouslySetInnerHTML={{ __html: shiftHeadings(html, 2) }}
    />
  );
}
