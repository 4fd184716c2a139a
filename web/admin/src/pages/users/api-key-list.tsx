import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiKey, revokeApiKey } from '../../api/api-keys.api';
import { useSubmission } from '../../api/use-submission';
import { ProblemAlert } from '../../components/problem-alert';
import { formatDateTime, formattingLocale } from '../../lib/format';

/** The organisation's API keys; revoking one asks to confirm first, then stops the key at once. */
export function ApiKeyList({ apiKeys, onChanged }: { apiKeys: ApiKey[]; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const locale = formattingLocale(i18n.language);
  const [confirming, setConfirming] = useState<string>();
  const { failure, submit } = useSubmission();
  const [status, setStatus] = useState('');

  const revoke = (apiKey: ApiKey) =>
    submit(async () => {
      await revokeApiKey(apiKey.id);
      setConfirming(undefined);
      setStatus(t('apiKeys.revoked', { name: apiKey.name }));
      onChanged();
    });

  return (
    <section aria-labelledby="api-key-list-heading">
      <h3 id="api-key-list-heading">{t('apiKeys.listTitle')}</h3>
      {failure ? <ProblemAlert error={failure} /> : null}
      {apiKeys.length === 0 ? (
        <p data-testid="api-keys-empty">{t('apiKeys.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table" data-testid="api-keys-table">
            <caption className="visually-hidden">{t('apiKeys.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('apiKeys.name')}</th>
                <th scope="col">{t('apiKeys.prefix')}</th>
                <th scope="col">{t('apiKeys.actions')}</th>
                <th scope="col">{t('apiKeys.createdAt')}</th>
                <th scope="col">{t('apiKeys.lastUsed')}</th>
                <th scope="col">{t('apiKeys.state')}</th>
              </tr>
            </thead>
            <tbody>
              {apiKeys.map((apiKey) => (
                <tr key={apiKey.id} data-testid="api-key-row" data-name={apiKey.name}>
                  <th scope="row">{apiKey.name}</th>
                  <td>
                    <code>{apiKey.prefix}…</code>
                  </td>
                  <td>
                    <ul className="plain-list">
                      {apiKey.actions.map((action) => (
                        <li key={action}>
                          <code>{action}</code>
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td>{formatDateTime(apiKey.createdAt, locale)}</td>
                  <td data-testid="api-key-last-used">
                    {apiKey.lastUsedAt ? formatDateTime(apiKey.lastUsedAt, locale) : t('apiKeys.neverUsed')}
                  </td>
                  <td>
                    {apiKey.revokedAt ? (
                      <span className="tone-bad" data-testid="api-key-state">
                        {t('apiKeys.revokedAt', { at: formatDateTime(apiKey.revokedAt, locale) })}
                      </span>
                    ) : confirming === apiKey.id ? (
                      <div className="role-edit" data-testid="api-key-confirm">
                        <span>{t('apiKeys.revokeQuestion', { name: apiKey.name })}</span>
                        <button
                          type="button"
                          className="button"
                          onClick={() => void revoke(apiKey)}
                          data-testid="api-key-revoke-confirm"
                        >
                          {t('apiKeys.revokeConfirm')}
                        </button>
                        <button
                          type="button"
                          className="button button-secondary"
                          onClick={() => setConfirming(undefined)}
                          data-testid="api-key-revoke-cancel"
                        >
                          {t('apiKeys.revokeCancel')}
                        </button>
                      </div>
                    ) : (
                      <>
                        <span className="tone-ok" data-testid="api-key-state">
                          {t('apiKeys.active')}
                        </span>{' '}
                        <button
                          type="button"
                          className="button button-secondary"
                          aria-label={t('apiKeys.revokeLabel', { name: apiKey.name })}
                          onClick={() => setConfirming(apiKey.id)}
                          data-testid="api-key-revoke"
                        >
                          {t('apiKeys.revoke')}
                        </button>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p role="status" data-testid="api-keys-status">
        {status}
      </p>
    </section>
  );
}
