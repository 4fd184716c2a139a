import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { fetchActiveRegister } from '../../api/register.api';
import { fetchPublications } from '../../api/statements.api';
import { useResource } from '../../api/use-resource';
import { PageHeading } from '../../components/page-heading';
import { ProblemAlert } from '../../components/problem-alert';
import { PublicationList } from './publication-list';
import { StatementPreview } from './statement-preview';
import { StatementPublish } from './statement-publish';

/**
 * The Statements area (`/admin/statements`): the statement the active register would publish (per language,
 * privacy or cookies) beside that register, publishing it from an effective date, and every published version.
 */
export function StatementsPage() {
  const { t } = useTranslation();
  const active = useResource(fetchActiveRegister, []);
  const publications = useResource(fetchPublications, []);
  const register = active.data;
  const error = active.error ?? publications.error;

  return (
    <section className="page statements-page" data-testid="statements-page">
      <PageHeading title={t('statements.title')} />
      <p className="lead">{t('statements.lead')}</p>
      {error ? <ProblemAlert error={error} isStale={register !== undefined} /> : null}
      {register === undefined || publications.data === undefined ? (
        error ? null : (
          <p className="loading" role="status">
            {t('statements.loading')}
          </p>
        )
      ) : register === null ? (
        <div className="notice" data-testid="statements-no-register">
          <p>{t('statements.noRegister')}</p>
          <p>
            <Link href="/register/editor">{t('statements.toEditor')}</Link>
          </p>
        </div>
      ) : (
        <>
          <StatementPreview register={register} />
          <StatementPublish register={register} latest={publications.data[0]} onPublished={publications.reload} />
        </>
      )}
      {publications.data ? <PublicationList publications={publications.data} /> : null}
    </section>
  );
}
