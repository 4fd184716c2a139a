import { useTranslation } from 'react-i18next';
import {
  type ConsentEvent,
  type ConsentEventPage,
  type ConsentFilters,
  consentExportUrl,
  fetchConsentEvents,
} from '../../api/consent.api';
import type { Site } from '../../api/sites.api';
import { usePagedSearch } from '../../api/use-paged-search';
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
  const paged = usePagedSearch({
    initialFilters: {} as ConsentFilters,
    fetchPage: (filters, before: string | undefined, signal) =>
      fetchConsentEvents(filters, { ...(before === undefined ? {} : { before }), limit: PAGE_SIZE }, signal),
    olderCursorOf: (page: ConsentEventPage) => page.next ?? undefined,
  });
  const { first, filters } = paged;
  const events: ConsentEvent[] = paged.pages.flatMap((page) => page.items);

  return (
    <div data-testid="consent-events">
      <ConsentEventFilters purposes={purposes} sites={sites} onSearch={paged.search} />
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
        {paged.olderError ? <ProblemAlert error={paged.olderError} /> : null}
        {paged.olderCursor !== undefined ? (
          <button
            type="button"
            className="button button-secondary"
            disabled={paged.isLoadingOlder}
            onClick={() => void paged.loadOlder()}
            data-testid="consent-older"
          >
            {t('consent.events.loadOlder')}
          </button>
        ) : null}
      </section>
    </div>
  );
}
