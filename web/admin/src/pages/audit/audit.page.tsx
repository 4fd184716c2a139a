import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AUDIT_EXPORT_URL, type AuditEntry, type AuditFilters, fetchAuditEntries } from '../../api/audit.api';
import { type ApiError, isApiError } from '../../api/client';
import { useResource } from '../../api/use-resource';
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
  const [filters, setFilters] = useState<AuditFilters>({});
  const [search, setSearch] = useState(0);
  const first = useResource((signal) => fetchAuditEntries(filters, { limit: PAGE_SIZE }, signal), [filters, search]);
  const [older, setOlder] = useState<AuditEntry[][]>([]);
  const [olderError, setOlderError] = useState<ApiError>();
  const [isLoadingOlder, setIsLoadingOlder] = useState(false);

  const pages = first.data ? [first.data, ...older] : [];
  const entries = pages.flat();
  const lastPage = pages.at(-1);
  const hasOlder = lastPage !== undefined && lastPage.length === PAGE_SIZE;

  const onSearch = (next: AuditFilters) => {
    setOlder([]);
    setOlderError(undefined);
    setFilters(next);
    setSearch((n) => n + 1);
  };

  const loadOlder = async () => {
    const last = entries.at(-1);
    if (!last) {
      return;
    }
    setIsLoadingOlder(true);
    setOlderError(undefined);
    try {
      const page = await fetchAuditEntries(filters, { beforeSeq: last.seq, limit: PAGE_SIZE });
      setOlder([...older, page]);
    } catch (cause) {
      setOlderError(isApiError(cause) ? cause : { kind: 'problem', status: 0 });
    } finally {
      setIsLoadingOlder(false);
    }
  };

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
          <AuditFiltersForm onSearch={onSearch} />
          {first.isLoading && !first.data ? <p className="loading">{t('audit.loading')}</p> : null}
          {first.data && entries.length === 0 ? <p data-testid="audit-empty">{t('audit.empty')}</p> : null}
          {entries.length > 0 ? <AuditTable entries={entries} /> : null}
          {olderError ? <ProblemAlert error={olderError} /> : null}
          {hasOlder ? (
            <button
              type="button"
              className="button button-secondary"
              disabled={isLoadingOlder}
              onClick={() => void loadOlder()}
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
