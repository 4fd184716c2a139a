import { useTranslation } from 'react-i18next';
import { fetchApiKeys } from '../../api/api-keys.api';
import { useResource } from '../../api/use-resource';
import { ProblemAlert } from '../../components/problem-alert';
import { ApiKeyCreate } from './api-key-create';
import { ApiKeyList } from './api-key-list';

/** The API keys of the organisation (owners): list, issue, revoke. Others see the server's refusal. */
export function ApiKeysSection() {
  const { t } = useTranslation();
  const apiKeys = useResource((signal) => fetchApiKeys(signal), []);
  return (
    <section aria-labelledby="api-keys-heading" className="page-section" data-testid="api-keys">
      <h2 id="api-keys-heading">{t('apiKeys.title')}</h2>
      <p>{t('apiKeys.intro')}</p>
      {apiKeys.error ? <ProblemAlert error={apiKeys.error} /> : null}
      {apiKeys.data ? (
        <>
          <ApiKeyList apiKeys={apiKeys.data} onChanged={apiKeys.reload} />
          <ApiKeyCreate onCreated={apiKeys.reload} />
        </>
      ) : null}
    </section>
  );
}
