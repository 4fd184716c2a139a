import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { fetchMailLog, type MailFilters, type MailLogEntry } from '../../api/mail.api';
import { usePagedSearch } from '../../api/use-paged-search';
import { PageHeading } from '../../components/page-heading';
import { ProblemAlert } from '../../components/problem-alert';
import { useMe } from '../../lib/me-context';
import { MailFiltersForm } from './mail-filters';
import { MailTable } from './mail-table';

const PAGE_SIZE = 50;

/**
 * `/admin/mail`, for owners, privacy officers and auditors: what Dijk sent or is trying to send, to whom and how it
 * went. Recipients are personal data, so every reading is recorded in the audit log (the page says so).
 */
export function MailPage() {
  const { t } = useTranslation();
  const { me } = useMe();
  // A setup-link session (owner of the install) has no form login, so the UI does not know it: offer the choice.
  const canReadInstall = me === undefined || me.allOrganisations;
  const paged = usePagedSearch({
    initialFilters: { scope: 'organisation' } as MailFilters,
    fetchPage: (filters, before: string | undefined, signal) =>
      fetchMailLog(filters, { ...(before === undefined ? {} : { before }), limit: PAGE_SIZE }, signal),
    olderCursorOf: (page: MailLogEntry[]) => (page.length === PAGE_SIZE ? page.at(-1)?.id : undefined),
  });
  const { first } = paged;
  const mails = paged.pages.flat();

  const isRefused =
    isApiError(first.error) && first.error.kind === 'problem' && [401, 403].includes(first.error.status);

  return (
    <section className="page" data-testid="mail-page">
      <PageHeading title={t('nav.mail')} />
      <p>{t('mail.intro')}</p>
      <p className="muted">{t('mail.audited')}</p>
      <MailFiltersForm canReadInstall={canReadInstall} onSearch={paged.search} />
      {first.error ? <ProblemAlert error={first.error} /> : null}
      {isRefused ? null : (
        <>
          {first.isLoading && !first.data ? <p className="loading">{t('mail.loading')}</p> : null}
          {first.data && mails.length === 0 ? <p data-testid="mail-empty">{t('mail.empty')}</p> : null}
          {mails.length > 0 ? <MailTable mails={mails} /> : null}
          {paged.olderError ? <ProblemAlert error={paged.olderError} /> : null}
          {paged.olderCursor !== undefined ? (
            <button
              type="button"
              className="button button-secondary"
              disabled={paged.isLoadingOlder}
              onClick={() => void paged.loadOlder()}
              data-testid="mail-older"
            >
              {t('mail.loadOlder')}
            </button>
          ) : null}
        </>
      )}
    </section>
  );
}
