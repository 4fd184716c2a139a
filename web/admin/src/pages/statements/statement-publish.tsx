import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchRegisterDiff, type RegisterVersion } from '../../api/register.api';
import {
  earliestEffectiveDate,
  type PublishOutcome,
  publishStatement,
  type StatementPublication,
} from '../../api/statements.api';
import { useResource } from '../../api/use-resource';
import { ProblemAlert } from '../../components/problem-alert';
import { useSubmit } from '../../lib/use-submit';
import { ChangeList } from '../register/change-list';
import { useLanguage } from '../register/register-format';
import { PublicationResult } from './publication-result';
import { formatDay } from './statement-format';

/**
 * Publish the active register version as the statement from an effective date. Says first which register version
 * that is and what changed since the latest publication; refuses (disabled, with the reason) when it is already
 * the latest publication.
 */
export function StatementPublish({
  register,
  latest,
  onPublished,
}: {
  register: RegisterVersion;
  latest: StatementPublication | undefined;
  onPublished: () => void;
}) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const dateId = useId();
  const earliest = earliestEffectiveDate();
  const [date, setDate] = useState(earliest);
  const { isSubmitting: isPublishing, outcome, error, submit } = useSubmit<PublishOutcome>();
  const isPublished = latest?.registerVersion === register.version;

  const publish = () =>
    submit(
      () => publishStatement(register.version, date),
      (result) => {
        if (result.kind === 'published') {
          onPublished();
        }
      },
    );

  return (
    <section className="statement-section" aria-labelledby="statement-publish-heading" data-testid="statement-publish">
      <h2 id="statement-publish-heading">{t('statements.publish.heading')}</h2>
      <p data-testid="publish-what">
        {latest
          ? t('statements.publish.whatAfter', {
              version: register.version,
              statement: latest.number,
              previous: latest.registerVersion,
            })
          : t('statements.publish.whatFirst', { version: register.version })}
      </p>
      {latest && !isPublished ? <ChangesSince from={latest.registerVersion} to={register.version} /> : null}
      {isPublished ? (
        <p className="notice" data-testid="publish-already">
          {t('statements.publish.already', {
            version: register.version,
            statement: latest.number,
            date: formatDay(latest.effectiveFrom, locale),
          })}
        </p>
      ) : null}
      <form
        className="publish-form"
        onSubmit={(event) => {
          event.preventDefault();
          void publish();
        }}
      >
        <div className="field">
          <label htmlFor={dateId}>{t('statements.publish.date')}</label>
          <input
            id={dateId}
            type="date"
            value={date}
            min={earliest}
            required
            aria-describedby={`${dateId}-hint`}
            onChange={(event) => setDate(event.target.value)}
            data-testid="publish-date"
          />
          <span id={`${dateId}-hint`} className="muted">
            {t('statements.publish.dateHint')}
          </span>
        </div>
        <button
          type="submit"
          className="button"
          disabled={isPublished || isPublishing || date === ''}
          aria-disabled={isPublishing ? 'true' : undefined}
          data-testid="publish-button"
        >
          {isPublishing
            ? t('statements.publish.publishing')
            : t('statements.publish.button', { version: register.version })}
        </button>
      </form>
      <div aria-live="polite" data-testid="publish-outcome">
        {outcome?.kind === 'published' ? <PublicationResult publication={outcome.publication} /> : null}
        {outcome && outcome.kind !== 'published' ? (
          <div className="alert alert-error" role="alert" data-testid="publish-refused">
            <p className="alert-title">
              {outcome.kind === 'already-published'
                ? t('statements.publish.refusedAlready')
                : t('statements.publish.refusedDate')}
            </p>
            {outcome.error.kind === 'problem' && outcome.error.detail ? <p lang="en">{outcome.error.detail}</p> : null}
          </div>
        ) : null}
      </div>
      {error ? <ProblemAlert error={error} /> : null}
    </section>
  );
}

/** What changed in the register since the version the latest publication was made from. */
function ChangesSince({ from, to }: { from: number; to: number }) {
  const { t } = useTranslation();
  const diff = useResource((signal) => fetchRegisterDiff(from, to, signal), [from, to]);
  return (
    <div className="publish-changes">
      <h3>{t('statements.publish.changesHeading', { from, to })}</h3>
      {diff.error ? <ProblemAlert error={diff.error} /> : null}
      {diff.data ? <ChangeList changes={diff.data} testId="publish-changes" /> : null}
    </div>
  );
}
