import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { fetchConsentStats } from '../../api/consent.api';
import { useResource } from '../../api/use-resource';
import { ProblemAlert } from '../../components/problem-alert';
import { formatInteger } from '../../lib/format';
import { needsTotpEnrolment, useMe } from '../../lib/me-context';
import { useLanguage } from '../register/register-format';
import { consentAccess } from './consent-access';
import { acceptAllShare, choiceTotals } from './consent-chart';
import { formatShare } from './consent-format';

const DAYS = 30;

/**
 * The consent figures of the last 30 days on the dashboard, for the roles that may read consents. It asks only
 * when the UI knows who is logged in (after a form login, or once the Consent area asked): asking without a
 * session, with another role or before two-factor enrolment would answer 401 or 403 on a page everyone opens.
 */
export function ConsentDashboardCard() {
  const { me } = useMe();
  // Until two-factor login is set up the server refuses everything but the account: ask nothing.
  return consentAccess(me).canRead && !needsTotpEnrolment(me) ? <ConsentFiguresCard /> : null;
}

function ConsentFiguresCard() {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const stats = useResource((signal) => fetchConsentStats({ days: DAYS }, signal), []);
  const totals = stats.data ? choiceTotals(stats.data.days) : undefined;
  const share = stats.data ? acceptAllShare(stats.data.days) : null;
  return (
    <section className="card" aria-labelledby="consent-card-heading" data-testid="consent-card">
      <h2 id="consent-card-heading">{t('consent.card.title', { days: DAYS })}</h2>
      {stats.error ? <ProblemAlert error={stats.error} /> : null}
      {totals === undefined ? (
        stats.error ? null : (
          <p className="loading">{t('consent.figures.loading')}</p>
        )
      ) : totals.all === 0 ? (
        <p data-testid="consent-card-empty">{t('consent.card.empty')}</p>
      ) : (
        <dl className="facts">
          <div className="fact">
            <dt>{t('consent.card.choices')}</dt>
            <dd data-testid="consent-card-choices">{formatInteger(totals.all, locale)}</dd>
          </div>
          <div className="fact">
            <dt>{t('consent.card.acceptAllShare')}</dt>
            <dd data-testid="consent-card-accept-share">{share === null ? '—' : formatShare(share, locale)}</dd>
          </div>
          <div className="fact">
            <dt>{t('consent.choices.rejectAll')}</dt>
            <dd>{formatInteger(totals.rejectAll, locale)}</dd>
          </div>
          <div className="fact">
            <dt>{t('consent.choices.withdraw')}</dt>
            <dd>{formatInteger(totals.withdraw, locale)}</dd>
          </div>
        </dl>
      )}
      <p>
        <Link href="/consent" data-testid="consent-card-link">
          {t('consent.card.link')}
        </Link>
      </p>
    </section>
  );
}
