import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiError, isApiError } from '../../api/client';
import { type ApplyOutcome, applyRegister } from '../../api/register.api';
import { ProblemAlert } from '../../components/problem-alert';
import { ChangeList } from './change-list';
import { FindingList, ProblemList } from './finding-list';
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
  const [isConfirming, setIsConfirming] = useState(false);
  const [message, setMessage] = useState('');
  const [isApplying, setIsApplying] = useState(false);
  const [outcome, setOutcome] = useState<ApplyOutcome>();
  const [error, setError] = useState<ApiError>();
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const preview = useRegisterPreview(props.source, isConfirming);
  const result = props.lint.result;
  const errors = result
    ? result.ok
      ? result.findings.filter((f) => f.severity === 'error').length
      : result.problems.length
    : 0;

  const review = () => {
    setIsConfirming(true);
    setOutcome(undefined);
    setError(undefined);
    window.setTimeout(() => confirmHeading.current?.focus(), 0);
  };

  const apply = async () => {
    if (isApplying) {
      return;
    }
    setIsApplying(true);
    setError(undefined);
    try {
      const next = await applyRegister(props.source, message);
      setOutcome(next);
      if (next.kind === 'applied') {
        setIsConfirming(false);
        setMessage('');
        props.onApplied();
      }
    } catch (cause) {
      setError(isApiError(cause) ? cause : { kind: 'problem', status: 0 });
    } finally {
      setIsApplying(false);
    }
  };

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
          <div className="button-row">
            <button
              type="button"
              className="button"
              onClick={() => void apply()}
              aria-disabled={isApplying}
              data-testid="apply-confirm-button"
            >
              {isApplying ? t('register.apply.applying') : t('register.apply.apply')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setIsConfirming(false)}>
              {t('register.apply.cancel')}
            </button>
          </div>
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
      <div aria-live="polite">{outcome ? <Outcome outcome={outcome} onSelectLine={props.onSelectLine} /> : null}</div>
    </section>
  );
}

function Outcome({
  outcome,
  onSelectLine,
}: {
  outcome: ApplyOutcome;
  onSelectLine: (line: number, column?: number) => void;
}) {
  const { t } = useTranslation();
  if (outcome.kind === 'invalid' || outcome.kind === 'lint-errors') {
    return (
      <div className="alert alert-error" data-testid="apply-refused">
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
    <div className="notice" data-testid="apply-result">
      <p className="notice-title" data-testid="apply-result-title">
        {result.stored
          ? t('register.apply.stored', { version: result.version.version })
          : t('register.apply.unchanged', { version: result.version.version })}
      </p>
      {result.stored ? <ChangeList changes={result.changes} testId="apply-changes" /> : null}
    </div>
  );
}
