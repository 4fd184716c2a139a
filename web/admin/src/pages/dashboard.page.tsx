import { useTranslation } from 'react-i18next';
import { fetchStatusSnapshot, type StatusSnapshot } from '../api/status';
import { PageHeading } from '../components/page-heading';
import { ProblemAlert } from '../components/problem-alert';
import { StatusCard, type StatusItem } from '../components/status-card';
import {
  formatDateTime,
  formatDuration,
  formatInteger,
  formatMilliseconds,
  formatTime,
  formattingLocale,
} from '../lib/format';
import { usePolling } from '../lib/use-polling';
import { ConsentDashboardCard } from './consent/consent-dashboard-card';

/** How often the dashboard refreshes itself. */
export const REFRESH_INTERVAL_MS = 10_000;

/** Server and database status from `GET /api/status` and `GET /readyz`, refreshed every 10 seconds. */
export function DashboardPage() {
  const { t, i18n } = useTranslation();
  const { data, error, isFetching, refresh } = usePolling(fetchStatusSnapshot, REFRESH_INTERVAL_MS);
  const locale = formattingLocale(i18n.resolvedLanguage ?? 'en');

  return (
    <section className="page" data-testid="dashboard">
      <PageHeading title={t('dashboard.title')}>
        <div className="page-actions">
          <button type="button" className="button" onClick={refresh} aria-disabled={isFetching} data-testid="refresh">
            {isFetching && data ? t('dashboard.refreshing') : t('dashboard.refresh')}
          </button>
        </div>
      </PageHeading>
      <p className="lead">{t('dashboard.intro')}</p>
      {/* Polite live region: screen readers hear when an automatic refresh lands, without being interrupted. */}
      <p className="muted" aria-live="polite" data-testid="last-updated">
        {data ? `${t('dashboard.lastUpdated', { time: formatTime(data.fetchedAt, locale) })} ` : null}
        {t('dashboard.autoRefresh', { seconds: REFRESH_INTERVAL_MS / 1000 })}
      </p>
      {error ? <ProblemAlert error={error} isStale={data !== undefined} /> : null}
      {data ? (
        <StatusCards snapshot={data} locale={locale} />
      ) : error ? null : (
        <p className="loading" role="status" data-testid="loading">
          {t('dashboard.loading')}
        </p>
      )}
    </section>
  );
}

function StatusCards({ snapshot, locale }: { snapshot: StatusSnapshot; locale: string }) {
  const { t } = useTranslation();
  const { status, readiness } = snapshot;
  const { database } = status;

  const server: StatusItem[] = [
    { label: t('dashboard.server.version'), value: status.version, testId: 'version' },
    { label: t('dashboard.server.uptime'), value: formatDuration(status.uptimeSeconds, locale), testId: 'uptime' },
    { label: t('dashboard.server.startedAt'), value: formatDateTime(status.startedAt, locale), testId: 'started-at' },
    {
      label: t('dashboard.server.readiness'),
      value: readiness.ready
        ? t('dashboard.server.ready')
        : [t('dashboard.server.notReady'), readiness.detail].filter(Boolean).join(': '),
      testId: 'readiness',
      tone: readiness.ready ? 'ok' : 'bad',
    },
  ];

  const db: StatusItem[] = [
    { label: t('dashboard.database.store'), value: t(`dashboard.database.${database.dialect}`), testId: 'db-store' },
    {
      label: t('dashboard.database.connection'),
      value: database.reachable ? t('dashboard.database.reachable') : t('dashboard.database.unreachable'),
      testId: 'db-reachable',
      tone: database.reachable ? 'ok' : 'bad',
    },
    ...(database.latencyMs === null
      ? []
      : [
          {
            label: t('dashboard.database.latency'),
            value: formatMilliseconds(database.latencyMs, locale),
            testId: 'db-latency',
          },
        ]),
    {
      label: t('dashboard.database.migrationsApplied'),
      value: formatInteger(database.migrations.applied, locale),
      testId: 'migrations-applied',
    },
    {
      label: t('dashboard.database.migrationsPending'),
      value: formatInteger(database.migrations.pending, locale),
      testId: 'migrations-pending',
      ...(database.migrations.pending > 0 ? { tone: 'bad' as const } : {}),
    },
    {
      label: t('dashboard.database.latestMigration'),
      value: database.migrations.latest ? <code>{database.migrations.latest}</code> : t('dashboard.database.none'),
      testId: 'migrations-latest',
    },
  ];

  return (
    <div className="cards">
      <StatusCard title={t('dashboard.server.heading')} items={server} testId="server-card" />
      <StatusCard title={t('dashboard.database.heading')} items={db} testId="database-card" />
      {status.counts ? (
        <StatusCard
          title={t('dashboard.data.heading')}
          testId="data-card"
          items={[
            {
              label: t('dashboard.data.organisations'),
              value: formatInteger(status.counts.organisations, locale),
              testId: 'count-organisations',
            },
            {
              label: t('dashboard.data.people'),
              value: formatInteger(status.counts.people, locale),
              testId: 'count-people',
            },
          ]}
        />
      ) : null}
      <ConsentDashboardCard />
    </div>
  );
}
