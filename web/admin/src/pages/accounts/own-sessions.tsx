import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchSessions, revokeSession } from '../../api/auth.api';
import { useResource } from '../../api/use-resource';
import { useSubmission } from '../../api/use-submission';
import { ProblemAlert } from '../../components/problem-alert';
import { formatDateTime, formattingLocale } from '../../lib/format';

/** My live sessions, this one marked; any other can be ended here (a lost laptop, a shared computer). */
export function OwnSessions() {
  const { t, i18n } = useTranslation();
  const locale = formattingLocale(i18n.resolvedLanguage ?? 'en');
  const sessions = useResource((signal) => fetchSessions(signal), []);
  const { failure, submit } = useSubmission();
  const [status, setStatus] = useState('');

  const revoke = (id: string) =>
    submit(async () => {
      await revokeSession(id);
      setStatus(t('account.sessions.revoked'));
      sessions.reload();
    });

  return (
    <section className="account-section" aria-labelledby="sessions-heading" data-testid="own-sessions">
      <h2 id="sessions-heading">{t('account.sessions.title')}</h2>
      {sessions.error ? <ProblemAlert error={sessions.error} /> : null}
      {failure ? <ProblemAlert error={failure} /> : null}
      {sessions.data ? (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{t('account.sessions.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('account.sessions.started')}</th>
                <th scope="col">{t('account.sessions.lastSeen')}</th>
                <th scope="col">{t('account.sessions.expires')}</th>
                <th scope="col">{t('account.sessions.action')}</th>
              </tr>
            </thead>
            <tbody>
              {sessions.data.map((session) => (
                <tr key={session.id} data-testid="session-row" data-current={session.current}>
                  <td>{formatDateTime(session.createdAt, locale)}</td>
                  <td>{formatDateTime(session.lastSeenAt, locale)}</td>
                  <td>{formatDateTime(session.expiresAt, locale)}</td>
                  <td>
                    {session.current ? (
                      <strong data-testid="session-current">{t('account.sessions.current')}</strong>
                    ) : (
                      <button
                        type="button"
                        className="button button-secondary"
                        data-testid="session-revoke"
                        aria-label={t('account.sessions.revokeLabel', {
                          started: formatDateTime(session.createdAt, locale),
                        })}
                        onClick={() => void revoke(session.id)}
                      >
                        {t('account.sessions.revoke')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <p role="status" data-testid="sessions-status">
        {status}
      </p>
    </section>
  );
}
