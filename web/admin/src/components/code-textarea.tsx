import { type Ref, useMemo, useRef } from 'react';

/**
 * A plain monospace textarea with line numbers beside it (a gutter that scrolls with the text). No editor
 * library: the textarea keeps all native keyboard, selection, undo and assistive-technology behaviour, and Tab
 * still moves focus out of it (no keyboard trap).
 */
export function CodeTextarea({
  id,
  value,
  onChange,
  textareaRef,
  describedBy,
  testId,
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  textareaRef: Ref<HTMLTextAreaElement>;
  describedBy?: string;
  testId?: string;
}) {
  const gutterRef = useRef<HTMLPreElement>(null);
  const lineCount = useMemo(() => value.split('\n').length, [value]);
  const numbers = useMemo(() => Array.from({ length: lineCount }, (_, index) => index + 1).join('\n'), [lineCount]);
  return (
    <div className="code-editor">
      <pre className="code-gutter" aria-hidden="true" ref={gutterRef}>
        {numbers}
      </pre>
      <textarea
        id={id}
        ref={textareaRef}
        className="code-input"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onScroll={(event) => {
          if (gutterRef.current) {
            gutterRef.current.scrollTop = event.currentTarget.scrollTop;
          }
        }}
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        autoCorrect="off"
        wrap="off"
        aria-describedby={describedBy}
        data-testid={testId}
      />
    </div>
  );
}

/** Puts the caret at `line` (and `column`, both 1-based), focuses the textarea and scrolls the line into view. */
export function moveCaretToLine(textarea: HTMLTextAreaElement, line: number, column = 1): void {
  const lines = textarea.value.split('\n');
  let offset = 0;
  for (let index = 0; index < Math.min(line - 1, lines.length); index += 1) {
    offset += (lines[index]?.length ?? 0) + 1;
  }
  offset += Math.max(0, Math.min(column - 1, lines[line - 1]?.length ?? 0));
  textarea.focus();
  textarea.setSelectionRange(offset, offset);
  const lineHeight = Number.parseFloat(getComputedStyle(textarea).lineHeight) || 20;
  textarea.scrollTop = Math.max(0, (line - 1) * lineHeight - textarea.clientHeight / 3);
}
