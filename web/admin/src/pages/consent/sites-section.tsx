import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/client';
import type { Site } from '../../api/sites.api';
import { ProblemAlert } from '../../components/problem-alert';
import { SiteCard } from './site-card';
import { SiteCreate } from './site-create';

/**
 * The websites that run the cookie banner (owners and operators): each with its public site key, the origins
 * allowed to use it, and the snippet to put in its pages; add one, or revoke one after confirming.
 */
export function SitesSection({
  sites,
  error,
  onChanged,
}: {
  sites: Site[] | undefined;
  error: ApiError | undefined;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const [status, setStatus] = useState('');
  const active = sites?.filter((s) => !s.revokedAt) ?? [];
  const revoked = sites?.filter((s) => s.revokedAt) ?? [];
  return (
    <div data-testid="consent-sites">
      <section className="consent-section" aria-labelledby="sites-heading">
        <h2 id="sites-heading">{t('consent.sites.title')}</h2>
        <p>{t('consent.sites.intro')}</p>
        {error ? <ProblemAlert error={error} isStale={sites !== undefined} /> : null}
        {sites === undefined ? (
          error ? null : (
            <p className="loading" role="status">
              {t('consent.sites.loading')}
            </p>
          )
        ) : sites.length === 0 ? (
          <p data-testid="sites-empty">{t('consent.sites.empty')}</p>
        ) : null}
        <div className="site-list">
          {[...active, ...revoked].map((site) => (
            <SiteCard
              key={site.id}
              site={site}
              onRevoked={() => {
                setStatus(t('consent.sites.revoked', { name: site.name }));
                onChanged();
              }}
            />
          ))}
        </div>
        <p role="status" data-testid="sites-status">
          {status}
        </p>
      </section>
      <SiteCreate
        onCreated={(site) => {
          setStatus(t('consent.sites.created', { name: site.name }));
          onChanged();
        }}
      />
    </div>
  );
}
