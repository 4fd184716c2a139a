import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiError, isApiError } from '../../api/client';
import { fetchMailLog, type MailFilters, type MailLogEntry } from '../../api/mail.api';
import { useResource } from '../../api/use-resource';
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
  const [filters, setFilters] = useState<MailFilters>({ scope: 'organisation' });
  const [search, setSearch] = useState(0);
  const first = useResource((signal) => fetchMailLog(filters, { limit: PAGE_SIZE }, signal), [filters, search]);
  const [older, setOlder] = useState<MailLogEntry[][]>([]);
  const [olderError, setOlderError] = useState<ApiError>();
  const [isLoadingOlder, setIsLoadingOlder] = useState(false);

  const pages = first.data ? [first.data, ...older] : [];
  const mails = pages.flat();
  const hasOlder = pages.at(-1)?.length === PAGE_SIZE;

  const onSearch = (next: MailFilters) => {
    setOlder([]);
    setOlderError(undefined);
    setFilters(next);
    setSearch((n) => n + 1);
  };

  const loadOlder = async () => {
    const last = mails.at(-1);
    if (!last) {
      return;
    }
    setIsLoadingOlder(true);
    setOlderError(undefined);
    try {
      setOlder([...older, await fetchMailLog(filters, { before: last.id, limit: PAGE_SIZE })]);
    } catch (cause) {
      setOlderError(isApiError(cause) ? cause : { kind: 'problem', status: 0 });
    } finally {
      setIsLoadingOlder(false);
    }
  };

  const isRefused =
    isApiError(first.error) && first.error.kind === 'problem' && [401, 403].includes(first.error.status);

  return (
    <section className="page" data-testid="mail-page">
      <PageHeading title={t('nav.mail')} />
      <p>{t('mail.intro')}</p>
      <p className="muted">{t('mail.audited')}</p>
      <MailFiltersForm canReadInstall={canReadInstall} onSearch={onSearch} />
      {first.error ? <ProblemAlert error={first.error} /> : null}
      {isRefused ? null : (
        <>
          {first.isLoading && !first.data ? <p className="loading">{t('mail.loading')}</p> : null}
          {first.data && mails.length === 0 ? <p data-testid="mail-empty">{t('mail.empty')}</p> : null}
          {mails.length > 0 ? <MailTable mails={mails} /> : null}
          {olderError ? <ProblemAlert error={olderError} /> : null}
          {hasOlder ? (
            <button
              type="button"
              className="button button-secondary"
              disabled={isLoadingOlder}
              onClick={() => void loadOlder()}
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
