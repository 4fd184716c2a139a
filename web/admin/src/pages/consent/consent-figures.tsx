import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchConsentStats, STATS_PERIODS, type StatsPeriod } from '../../api/consent.api';
import type { Site } from '../../api/sites.api';
import { useResource } from '../../api/use-resource';
import { ProblemAlert } from '../../components/problem-alert';
import { ChoiceChart } from './choice-chart';
import type { PurposeName } from './consent-purposes';
import { PurposeShares } from './purpose-shares';
import { SiteSelect } from './site-select';

/**
 * What a site owner looks at first: the banner choices per day over 7, 30 or 90 days, for one website or all, and
 * per purpose how often it was granted.
 */
export function ConsentFigures({ purposes, sites }: { purposes: PurposeName[]; sites: Site[] | undefined }) {
  const { t } = useTranslation();
  const [site, setSite] = useState('');
  const [days, setDays] = useState<StatsPeriod>(30);
  const stats = useResource((signal) => fetchConsentStats({ days, ...(site ? { site } : {}) }, signal), [site, days]);

  return (
    <div data-testid="consent-figures">
      <div className="toggle-row">
        {sites && sites.length > 0 ? (
          <SiteSelect
            id="consent-figures-site"
            label={t('consent.figures.site')}
            sites={sites}
            value={site}
            onChange={setSite}
          />
        ) : (
          <p className="muted">{t('consent.figures.allSitesNote')}</p>
        )}
        <fieldset className="toggle-group" data-testid="consent-figures-period">
          <legend>{t('consent.figures.period')}</legend>
          {STATS_PERIODS.map((period) => (
            <button
              key={period}
              type="button"
              aria-pressed={days === period}
              onClick={() => setDays(period)}
              data-testid={`consent-period-${period}`}
            >
              {t('consent.figures.days', { days: period })}
            </button>
          ))}
        </fieldset>
      </div>
      {stats.error ? <ProblemAlert error={stats.error} isStale={stats.data !== undefined} /> : null}
      {stats.data ? (
        <div aria-busy={stats.isLoading}>
          <ChoiceChart stats={stats.data} period={days} />
          <PurposeShares figures={stats.data.purposes} purposes={purposes} />
        </div>
      ) : stats.error ? null : (
        <p className="loading" role="status">
          {t('consent.figures.loading')}
        </p>
      )}
    </div>
  );
}
