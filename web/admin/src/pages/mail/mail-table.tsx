import { useTranslation } from 'react-i18next';
import type { MailLogEntry } from '../../api/mail.api';
import { formatDateTime, formattingLocale } from '../../lib/format';

/** The mails found, newest first: when, what kind, to whom, the subject, and how delivery went. Never a body. */
export function MailTable({ mails }: { mails: MailLogEntry[] }) {
  const { t, i18n } = useTranslation();
  const locale = formattingLocale(i18n.language);
  const when = (value: string) => <time dateTime={value}>{formatDateTime(value, locale)}</time>;
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="mail-table">
        <caption>{t('mail.caption', { shown: mails.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('mail.createdAt')}</th>
            <th scope="col">{t('mail.kind')}</th>
            <th scope="col">{t('mail.to')}</th>
            <th scope="col">{t('mail.subject')}</th>
            <th scope="col">{t('mail.status')}</th>
            <th scope="col">{t('mail.delivery')}</th>
          </tr>
        </thead>
        <tbody>
          {mails.map((mail) => (
            <tr key={mail.id} data-testid="mail-row" data-kind={mail.kind} data-status={mail.status}>
              <td>{when(mail.createdAt)}</td>
              <td>{t(`mail.kinds.${mail.kind}`, { defaultValue: mail.kind })}</td>
              <td>{mail.to}</td>
              <td>{mail.subject}</td>
              <td>
                <span
                  className={mail.status === 'sent' ? 'tone-ok' : mail.status === 'failed' ? 'tone-bad' : undefined}
                  data-testid="mail-status-cell"
                >
                  {t(`mail.statuses.${mail.status}`)}
                </span>
              </td>
              <td>
                {mail.sentAt ? (
                  <>
                    {t('mail.sentAt')} {when(mail.sentAt)}
                  </>
                ) : null}
                {mail.status === 'pending' && mail.nextAttemptAt ? (
                  <>
                    {t('mail.nextAttempt')} {when(mail.nextAttemptAt)}
                  </>
                ) : null}
                <span className="muted"> {t('mail.attempts', { n: mail.attempts })}</span>
                {mail.lastError ? (
                  <p className="muted" lang="en" data-testid="mail-error">
                    {mail.lastError}
                  </p>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
