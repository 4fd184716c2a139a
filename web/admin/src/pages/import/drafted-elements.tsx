import { useTranslation } from 'react-i18next';
import type { DraftSource } from '../../api/import.api';
import { useLanguage } from '../register/register-format';
import { elementButtonId, type MarkRef } from './import-marks';

/** A confidence (0–1) as a percentage in the UI's locale. */
export function formatConfidence(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(value);
}

/**
 * Every element the importer drafted: its register path, the sentence it came from (quoted) and the importer's
 * confidence. The path is a button that scrolls the statement to the element's mark and focuses it.
 */
export function DraftedElements({
  sources,
  markOf,
  activeMark,
  onShow,
  textLang,
}: {
  sources: readonly DraftSource[];
  markOf: ReadonlyMap<MarkRef, string>;
  activeMark: string | undefined;
  onShow: (markId: string) => void;
  /** The statement's language, for the quoted sentences. */
  textLang: string;
}) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  return (
    <section aria-labelledby="import-elements-heading" data-testid="drafted-elements">
      <h3 id="import-elements-heading">{t('import.elements.heading', { count: sources.length })}</h3>
      <p className="muted">{t('import.elements.help')}</p>
      {sources.length === 0 ? <p>{t('import.elements.none')}</p> : null}
      <ol className="drafted-elements">
        {sources.map((source, index) => {
          const ref: MarkRef = `source-${index}`;
          const markId = markOf.get(ref);
          return (
            <li
              // biome-ignore lint/suspicious/noArrayIndexKey: the list is fixed for one import; two items may share a path.
              key={`${source.path}-${index}`}
              className="drafted-element"
              data-active={markId !== undefined && markId === activeMark}
              data-testid="drafted-element"
            >
              {markId ? (
                <button
                  type="button"
                  id={elementButtonId(ref)}
                  className="link-button element-link"
                  onClick={() => onShow(markId)}
                  aria-controls={markId}
                  data-testid="element-link"
                >
                  <code>{source.path}</code>
                  <span className="visually-hidden"> — {t('import.elements.show')}</span>
                </button>
              ) : (
                <>
                  <code id={elementButtonId(ref)}>{source.path}</code>{' '}
                  <span className="muted">({t('import.elements.notInText')})</span>
                </>
              )}{' '}
              <span className="confidence" data-testid="element-confidence">
                {t('import.elements.confidence', { value: formatConfidence(source.confidence, locale) })}
              </span>
              <q className="element-sentence" lang={textLang} data-testid="element-sentence">
                {source.sentence}
              </q>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
