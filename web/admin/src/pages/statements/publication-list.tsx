import { useTranslation } from 'react-i18next';
import { earliestEffectiveDate, type StatementPublication } from '../../api/statements.api';
import { formatDateTime } from '../../lib/format';
import { ChangeList } from '../register/change-list';
import { useLanguage } from '../register/register-format';
import { MaterialNotice } from './material-notice';
import { PublicLinks } from './public-links';
import { formatDay } from './statement-format';

/**
 * Every publication, newest first: the statement version, from when it applies (a future one is announced), the
 * register version it was made from, its change notice and its public addresses.
 */
export function PublicationList({ publications }: { publications: readonly StatementPublication[] }) {
  const { t } = useTranslation();
  const today = earliestEffectiveDate();
  // The one in force: the newest whose date has come (the list is newest first).
  const inForce = publications.find((p) => p.effectiveFrom <= today)?.number;
  return (
    <section
      className="statement-section"
      aria-labelledby="statement-versions-heading"
      data-testid="statement-versions"
    >
      <h2 id="statement-versions-heading">{t('statements.versions.heading')}</h2>
      {publications.length === 0 ? (
        <p className="muted" data-testid="versions-empty">
          {t('statements.versions.none')}
        </p>
      ) : (
        <ol className="publication-list" reversed>
          {publications.map((publication) => (
            <PublicationItem
              key={publication.number}
              publication={publication}
              status={
                publication.effectiveFrom > today ? 'announced' : publication.number === inForce ? 'inForce' : 'earlier'
              }
            />
          ))}
        </ol>
      )}
    </section>
  );
}

function PublicationItem({
  publication,
  status,
}: {
  publication: StatementPublication;
  status: 'announced' | 'inForce' | 'earlier';
}) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const date = formatDay(publication.effectiveFrom, locale);
  const headingId = `publication-${publication.number}`;
  return (
    <li className="card publication" data-status={status} data-testid={`publication-${publication.number}`}>
      <h3 id={headingId}>{t('statements.versions.title', { number: publication.number })}</h3>
      <p data-testid="publication-status">
        <span className="status-badge" data-status={status}>
          {t(`statements.versions.status.${status}`)}
        </span>{' '}
        {status === 'announced'
          ? t('statements.versions.announced', { date })
          : t('statements.versions.from', { date })}
      </p>
      <p className="muted">
        {t('statements.versions.meta', {
          version: publication.registerVersion,
          date: formatDateTime(publication.publishedAt, locale),
        })}
      </p>
      <MaterialNotice publication={publication} />
      {publication.number > 1 ? (
        <details className="publication-changes">
          <summary>{t('statements.versions.changes', { total: publication.changes.length })}</summary>
          <ChangeList changes={publication.changes} testId={`publication-${publication.number}-changes`} />
        </details>
      ) : null}
      <PublicLinks publication={publication} current={status === 'inForce'} />
    </li>
  );
}
