import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApplyButtons, ApplyOutcomeView } from '../../components/apply-outcome';
import { ProblemAlert } from '../../components/problem-alert';
import { useApplyRegister } from '../../lib/use-apply-register';
import { RegisterPreview } from './register-preview';
import type { LiveLint } from './use-live-lint';
import { useRegisterPreview } from './use-register-preview';

/**
 * Applying the edited text: a confirm step (the check's outcome, what would change from the active version as the
 * dry run `POST /api/register/diff` says, and a message for the version), then `PUT /api/register`, then what
 * changed as stored.
 */
export function RegisterApply(props: {
  source: string;
  lint: LiveLint;
  onApplied: () => void;
  onSelectLine: (line: number, column?: number) => void;
}) {
  const { t } = useTranslation();
  const [message, setMessage] = useState('');
  const { isConfirming, isApplying, outcome, error, confirmHeading, review, apply, cancel } = useApplyRegister(
    props.source,
    message,
    () => {
      setMessage('');
      props.onApplied();
    },
  );
  const preview = useRegisterPreview(props.source, isConfirming);
  const result = props.lint.result;
  const errors = result
    ? result.ok
      ? result.findings.filter((f) => f.severity === 'error').length
      : result.problems.length
    : 0;

  return (
    <section className="register-section" aria-labelledby="apply-heading" data-testid="apply">
      <h2 id="apply-heading">{t('register.apply.heading')}</h2>
      {isConfirming ? (
        <div className="card apply-confirm" data-testid="apply-confirm">
          <h3 ref={confirmHeading} tabIndex={-1}>
            {t('register.apply.confirmHeading')}
          </h3>
          <p>{errors > 0 ? t('register.apply.hasErrors', { count: errors }) : t('register.apply.noErrors')}</p>
          <RegisterPreview preview={preview} onSelectLine={props.onSelectLine} />
          <div className="field">
            <label htmlFor="apply-message">{t('register.apply.message')}</label>
            <input
              id="apply-message"
              type="text"
              maxLength={500}
              value={message}
              onChange={(event) => setMessage(event.target.value)}
              data-testid="apply-message"
            />
          </div>
          <ApplyButtons
            isApplying={isApplying}
            onApply={() => void apply()}
            onCancel={cancel}
            testId="apply-confirm-button"
          />
        </div>
      ) : (
        <button
          type="button"
          className="button"
          onClick={review}
          disabled={!props.source.trim()}
          data-testid="apply-review"
        >
          {t('register.apply.review')}
        </button>
      )}
      {error ? <ProblemAlert error={error} /> : null}
      <div aria-live="polite">
        {outcome ? <ApplyOutcomeView outcome={outcome} onSelectLine={props.onSelectLine} testIdPrefix="apply" /> : null}
      </div>
    </section>
  );
}
