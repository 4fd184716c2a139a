import { useTranslation } from 'react-i18next';
import { Link, Route, Switch, useLocation } from 'wouter';
import { fetchActiveRegister } from '../../api/register.api';
import { fetchSites } from '../../api/sites.api';
import { useResource } from '../../api/use-resource';
import { PageHeading } from '../../components/page-heading';
import { ProblemAlert } from '../../components/problem-alert';
import { needsTotpEnrolment } from '../../lib/me-context';
import { NotFoundPage } from '../not-found.page';
import { type ConsentAccess, consentAccess } from './consent-access';
import { ConsentEvents } from './consent-events';
import { ConsentFigures } from './consent-figures';
import { ConsentMailing } from './consent-mailing';
import { ConsentOnBehalf } from './consent-on-behalf';
import { registerPurposes } from './consent-purposes';
import { ConsentRecordView } from './consent-record';
import { SitesSection } from './sites-section';
import { useSessionMe } from './use-session-me';

/** The tabs of the area; each shows only for the roles whose actions it needs. */
const TABS = [
  { key: 'figures', path: '/', isShown: (a: ConsentAccess) => a.canRead },
  { key: 'events', path: '/events', isShown: (a: ConsentAccess) => a.canRead },
  { key: 'onBehalf', path: '/on-behalf', isShown: (a: ConsentAccess) => a.canWrite },
  { key: 'mailing', path: '/mailing', isShown: (a: ConsentAccess) => a.canSendMailings },
  { key: 'sites', path: '/sites', isShown: (a: ConsentAccess) => a.canManageSites },
] as const;

/**
 * The Consent area (`/admin/consent/*`, a nested router): banner choices over time and per purpose, the search of
 * the consent ledger with each consent's ISO/IEC TS 27560 record, recording a consent on someone's behalf, sending a
 * mailing to the people whose consent counts, and the websites that run the banner. What a role may not do is left
 * out, not offered and refused.
 */
export function ConsentPage() {
  const { t } = useTranslation();
  const session = useSessionMe();
  return (
    <section className="page consent-page" data-testid="consent-page">
      <PageHeading title={t('consent.title')} />
      <p className="lead">{t('consent.lead')}</p>
      {session.error ? (
        <ProblemAlert error={session.error} />
      ) : needsTotpEnrolment(session.me) ? null : session.me ? (
        // Until two-factor login is set up the server refuses everything but the account; the banner says so.
        <ConsentArea access={consentAccess(session.me)} />
      ) : (
        <p className="loading" role="status">
          {t('consent.loading')}
        </p>
      )}
    </section>
  );
}

function ConsentArea({ access }: { access: ConsentAccess }) {
  const { t } = useTranslation();
  // Purpose names come from the register; the roles that read consents may all read the register.
  const register = useResource(
    (signal) => (access.canRead ? fetchActiveRegister(signal) : Promise.resolve(null)),
    [access.canRead],
  );
  // Every role that reads consents may list the websites (names and public keys), to pick one and name it.
  const sites = useResource(
    (signal) => (access.canListSites ? fetchSites(signal) : Promise.resolve(undefined)),
    [access.canListSites],
  );
  const purposes = registerPurposes(register.data);

  if (!access.canRead && !access.canManageSites) {
    return (
      <div className="notice" role="alert" data-testid="consent-no-access">
        <p className="notice-title">{t('consent.noAccess')}</p>
        <p>{t('consent.noAccessDetail')}</p>
      </div>
    );
  }

  return (
    <>
      <ConsentTabs access={access} />
      {register.error ? <ProblemAlert error={register.error} /> : null}
      {access.canRead && register.data === null ? (
        <div className="notice" data-testid="consent-no-register">
          <p>{t('consent.noRegister')}</p>
          <p>
            <Link href="~/admin/register/editor">{t('consent.toRegister')}</Link>
          </p>
        </div>
      ) : null}
      <Switch>
        <Route path="/">
          {access.canRead ? (
            <ConsentFigures purposes={purposes} sites={sites.data} />
          ) : (
            <div className="notice" data-testid="consent-sites-only">
              <p>{t('consent.sitesOnly')}</p>
              <p>
                <Link href="/sites">{t('consent.tabs.sites')}</Link>
              </p>
            </div>
          )}
        </Route>
        {access.canRead ? (
          <Route path="/events">
            <ConsentEvents purposes={purposes} sites={sites.data} />
          </Route>
        ) : null}
        {access.canRead ? (
          <Route path="/records/:recordId">{(params) => <ConsentRecordView recordId={params.recordId} />}</Route>
        ) : null}
        {access.canWrite ? (
          <Route path="/on-behalf">
            <ConsentOnBehalf purposes={purposes} isLoading={register.isLoading} />
          </Route>
        ) : null}
        {access.canSendMailings ? (
          <Route path="/mailing">
            <ConsentMailing purposes={purposes} isLoading={register.isLoading} />
          </Route>
        ) : null}
        {access.canManageSites ? (
          <Route path="/sites">
            <SitesSection sites={sites.data} error={sites.error} onChanged={sites.reload} />
          </Route>
        ) : null}
        <Route>
          <NotFoundPage />
        </Route>
      </Switch>
    </>
  );
}

function ConsentTabs({ access }: { access: ConsentAccess }) {
  const { t } = useTranslation();
  const [location] = useLocation();
  const current = location.startsWith('/records/') ? '/events' : location;
  return (
    <nav className="tabs" aria-label={t('consent.tabs.label')} data-testid="consent-tabs">
      <ul>
        {TABS.filter((tab) => tab.isShown(access)).map((tab) => (
          <li key={tab.key}>
            <Link
              href={tab.path}
              aria-current={current === tab.path ? 'page' : undefined}
              data-testid={`consent-tab-${tab.key}`}
            >
              {t(`consent.tabs.${tab.key}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
