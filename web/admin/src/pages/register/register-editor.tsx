import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearch } from 'wouter';
import type { RegisterVersion } from '../../api/register.api';
import { CheckedCodeField, CheckStatus } from '../../components/checked-code-field';
import { moveCaretToLine } from '../../components/code-textarea';
import { ProblemAlert } from '../../components/problem-alert';
import { FindingList, ProblemList } from './finding-list';
import { RegisterApply } from './register-apply';
import { type LiveLint, useLiveLint } from './use-live-lint';

/**
 * The register's source in a textarea, checked as you type (`POST /api/register/lint`, 400 ms after the last
 * keystroke), with the problems and findings beside it; clicking one puts the caret on its line. Applying is a
 * separate, confirmed step (`RegisterApply`).
 */
export function RegisterEditor({
  active,
  draft,
  onDraftChange,
  onApplied,
}: {
  active: RegisterVersion | null;
  draft: string;
  onDraftChange: (source: string) => void;
  onApplied: () => void;
}) {
  const { t } = useTranslation();
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const lint = useLiveLint(draft);
  const search = useSearch();

  const goToLine = useCallback((line: number, column?: number) => {
    if (textareaRef.current) {
      moveCaretToLine(textareaRef.current, line, column);
    }
  }, []);

  // Arriving from a finding's "line 12" link: put the caret there, after the layout has moved focus to the heading.
  useEffect(() => {
    const line = Number(new URLSearchParams(search).get('line'));
    if (!(line > 0)) {
      return;
    }
    const timer = window.setTimeout(() => goToLine(line), 0);
    return () => window.clearTimeout(timer);
  }, [search, goToLine]);

  return (
    <div className="register-editor" data-testid="register-editor">
      <section className="register-section" aria-labelledby="editor-heading">
        <h2 id="editor-heading">{t('register.editor.heading')}</h2>
        <p id="editor-help" className="muted">
          {active ? t('register.editor.help', { version: active.version }) : t('register.editor.helpEmpty')}
        </p>
        <CheckedCodeField
          id="register-source"
          label={t('register.editor.label')}
          value={draft}
          onChange={onDraftChange}
          textareaRef={textareaRef}
          helpId="editor-help"
          statusId="lint-status"
          testId="register-source"
        >
          <LintStatus lint={lint} isEmpty={!draft.trim()} />
        </CheckedCodeField>
      </section>
      <section className="register-section" aria-labelledby="check-heading" data-testid="live-check">
        <h2 id="check-heading">{t('register.editor.checkHeading')}</h2>
        {lint.error ? <ProblemAlert error={lint.error} /> : null}
        {lint.result && !lint.result.ok ? (
          <ProblemList problems={lint.result.problems} onSelectLine={goToLine} />
        ) : null}
        {lint.result?.ok ? (
          lint.result.findings.length > 0 ? (
            <FindingList findings={lint.result.findings} onSelectLine={goToLine} headingLevel={3} />
          ) : (
            <p className="tone-ok">{t('register.editor.noFindings')}</p>
          )
        ) : null}
      </section>
      <RegisterApply source={draft} lint={lint} onApplied={onApplied} onSelectLine={goToLine} />
    </div>
  );
}

/** The sentence on the state of the check: counts of errors, warnings and notes once the text parses. */
function LintStatus({ lint, isEmpty }: { lint: LiveLint; isEmpty: boolean }) {
  const { t } = useTranslation();
  const { result } = lint;
  let text = '';
  if (isEmpty) {
    text = t('register.editor.statusEmpty');
  } else if (lint.isChecking) {
    text = t('register.editor.statusChecking');
  } else if (result && !result.ok) {
    text = t('register.editor.statusInvalid', { count: result.problems.length });
  } else if (result) {
    const count = (severity: string) => result.findings.filter((f) => f.severity === severity).length;
    text = t('register.editor.statusValid', {
      errors: count('error'),
      warnings: count('warning'),
      notes: count('info'),
    });
  }
  const state = isEmpty || lint.isChecking || !result ? 'neutral' : result.ok ? 'ok' : 'bad';
  return (
    <CheckStatus id="lint-status" state={state}>
      {text}
    </CheckStatus>
  );
}
