import { useTranslation } from 'react-i18next';
import { AUDIT_EXPORT_URL, type AuditEntry, type AuditFilters, fetchAuditEntries } from '../../api/audit.api';
import { isApiError } from '../../api/client';
import { usePagedSearch } from '../../api/use-paged-search';
import { PageHeading } from '../../components/page-heading';
import { ProblemAlert } from '../../components/problem-alert';
import { AuditAnchors } from './audit-anchors';
import { AuditFiltersForm } from './audit-filters';
import { AuditTable } from './audit-table';
import { AuditVerify } from './audit-verify';

const PAGE_SIZE = 50;

/** `/admin/audit`, for auditors and owners: search the tamper-evident log, verify its chain, see anchors, export. */
export function AuditPage() {
  const { t } = useTranslation();
  const paged = usePagedSearch({
    initialFilters: {} as AuditFilters,
    fetchPage: (filters, beforeSeq: number | undefined, signal) =>
      fetchAuditEntries(filters, { ...(beforeSeq === undefined ? {} : { beforeSeq }), limit: PAGE_SIZE }, signal),
    olderCursorOf: (page: AuditEntry[]) => (page.length === PAGE_SIZE ? page.at(-1)?.seq : undefined),
  });
  const { first } = paged;
  const entries = paged.pages.flat();

  const isForbidden = isApiError(first.error) && first.error.kind === 'problem' && first.error.status === 403;
  const isUnauthorized = isApiError(first.error) && first.error.kind === 'problem' && first.error.status === 401;
  const canRead = !isForbidden && !isUnauthorized;

  return (
    <section className="page" data-testid="audit-page">
      <PageHeading title={t('nav.audit')} />
      <p>{t('audit.intro')}</p>
      {first.error ? <ProblemAlert error={first.error} /> : null}
      {canRead ? (
        <>
          <p>
            <a href={AUDIT_EXPORT_URL} download className="button button-secondary" data-testid="audit-export">
              {t('audit.export')}
            </a>{' '}
            <span className="muted">{t('audit.exportHint')}</span>
          </p>
          <AuditVerify />
          <AuditFiltersForm onSearch={paged.search} />
          {first.isLoading && !first.data ? <p className="loading">{t('audit.loading')}</p> : null}
          {first.data && entries.length === 0 ? <p data-testid="audit-empty">{t('audit.empty')}</p> : null}
          {entries.length > 0 ? <AuditTable entries={entries} /> : null}
          {paged.olderError ? <ProblemAlert error={paged.olderError} /> : null}
          {paged.olderCursor !== undefined ? (
            <button
              type="button"
              className="button button-secondary"
              disabled={paged.isLoadingOlder}
              onClick={() => void paged.loadOlder()}
              data-testid="audit-older"
            >
              {t('audit.loadOlder')}
            </button>
          ) : null}
          <AuditAnchors />
        </>
      ) : null}
    </section>
  );
}
