import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiError, isApiError } from '../../api/client';
import {
  type ConsentEvent,
  type ConsentEventPage,
  type ConsentFilters,
  consentExportUrl,
  fetchConsentEvents,
} from '../../api/consent.api';
import type { Site } from '../../api/sites.api';
import { useResource } from '../../api/use-resource';
import { ProblemAlert } from '../../components/problem-alert';
import { ConsentEventFilters } from './consent-event-filters';
import { ConsentEventTable } from './consent-event-table';
import type { PurposeName } from './consent-purposes';

const PAGE_SIZE = 50;

/**
 * The consent ledger: search by a person's e-mail address or a visitor id, purpose, website and period; newest
 * first, 50 at a time with the API's `next` cursor; each event links to its consent record; export as CSV or JSON.
 * The latest events show at once; the server audits every search and export as a read of personal data.
 */
export function ConsentEvents({ purposes, sites }: { purposes: PurposeName[]; sites: Site[] | undefined }) {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<ConsentFilters>({});
  const [search, setSearch] = useState(0);
  const first = useResource((signal) => fetchConsentEvents(filters, { limit: PAGE_SIZE }, signal), [filters, search]);
  const [older, setOlder] = useState<ConsentEventPage[]>([]);
  const [olderError, setOlderError] = useState<ApiError>();
  const [isLoadingOlder, setIsLoadingOlder] = useState(false);

  const pages = first.data ? [first.data, ...older] : [];
  const events: ConsentEvent[] = pages.flatMap((page) => page.items);
  const next = pages.at(-1)?.next ?? null;

  const onSearch = (nextFilters: ConsentFilters) => {
    setOlder([]);
    setOlderError(undefined);
    setFilters(nextFilters);
    setSearch((n) => n + 1);
  };

  const loadOlder = async () => {
    if (!next) {
      return;
    }
    setIsLoadingOlder(true);
    setOlderError(undefined);
    try {
      const page = await fetchConsentEvents(filters, { before: next, limit: PAGE_SIZE });
      setOlder([...older, page]);
    } catch (cause) {
      setOlderError(isApiError(cause) ? cause : { kind: 'problem', status: 0 });
    } finally {
      setIsLoadingOlder(false);
    }
  };

  return (
    <div data-testid="consent-events">
      <ConsentEventFilters purposes={purposes} sites={sites} onSearch={onSearch} />
      <section className="consent-section" aria-labelledby="consent-results-heading">
        <h2 id="consent-results-heading">{t('consent.events.title')}</h2>
        <p className="button-row">
          <a
            href={consentExportUrl(filters, 'csv')}
            download
            className="button button-secondary"
            data-testid="consent-export-csv"
          >
            {t('consent.events.exportCsv')}
          </a>
          <a
            href={consentExportUrl(filters, 'json')}
            download
            className="button button-secondary"
            data-testid="consent-export-json"
          >
            {t('consent.events.exportJson')}
          </a>
        </p>
        <p className="muted">{t('consent.events.exportHint')}</p>
        {first.error ? <ProblemAlert error={first.error} /> : null}
        <div role="status" aria-live="polite" className="visually-hidden">
          {first.data ? t('consent.events.found', { shown: events.length }) : ''}
        </div>
        {first.isLoading && !first.data ? <p className="loading">{t('consent.events.loading')}</p> : null}
        {first.data && events.length === 0 ? (
          <p data-testid="consent-events-empty">{t('consent.events.empty')}</p>
        ) : null}
        {events.length > 0 ? <ConsentEventTable events={events} purposes={purposes} sites={sites} /> : null}
        {olderError ? <ProblemAlert error={olderError} /> : null}
        {next ? (
          <button
            type="button"
            className="button button-secondary"
            disabled={isLoadingOlder}
            onClick={() => void loadOlder()}
            data-testid="consent-older"
          >
            {t('consent.events.loadOlder')}
          </button>
        ) : null}
      </section>
    </div>
  );
}
