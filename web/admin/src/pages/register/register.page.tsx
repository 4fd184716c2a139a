import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Route, Switch, useLocation } from 'wouter';
import { fetchActiveRegister } from '../../api/register.api';
import { useResource } from '../../api/use-resource';
import { PageHeading } from '../../components/page-heading';
import { ProblemAlert } from '../../components/problem-alert';
import { formatDateTime } from '../../lib/format';
import { NotFoundPage } from '../not-found.page';
import { RegisterEditor } from './register-editor';
import { RegisterEmpty } from './register-empty';
import { RegisterExport } from './register-export';
import { RegisterFindings } from './register-findings';
import { useLanguage } from './register-format';
import { RegisterHistory } from './register-history';
import { RegisterOverview } from './register-overview';
import { RegisterVersionSource } from './register-version-source';

const TABS = [
  { key: 'overview', path: '/' },
  { key: 'findings', path: '/findings' },
  { key: 'history', path: '/history' },
  { key: 'editor', path: '/editor' },
  { key: 'export', path: '/export' },
] as const;

/** The Register area (`/admin/register/*`, a nested router): overview, findings, history, editor and export. */
export function RegisterPage() {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const active = useResource(fetchActiveRegister, []);
  // The text being edited lives here, so switching tabs does not lose it.
  const [draft, setDraft] = useState<string>();
  const register = active.data;

  return (
    <section className="page" data-testid="register-page">
      <PageHeading title={t('register.title')} />
      {register ? (
        <p className="muted" data-testid="register-meta">
          {t('register.meta', {
            version: register.version,
            author: register.author,
            date: formatDateTime(register.createdAt, locale),
          })}
          {register.message ? ` — ${register.message}` : ''}
        </p>
      ) : null}
      {active.error ? <ProblemAlert error={active.error} isStale={register !== undefined} /> : null}
      {register === undefined ? (
        active.error ? null : (
          <p className="loading" role="status">
            {t('register.loading')}
          </p>
        )
      ) : (
        <>
          <RegisterTabs />
          <Switch>
            <Route path="/">{register ? <RegisterOverview version={register} /> : <RegisterEmpty />}</Route>
            <Route path="/findings">
              {register ? <RegisterFindings findings={register.findings} /> : <RegisterEmpty />}
            </Route>
            <Route path="/history">
              {register ? <RegisterHistory activeVersion={register.version} /> : <RegisterEmpty />}
            </Route>
            <Route path="/versions/:version">
              {(params) => <RegisterVersionSource version={Number(params.version)} />}
            </Route>
            <Route path="/editor">
              <RegisterEditor
                active={register}
                draft={draft ?? register?.source ?? ''}
                onDraftChange={setDraft}
                onApplied={active.reload}
              />
            </Route>
            <Route path="/export">{register ? <RegisterExport version={register.version} /> : <RegisterEmpty />}</Route>
            <Route>
              <NotFoundPage />
            </Route>
          </Switch>
        </>
      )}
    </section>
  );
}

function RegisterTabs() {
  const { t } = useTranslation();
  const [location] = useLocation();
  const current = location.startsWith('/versions/') ? '/history' : location;
  return (
    <nav className="tabs" aria-label={t('register.tabs.label')} data-testid="register-tabs">
      <ul>
        {TABS.map((tab) => (
          <li key={tab.key}>
            <Link
              href={tab.path}
              aria-current={current === tab.path ? 'page' : undefined}
              data-testid={`tab-${tab.key}`}
            >
              {t(`register.tabs.${tab.key}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
