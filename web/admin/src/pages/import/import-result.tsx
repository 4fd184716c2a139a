import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { draftChecks, type ImportResult } from '../../api/import.api';
import { moveCaretToLine } from '../../components/code-textarea';
import { countryName, useLanguage } from '../register/register-format';
import { useLiveLint } from '../register/use-live-lint';
import { DraftedElements } from './drafted-elements';
import { ImportApply } from './import-apply';
import { ImportDraftEditor } from './import-draft-editor';
import { ImportFindings } from './import-findings';
import { elementButtonId, markText } from './import-marks';
import { StatementText } from './statement-text';

/**
 * What the importer made of one statement: the text with every drafted element and finding marked (left), the
 * drafted elements and the editable draft YAML (right), the findings, and applying the draft. Elements and marks
 * point at each other: choosing an element focuses its mark; choosing a mark highlights and focuses its element.
 */
export function ImportResultView({ result, fileName }: { result: ImportResult; fileName: string }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const [yaml, setYaml] = useState(result.draft.yaml);
  const [activeMark, setActiveMark] = useState<string>();
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const lint = useLiveLint(yaml);
  const imported = useMemo(() => draftChecks(result), [result]);
  const marked = useMemo(
    () => markText(result.text, result.draft.sources, result.findings),
    [result.text, result.draft.sources, result.findings],
  );

  const showMark = useCallback((markId: string) => {
    setActiveMark(markId);
    const mark = document.getElementById(markId);
    if (mark) {
      mark.scrollIntoView({ block: 'center', inline: 'nearest' });
      mark.focus({ preventScroll: true });
    }
  }, []);

  const showElements = useCallback(
    (markId: string) => {
      setActiveMark(markId);
      const first = marked.marks.find((mark) => mark.id === markId)?.refs.find((ref) => ref.startsWith('source-'));
      const ref = first ?? marked.marks.find((mark) => mark.id === markId)?.refs[0];
      const button = ref ? document.getElementById(elementButtonId(ref)) : null;
      if (button) {
        button.scrollIntoView({ block: 'nearest' });
        button.focus({ preventScroll: true });
      }
    },
    [marked],
  );

  const goToLine = useCallback((line: number, column?: number) => {
    if (textareaRef.current) {
      moveCaretToLine(textareaRef.current, line, column);
    }
  }, []);

  return (
    <div className="import-review" data-testid="import-result">
      <p className="notice" data-testid="import-summary">
        {t('import.result.summary', {
          name: fileName,
          language: t(`import.upload.languages.${result.language}`),
          country: result.country ? countryName(result.country, locale) : t('import.result.noCountry'),
          elements: result.draft.sources.length,
          findings: result.findings.length,
        })}
      </p>
      <div className="import-columns">
        <StatementText marked={marked} activeMark={activeMark} result={result} onSelectMark={showElements} />
        <section className="import-column" aria-labelledby="import-draft-heading">
          <h2 id="import-draft-heading">{t('import.draft.heading')}</h2>
          <DraftedElements
            sources={result.draft.sources}
            markOf={marked.markOf}
            activeMark={activeMark}
            onShow={showMark}
            textLang={result.language}
          />
          <ImportDraftEditor yaml={yaml} onChange={setYaml} lint={lint} textareaRef={textareaRef} />
        </section>
      </div>
      <ImportFindings
        findings={result.findings}
        markOf={marked.markOf}
        activeMark={activeMark}
        onShow={showMark}
        textLang={result.language}
        lint={lint}
        imported={imported}
        isUnedited={yaml === result.draft.yaml}
        onSelectLine={goToLine}
      />
      <ImportApply source={yaml} fileName={fileName} lint={lint} onSelectLine={goToLine} />
    </div>
  );
}
