import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckedCodeField, CheckStatus } from '../../components/checked-code-field';
import type { LiveLint } from '../register/use-live-lint';

/**
 * The draft register as YAML in the code textarea: the importer quotes each element's sentence in a comment and
 * marks what the statement does not say with `# TODO:`. Checked as you type (`POST /api/register/lint`), with the
 * outcome in a polite live sentence.
 */
export function ImportDraftEditor({
  yaml,
  onChange,
  lint,
  textareaRef,
}: {
  yaml: string;
  onChange: (yaml: string) => void;
  lint: LiveLint;
  textareaRef: Ref<HTMLTextAreaElement>;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="import-yaml-heading" data-testid="import-draft">
      <h3 id="import-yaml-heading">{t('import.draft.yamlHeading')}</h3>
      <p id="import-yaml-help" className="muted">
        {t('import.draft.help')}
      </p>
      <CheckedCodeField
        id="import-yaml"
        label={t('import.draft.label')}
        value={yaml}
        onChange={onChange}
        textareaRef={textareaRef}
        helpId="import-yaml-help"
        statusId="import-lint-status"
        testId="import-yaml"
      >
        <DraftStatus lint={lint} isEmpty={!yaml.trim()} />
      </CheckedCodeField>
    </section>
  );
}

/** The sentence on the state of the check: an error finding counts as bad, since the draft cannot be applied. */
function DraftStatus({ lint, isEmpty }: { lint: LiveLint; isEmpty: boolean }) {
  const { t } = useTranslation();
  const { result } = lint;
  let text = '';
  let state: 'neutral' | 'ok' | 'bad' = 'neutral';
  if (isEmpty) {
    text = t('import.draft.statusEmpty');
  } else if (lint.isChecking || !result) {
    text = t('import.draft.statusChecking');
  } else if (!result.ok) {
    text = t('import.draft.statusInvalid', { count: result.problems.length });
    state = 'bad';
  } else {
    const errors = result.findings.filter((finding) => finding.severity === 'error').length;
    text =
      errors > 0
        ? t('import.draft.statusErrors', { count: errors })
        : t('import.draft.statusValid', { count: result.findings.length });
    state = errors > 0 ? 'bad' : 'ok';
  }
  return (
    <CheckStatus id="import-lint-status" state={state}>
      {text}
    </CheckStatus>
  );
}
