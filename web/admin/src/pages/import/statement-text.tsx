import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportResult } from '../../api/import.api';
import type { MarkedText, MarkRef, TextMark } from './import-marks';

/**
 * The normalised statement with a `<mark>` on every passage an element or finding came from. Marks are not in
 * the tab order (there can be hundreds); they are focused from the lists, and each starts with a visually hidden
 * label naming what it is the source of, so a screen reader announces it. Clicking a mark, or Enter on a focused
 * one, goes to its element.
 */
export function StatementText({
  marked,
  activeMark,
  result,
  onSelectMark,
}: {
  marked: MarkedText;
  activeMark: string | undefined;
  result: ImportResult;
  onSelectMark: (markId: string) => void;
}) {
  const { t } = useTranslation();
  const describe = (ref: MarkRef): string => {
    const [kind, index] = ref.split('-') as ['source' | 'finding', string];
    return kind === 'source'
      ? (result.draft.sources[Number(index)]?.path ?? '')
      : t('import.text.finding', { id: result.findings[Number(index)]?.id ?? '' });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLElement>, mark: TextMark) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelectMark(mark.id);
    }
  };

  return (
    <section className="import-column" aria-labelledby="import-text-heading">
      <h2 id="import-text-heading">{t('import.text.heading')}</h2>
      <p id="import-text-help" className="muted">
        {t('import.text.help', { count: marked.marks.length })}
      </p>
      <section
        className="statement-text"
        // A scrollable region must be reachable by keyboard (WCAG 2.1.1), hence tabIndex and a name.
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region
        tabIndex={0}
        aria-labelledby="import-text-heading"
        aria-describedby="import-text-help"
        lang={result.language}
        data-testid="statement-text"
      >
        {marked.segments.map((segment) =>
          segment.kind === 'text' ? (
            segment.text
          ) : (
            <mark
              key={segment.mark.id}
              id={segment.mark.id}
              tabIndex={-1}
              data-active={segment.mark.id === activeMark}
              data-refs={segment.mark.refs.join(' ')}
              onClick={() => onSelectMark(segment.mark.id)}
              onKeyDown={(event) => onKeyDown(event, segment.mark)}
              data-testid="source-mark"
            >
              <span className="visually-hidden">
                {t('import.text.markLabel', { items: segment.mark.refs.map(describe).join(', ') })}{' '}
              </span>
              <span data-testid="mark-text">{segment.text}</span>
            </mark>
          ),
        )}
      </section>
    </section>
  );
}
