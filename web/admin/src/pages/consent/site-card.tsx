import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { revokeSite, type Site } from '../../api/sites.api';
import { useSubmission } from '../../api/use-submission';
import { ProblemAlert } from '../../components/problem-alert';
import { formatDateTime } from '../../lib/format';
import { useLanguage } from '../register/register-format';
import { Fact } from '../register/register-text';
import { SiteSnippet } from './site-snippet';

/** One website: its key, allowed origins, when it was added (and revoked), its snippet, and revoking it. */
export function SiteCard({ site, onRevoked }: { site: Site; onRevoked: () => void }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const [isConfirming, setIsConfirming] = useState(false);
  const { failure, submit } = useSubmission();
  const headingId = `site-${site.id}`;

  const revoke = () =>
    submit(async () => {
      await revokeSite(site.id);
      setIsConfirming(false);
      onRevoked();
    });

  return (
    <article
      className="card site-card"
      aria-labelledby={headingId}
      data-testid="site-card"
      data-name={site.name}
      data-revoked={site.revokedAt ? 'true' : 'false'}
    >
      <h3 id={headingId}>{site.name}</h3>
      <dl className="facts register-facts">
        <Fact label={t('consent.sites.key')}>
          <code data-testid="site-key">{site.siteKey}</code>
        </Fact>
        <Fact label={t('consent.sites.origins')}>
          {site.origins.length === 0 ? (
            t('consent.sites.anyOrigin')
          ) : (
            <ul className="plain-list" data-testid="site-origins">
              {site.origins.map((origin) => (
                <li key={origin}>
                  <code>{origin}</code>
                </li>
              ))}
            </ul>
          )}
        </Fact>
        <Fact label={t('consent.sites.createdAt')}>{formatDateTime(site.createdAt, locale)}</Fact>
        <Fact label={t('consent.sites.state')}>
          {site.revokedAt ? (
            <span className="tone-bad" data-testid="site-state">
              {t('consent.sites.revokedAt', { at: formatDateTime(site.revokedAt, locale) })}
            </span>
          ) : (
            <span className="tone-ok" data-testid="site-state">
              {t('consent.sites.active')}
            </span>
          )}
        </Fact>
      </dl>
      {site.revokedAt ? null : (
        <>
          <SiteSnippet site={site} />
          {failure ? <ProblemAlert error={failure} /> : null}
          {isConfirming ? (
            <div className="role-edit" data-testid="site-confirm">
              <span>{t('consent.sites.revokeQuestion', { name: site.name })}</span>
              <button type="button" className="button" onClick={() => void revoke()} data-testid="site-revoke-confirm">
                {t('consent.sites.revokeConfirm')}
              </button>
              <button
                type="button"
                className="button button-secondary"
                onClick={() => setIsConfirming(false)}
                data-testid="site-revoke-cancel"
              >
                {t('consent.sites.revokeCancel')}
              </button>
            </div>
          ) : (
            <button
              type="button"
              className="button button-secondary"
              aria-label={t('consent.sites.revokeLabel', { name: site.name })}
              onClick={() => setIsConfirming(true)}
              data-testid="site-revoke"
            >
              {t('consent.sites.revoke')}
            </button>
          )}
        </>
      )}
    </article>
  );
}
