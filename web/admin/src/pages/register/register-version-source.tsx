import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { fetchRegisterVersion } from '../../api/register.api';
import { useResource } from '../../api/use-resource';
import { ProblemAlert } from '../../components/problem-alert';
import { formatDateTime } from '../../lib/format';
import { useLanguage } from './register-format';

/** The source of one stored version, exactly as its author wrote it. */
export function RegisterVersionSource({ version }: { version: number }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const stored = useResource((signal) => fetchRegisterVersion(version, signal), [version]);
  return (
    <section className="register-section" aria-labelledby="version-source" data-testid="version-source">
      <h2 id="version-source">{t('register.history.sourceOf', { version })}</h2>
      <p>
        <Link href="/history">{t('register.history.back')}</Link>
      </p>
      {stored.error ? <ProblemAlert error={stored.error} /> : null}
      {stored.data ? (
        <>
          <p className="muted">
            {t('register.meta', {
              version: stored.data.version,
              author: stored.data.author,
              date: formatDateTime(stored.data.createdAt, locale),
            })}
          </p>
          {/* A scrollable region must be reachable by keyboard (WCAG 2.1.1), hence tabIndex and a name. */}
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region */}
          <section className="source-view" tabIndex={0} aria-labelledby="version-source">
            <pre data-testid="version-source-text">{stored.data.source}</pre>
          </section>
        </>
      ) : null}
    </section>
  );
}
