import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { ConsentEvent } from '../../api/consent.api';
import type { Site } from '../../api/sites.api';
import { formatDateTime } from '../../lib/format';
import { useLanguage } from '../register/register-format';
import { RegisterText } from '../register/register-text';
import type { PurposeName } from './consent-purposes';
import { EventState } from './event-state';

/** The events found, newest first: when, whose, which purpose, what happened, how, where, and the record. */
export function ConsentEventTable({
  events,
  purposes,
  sites,
}: {
  events: ConsentEvent[];
  purposes: PurposeName[];
  sites: Site[] | undefined;
}) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const names = new Map(purposes.map((p) => [p.id, p.name]));
  const siteNames = new Map((sites ?? []).map((s) => [s.id, s.name]));
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="consent-table">
        <caption>{t('consent.events.caption', { shown: events.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('consent.events.at')}</th>
            <th scope="col">{t('consent.events.subject')}</th>
            <th scope="col">{t('consent.events.purpose')}</th>
            <th scope="col">{t('consent.events.event')}</th>
            <th scope="col">{t('consent.events.how')}</th>
            <th scope="col">{t('consent.events.site')}</th>
            <th scope="col">{t('consent.events.record')}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id} data-testid="consent-row" data-event={event.event} data-purpose={event.purposeId}>
              <td>
                <time dateTime={event.at}>{formatDateTime(event.at, locale)}</time>
              </td>
              <td>
                {t(`consent.subjectTypes.${event.subjectType}`)} <code className="audit-id">{event.subjectKey}</code>
              </td>
              <td>
                <RegisterText value={names.get(event.purposeId)} fallback={<code>{event.purposeId}</code>} />
              </td>
              <td>
                <EventState state={event.event} />
              </td>
              <td>
                {t(`consent.methods.${event.method}`, { defaultValue: event.method })}
                <br />
                <span className="muted">{t(`consent.channels.${event.channel}`, { defaultValue: event.channel })}</span>
              </td>
              <td>
                {event.siteId ? (siteNames.get(event.siteId) ?? <code className="audit-id">{event.siteId}</code>) : '—'}
              </td>
              <td>
                <Link
                  href={`/records/${event.recordId}`}
                  aria-label={t('consent.events.recordLabel', { at: formatDateTime(event.at, locale) })}
                  data-testid="consent-record-link"
                >
                  {t('consent.events.view')}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
