import { useTranslation } from 'react-i18next';
import { fetchAuditAnchors } from '../../api/audit.api';
import { useResource } from '../../api/use-resource';
import { ProblemAlert } from '../../components/problem-alert';
import { formatDateTime, formattingLocale } from '../../lib/format';

/** The published chain heads: copies kept elsewhere prove that the log was not cut short later. */
export function AuditAnchors() {
  const { t, i18n } = useTranslation();
  const locale = formattingLocale(i18n.language);
  const anchors = useResource((signal) => fetchAuditAnchors(signal), []);
  return (
    <section aria-labelledby="audit-anchors-heading" data-testid="audit-anchors">
      <h2 id="audit-anchors-heading">{t('audit.anchorsTitle')}</h2>
      <p>{t('audit.anchorsIntro')}</p>
      {anchors.error ? <ProblemAlert error={anchors.error} /> : null}
      {anchors.data && anchors.data.length === 0 ? (
        <p data-testid="audit-anchors-empty">{t('audit.noAnchors')}</p>
      ) : null}
      {anchors.data && anchors.data.length > 0 ? (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{t('audit.anchorsTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('audit.seq')}</th>
                <th scope="col">{t('audit.at')}</th>
                <th scope="col">{t('audit.hash')}</th>
              </tr>
            </thead>
            <tbody>
              {anchors.data.map((anchor) => (
                <tr key={anchor.seq} data-testid="audit-anchor">
                  <th scope="row">{anchor.seq}</th>
                  <td>{formatDateTime(anchor.at, locale)}</td>
                  <td>
                    <code className="audit-id">{anchor.hash}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
