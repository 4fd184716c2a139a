import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { type ConsentRecord, fetchConsentRecord } from '../../api/consent.api';
import { useResource } from '../../api/use-resource';
import { ProblemAlert } from '../../components/problem-alert';
import { formatDateTime } from '../../lib/format';
import { countryName, useLanguage } from '../register/register-format';
import { retentionText } from '../register/register-purposes';
import { Fact, InlineList, RegisterText } from '../register/register-text';
import { EventState } from './event-state';
import { NoticeContent } from './notice-content';

/**
 * One consent as its ISO/IEC TS 27560 record, in words: who controls the data, for which purpose, which data, who
 * receives it, how long it is kept, how to withdraw, the exact notice shown, and every event in order.
 */
export function ConsentRecordView({ recordId }: { recordId: string }) {
  const { t } = useTranslation();
  const record = useResource((signal) => fetchConsentRecord(recordId, signal), [recordId]);
  return (
    <article className="consent-record" aria-labelledby="consent-record-heading" data-testid="consent-record">
      <p>
        <Link href="/events" data-testid="consent-record-back">
          {t('consent.record.back')}
        </Link>
      </p>
      <h2 id="consent-record-heading">{t('consent.record.title')}</h2>
      {record.error ? <ProblemAlert error={record.error} /> : null}
      {record.data ? (
        <RecordDetails record={record.data} />
      ) : record.error ? null : (
        <p className="loading" role="status">
          {t('consent.record.loading')}
        </p>
      )}
    </article>
  );
}

function RecordDetails({ record }: { record: ConsentRecord }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const purpose = record.purposes[0];
  return (
    <>
      <section className="card consent-section" aria-labelledby="record-summary" data-testid="record-summary">
        <h3 id="record-summary">{t('consent.record.summary')}</h3>
        <dl className="facts register-facts">
          <Fact label={t('consent.record.state')} testId="record-state">
            <EventState state={record.state} />{' '}
            <span className="muted">{record.counts ? t('consent.record.counts') : t('consent.record.notCounts')}</span>
          </Fact>
          <Fact label={t('consent.record.subject')}>
            {t(`consent.subjectTypes.${record.subjectType}`)} <code className="audit-id">{record.subjectId}</code>
          </Fact>
          <Fact label={t('consent.record.recordId')}>
            <code className="audit-id">{record.recordId}</code>
          </Fact>
          <Fact label={t('consent.record.standard')}>{record.schema}</Fact>
          <Fact label={t('consent.record.json')}>
            <a
              href={`/api/consents/${encodeURIComponent(record.recordId)}/record`}
              download={`consent-record-${record.recordId}.json`}
              data-testid="record-json"
            >
              {t('consent.record.downloadJson')}
            </a>
          </Fact>
        </dl>
      </section>

      <section className="card consent-section" aria-labelledby="record-processing" data-testid="record-processing">
        <h3 id="record-processing">{t('consent.record.processing')}</h3>
        <dl className="facts register-facts">
          <Fact label={t('consent.record.controller')} testId="record-controller">
            <InlineList
              items={[
                record.controller.name,
                countryName(record.controller.country, locale),
                ...(record.controller.enterpriseNumber ? [record.controller.enterpriseNumber] : []),
                ...(record.controller.email ? [record.controller.email] : []),
              ]}
            />
          </Fact>
          <Fact label={t('consent.record.purpose')} testId="record-purpose">
            {purpose ? (
              <>
                <strong>
                  <RegisterText value={purpose.name} fallback={<code>{purpose.id}</code>} />
                </strong>
                {purpose.description ? (
                  <>
                    {' — '}
                    <RegisterText value={purpose.description} />
                  </>
                ) : null}
              </>
            ) : null}
          </Fact>
          <Fact label={t('consent.record.legalBasis')}>{t('consent.record.consentBasis')}</Fact>
          <Fact label={t('consent.record.dataTypes')} testId="record-data-types">
            <InlineList
              items={record.dataTypes.map((d) => <RegisterText key={d.id} value={d.label} fallback={d.term ?? d.id} />)}
            />
          </Fact>
          <Fact label={t('consent.record.dataSubjects')}>
            <InlineList items={record.dataSubjectTypes} />
          </Fact>
          <Fact label={t('consent.record.recipients')} testId="record-recipients">
            {record.recipients.length === 0 ? (
              t('consent.record.noRecipients')
            ) : (
              <ul className="plain-list">
                {record.recipients.map((r) => (
                  <li key={r.id}>
                    {r.name ?? r.id} ({t(`register.recipientRole.${r.role}`, { defaultValue: r.role })}
                    {r.country ? `, ${countryName(r.country, locale)}` : ''})
                  </li>
                ))}
              </ul>
            )}
          </Fact>
          <Fact label={t('consent.record.retention')} testId="record-retention">
            {record.storage.retention.length === 0 ? (
              t('consent.record.noRetention')
            ) : (
              <InlineList items={record.storage.retention.map((rule) => retentionText(rule, t, locale))} />
            )}
          </Fact>
          <Fact label={t('consent.record.location')}>{countryName(record.storage.location, locale)}</Fact>
          <Fact label={t('consent.record.withdrawal')} testId="record-withdrawal">
            {record.withdrawalMethods.length === 0 ? (
              t('consent.record.noWithdrawal')
            ) : (
              <InlineList
                items={record.withdrawalMethods.map((m) => t(`consent.withdrawal.${m}`, { defaultValue: m }))}
              />
            )}
          </Fact>
        </dl>
      </section>

      <section className="consent-section" aria-labelledby="record-notices" data-testid="record-notices">
        <h3 id="record-notices">{t('consent.record.notices')}</h3>
        {record.notices.length === 0 ? <p>{t('consent.record.noNotices')}</p> : null}
        {record.notices.map((notice) => (
          <div className="card notice-shown" key={notice.hash} data-testid="record-notice">
            <p className="muted">
              {t('consent.record.noticeMeta', {
                kind: t(`consent.noticeKinds.${notice.kind}`, { defaultValue: notice.kind }),
                language: languageName(notice.language, locale),
                version: notice.registerVersion,
              })}{' '}
              <code className="audit-id" title={notice.hash}>
                {notice.hash.slice(0, 12)}…
              </code>
            </p>
            <NoticeContent content={notice.content} language={notice.language} />
          </div>
        ))}
      </section>

      <section className="consent-section" aria-labelledby="record-events" data-testid="record-events">
        <h3 id="record-events">{t('consent.record.events')}</h3>
        <ol className="timeline">
          {record.events.map((event) => (
            <li key={event.id} data-testid="record-event" data-state={event.state}>
              <p>
                <time dateTime={event.time}>{formatDateTime(event.time, locale)}</time> —{' '}
                <EventState state={event.state} />
              </p>
              <p className="muted">
                {[
                  t(`consent.methods.${event.method}`, { defaultValue: event.method }),
                  t(`consent.channels.${event.channel}`, { defaultValue: event.channel }),
                  t(`consent.expressedBy.${event.expressedBy}`),
                  event.language ? languageName(event.language, locale) : null,
                  t('consent.record.registerVersion', { version: event.registerVersion }),
                  event.validUntil
                    ? t('consent.record.validUntil', { date: formatDateTime(event.validUntil, locale) })
                    : null,
                  event.ipPrefix ? t('consent.record.network', { prefix: event.ipPrefix }) : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}

function languageName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
