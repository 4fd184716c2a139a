import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAIL_KINDS, MAIL_STATUSES, type MailFilters, type MailScope, type MailStatus } from '../../api/mail.api';

/** The filters of the mail log; the install's account mails are offered to the install owner only. */
export function MailFiltersForm({
  canReadInstall,
  onSearch,
}: {
  canReadInstall: boolean;
  onSearch: (filters: MailFilters) => void;
}) {
  const { t } = useTranslation();
  const [scope, setScope] = useState<MailScope>('organisation');
  const [kind, setKind] = useState('');
  const [status, setStatus] = useState<MailStatus | ''>('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch({ scope, ...(kind ? { kind } : {}), ...(status ? { status } : {}) });
  };

  return (
    <form onSubmit={submit} aria-labelledby="mail-search-heading" data-testid="mail-filters">
      <h2 id="mail-search-heading">{t('mail.searchTitle')}</h2>
      <div className="form-row">
        {canReadInstall ? (
          <div className="field">
            <label htmlFor="mail-scope">{t('mail.scope')}</label>
            <select
              id="mail-scope"
              value={scope}
              onChange={(event) => setScope(event.target.value as MailScope)}
              data-testid="mail-scope"
            >
              <option value="organisation">{t('mail.scopes.organisation')}</option>
              <option value="install">{t('mail.scopes.install')}</option>
            </select>
          </div>
        ) : null}
        <div className="field">
          <label htmlFor="mail-kind">{t('mail.kind')}</label>
          <select id="mail-kind" value={kind} onChange={(event) => setKind(event.target.value)} data-testid="mail-kind">
            <option value="">{t('mail.anyKind')}</option>
            {MAIL_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`mail.kinds.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="mail-status">{t('mail.status')}</label>
          <select
            id="mail-status"
            value={status}
            onChange={(event) => setStatus(event.target.value as MailStatus | '')}
            data-testid="mail-status"
          >
            <option value="">{t('mail.anyStatus')}</option>
            {MAIL_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`mail.statuses.${s}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="button-row">
        <button type="submit" className="button" data-testid="mail-search">
          {t('mail.search')}
        </button>
      </div>
    </form>
  );
}
