import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { type ApiError, isApiError } from '../../api/client';
import { type ApplyOutcome, applyRegister } from '../../api/register.api';
import { ProblemAlert } from '../../components/problem-alert';
import { ChangeList } from '../register/change-list';
import { FindingList, ProblemList } from '../register/finding-list';
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
  const [isConfirming, setIsConfirming] = useState(false);
  const [isApplying, setIsApplying] = useState(false);
  const [outcome, setOutcome] = useState<ApplyOutcome>();
  const [error, setError] = useState<ApiError>();
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const preview = useRegisterPreview(source, isConfirming);
  const message = `Imported from ${fileName}`;

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
      const next = await applyRegister(source, message);
      setOutcome(next);
      if (next.kind === 'applied') {
        setIsConfirming(false);
      }
    } catch (cause) {
      setError(isApiError(cause) ? cause : { kind: 'problem', status: 0 });
    } finally {
      setIsApplying(false);
    }
  };

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
          <div className="button-row">
            <button
              type="button"
              className="button"
              onClick={() => void apply()}
              disabled={blocked !== undefined}
              aria-disabled={isApplying}
              data-testid="import-apply-confirm-button"
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
          disabled={blocked !== undefined}
          aria-describedby="import-apply-state"
          data-testid="import-apply-review"
        >
          {t('import.apply.button')}
        </button>
      )}
      {error ? <ProblemAlert error={error} /> : null}
      <div aria-live="polite">{outcome ? <Outcome outcome={outcome} onSelectLine={onSelectLine} /> : null}</div>
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
  if (outcome.kind !== 'applied') {
    return (
      <div className="alert alert-error" data-testid="import-apply-refused">
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
    <div className="notice" data-testid="import-apply-result">
      <p className="notice-title" data-testid="import-apply-result-title">
        {result.stored
          ? t('register.apply.stored', { version: result.version.version })
          : t('register.apply.unchanged', { version: result.version.version })}
      </p>
      {result.stored ? <ChangeList changes={result.changes} testId="import-apply-changes" /> : null}
      <p>
        <Link href="/register" data-testid="import-to-register">
          {t('import.apply.toRegister')}
        </Link>
      </p>
    </div>
  );
}
