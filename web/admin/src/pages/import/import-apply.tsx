import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ApplyButtons, ApplyOutcomeView } from '../../components/apply-outcome';
import { ProblemAlert } from '../../components/problem-alert';
import { useApplyRegister } from '../../lib/use-apply-register';
import { RegisterPreview } from '../register/register-preview';
import type { LiveLint } from '../register/use-live-lint';
import { useRegisterPreview } from '../register/use-register-preview';

/**
 * Applying the reviewed draft: only once it reads as a register without errors (else it says what is missing);
 * then a confirm step with what would change (`POST /api/register/diff`), then `PUT /api/register` with the
 * message "Imported from <file>", and the outcome with a link to the Register overview.
 */
export function ImportApply({
  source,
  fileName,
  lint,
  onSelectLine,
}: {
  source: string;
  fileName: string;
  lint: LiveLint;
  onSelectLine: (line: number, column?: number) => void;
}) {
  const { t } = useTranslation();
  const message = `Imported from ${fileName}`;
  const { isConfirming, isApplying, outcome, error, confirmHeading, review, apply, cancel } = useApplyRegister(
    source,
    message,
  );
  const preview = useRegisterPreview(source, isConfirming);

  const { result } = lint;
  const errors = result?.ok ? result.findings.filter((finding) => finding.severity === 'error').length : 0;
  let blocked: string | undefined;
  if (lint.isChecking || !result) {
    blocked = t('import.apply.checking');
  } else if (!result.ok) {
    blocked = t('import.apply.blockedInvalid', { count: result.problems.length });
  } else if (errors > 0) {
    blocked = t('import.apply.blockedErrors', { count: errors });
  }

  return (
    <section className="register-section" aria-labelledby="import-apply-heading" data-testid="import-apply">
      <h2 id="import-apply-heading">{t('import.apply.heading')}</h2>
      <p id="import-apply-state" className={blocked ? 'muted' : 'tone-ok'} data-testid="import-apply-state">
        {blocked ?? t('import.apply.ready')}
      </p>
      {isConfirming ? (
        <div className="card apply-confirm" data-testid="import-apply-confirm">
          <h3 ref={confirmHeading} tabIndex={-1}>
            {t('import.apply.confirmHeading')}
          </h3>
          <RegisterPreview preview={preview} onSelectLine={onSelectLine} headingId="import-preview-heading" />
          <p>{t('import.apply.message', { message })}</p>
          <ApplyButtons
            isApplying={isApplying}
            disabled={blocked !== undefined}
            onApply={() => void apply()}
            onCancel={cancel}
            testId="import-apply-confirm-button"
          />
        </div>
      ) : (
        <button
          type="button"
          className="button"
          onClick={review}
          disabled={blocked !== undefined}
          aria-describedby="import-apply-state"
          data-testid="import-apply-review"
        >
          {t('import.apply.button')}
        </button>
      )}
      {error ? <ProblemAlert error={error} /> : null}
      <div aria-live="polite">
        {outcome ? (
          <ApplyOutcomeView outcome={outcome} onSelectLine={onSelectLine} testIdPrefix="import-apply">
            <p>
              <Link href="/register" data-testid="import-to-register">
                {t('import.apply.toRegister')}
              </Link>
            </p>
          </ApplyOutcomeView>
        ) : null}
      </div>
    </section>
  );
}
