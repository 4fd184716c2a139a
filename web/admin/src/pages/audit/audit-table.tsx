import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../api/audit.api';
import { formatDateTime, formattingLocale } from '../../lib/format';

/** The entries found, newest first: when, who, what, with what outcome, on what, and the request id. */
export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const { t, i18n } = useTranslation();
  const locale = formattingLocale(i18n.language);
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="audit-table">
        <caption>{t('audit.caption', { shown: entries.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('audit.seq')}</th>
            <th scope="col">{t('audit.at')}</th>
            <th scope="col">{t('audit.actor')}</th>
            <th scope="col">{t('audit.action')}</th>
            <th scope="col">{t('audit.outcome')}</th>
            <th scope="col">{t('audit.target')}</th>
            <th scope="col">{t('audit.requestId')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr
              key={entry.seq}
              data-testid="audit-row"
              data-action={entry.action}
              data-outcome={entry.outcome}
              className={entry.outcome === 'success' ? undefined : 'audit-row-flagged'}
            >
              <th scope="row">{entry.seq}</th>
              <td>
                <time dateTime={entry.at}>{formatDateTime(entry.at, locale)}</time>
              </td>
              <td>
                {t(`audit.actorTypes.${entry.actor.type}`)}
                {entry.actor.id ? (
                  <>
                    {' '}
                    <code className="audit-id">{entry.actor.id}</code>
                  </>
                ) : null}
              </td>
              <td>
                <code>{entry.action}</code>
              </td>
              <td>
                <span
                  className={entry.outcome === 'success' ? 'tone-ok' : 'tone-bad outcome-flag'}
                  data-testid="audit-outcome-cell"
                >
                  {t(`audit.outcomes.${entry.outcome}`)}
                </span>
              </td>
              <td>
                {entry.target ? (
                  <>
                    {entry.target.type} <code className="audit-id">{entry.target.id}</code>
                  </>
                ) : (
                  '—'
                )}
              </td>
              <td>{entry.source?.requestId ? <code className="audit-id">{entry.source.requestId}</code> : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
