import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplyOutcome } from '../api/register.api';
import { ChangeList } from '../pages/register/change-list';
import { FindingList, ProblemList } from '../pages/register/finding-list';

/** The Apply and Cancel buttons of the confirm step of applying a register text. */
export function ApplyButtons({
  isApplying,
  disabled,
  onApply,
  onCancel,
  testId,
}: {
  isApplying: boolean;
  disabled?: boolean;
  onApply: () => void;
  onCancel: () => void;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="button-row">
      <button
        type="button"
        className="button"
        onClick={onApply}
        disabled={disabled}
        aria-disabled={isApplying}
        data-testid={testId}
      >
        {isApplying ? t('register.apply.applying') : t('register.apply.apply')}
      </button>
      <button type="button" className="button button-secondary" onClick={onCancel}>
        {t('register.apply.cancel')}
      </button>
    </div>
  );
}

/**
 * What applying a register text came to: refused (the problems or the error findings, each a link to its line), or
 * stored or unchanged as version N with what changed. Test ids are `<testIdPrefix>-refused`, `-result`,
 * `-result-title` and `-changes`; `children` follow the changes in the result.
 */
export function ApplyOutcomeView({
  outcome,
  onSelectLine,
  testIdPrefix,
  children,
}: {
  outcome: ApplyOutcome;
  onSelectLine: (line: number, column?: number) => void;
  testIdPrefix: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  if (outcome.kind !== 'applied') {
    return (
      <div className="alert alert-error" data-testid={`${testIdPrefix}-refused`}>
        <p className="alert-title">
          {t(outcome.kind === 'invalid' ? 'register.apply.refusedInvalid' : 'register.apply.refusedLint')}
        </p>
        {outcome.kind === 'invalid' ? (
          <ProblemList problems={outcome.problems} onSelectLine={onSelectLine} />
        ) : (
          <FindingList findings={outcome.findings} onSelectLine={onSelectLine} headingLevel={3} />
        )}
      </div>
    );
  }
  const { result } = outcome;
  return (
    <div className="notice" data-testid={`${testIdPrefix}-result`}>
      <p className="notice-title" data-testid={`${testIdPrefix}-result-title`}>
        {result.stored
          ? t('register.apply.stored', { version: result.version.version })
          : t('register.apply.unchanged', { version: result.version.version })}
      </p>
      {result.stored ? <ChangeList changes={result.changes} testId={`${testIdPrefix}-changes`} /> : null}
      {children}
    </div>
  );
}
