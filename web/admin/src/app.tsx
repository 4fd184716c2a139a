import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Router, Switch } from 'wouter';
import { AREAS } from './areas';
import { Layout } from './components/layout';
import { MeProvider } from './lib/me-context';
import { LoginPage } from './pages/accounts/login.page';
import { DashboardPage } from './pages/dashboard.page';
import { NotAvailablePage } from './pages/not-available.page';
import { NotFoundPage } from './pages/not-found.page';

// The dashboard and the login form come with the first load; every other area is its own chunk, fetched when it is
// first opened, so the first page does not wait for the register editor, the consent charts or the audit log.
const RegisterPage = lazy(() => import('./pages/register/register.page').then((m) => ({ default: m.RegisterPage })));
const ImportPage = lazy(() => import('./pages/import/import.page').then((m) => ({ default: m.ImportPage })));
const StatementsPage = lazy(() =>
  import('./pages/statements/statements.page').then((m) => ({ default: m.StatementsPage })),
);
const ConsentPage = lazy(() => import('./pages/consent/consent.page').then((m) => ({ default: m.ConsentPage })));
const UsersPage = lazy(() => import('./pages/users/users.page').then((m) => ({ default: m.UsersPage })));
const AuditPage = lazy(() => import('./pages/audit/audit.page').then((m) => ({ default: m.AuditPage })));
const MailPage = lazy(() => import('./pages/mail/mail.page').then((m) => ({ default: m.MailPage })));
const ResetPasswordPage = lazy(() =>
  import('./pages/accounts/reset-password.page').then((m) => ({ default: m.ResetPasswordPage })),
);
const AccountPage = lazy(() => import('./pages/accounts/account.page').then((m) => ({ default: m.AccountPage })));

/** What shows while an area's code is fetched: announced politely, like the pages' own loading lines. */
function PageLoading() {
  const { t } = useTranslation();
  return (
    <p className="muted" role="status" data-testid="page-loading">
      {t('app.loadingPage')}
    </p>
  );
}

/** The admin UI: every route under /admin (the server answers index.html for each of them). */
export function App() {
  return (
    <Router base="/admin">
      <MeProvider>
        <Layout>
          <Suspense fallback={<PageLoading />}>
            <Switch>
              <Route path="/">
                <DashboardPage />
              </Route>
              <Route path="/register" nest>
                <RegisterPage />
              </Route>
              <Route path="/import">
                <ImportPage />
              </Route>
              <Route path="/statements">
                <StatementsPage />
              </Route>
              <Route path="/consent" nest>
                <ConsentPage />
              </Route>
              <Route path="/users">
                <UsersPage />
              </Route>
              <Route path="/audit">
                <AuditPage />
              </Route>
              <Route path="/mail">
                <MailPage />
              </Route>
              <Route path="/login-form">
                <LoginPage />
              </Route>
              <Route path="/reset-password">
                <ResetPasswordPage />
              </Route>
              <Route path="/account">
                <AccountPage />
              </Route>
              {AREAS.filter((area) => !area.isAvailable).map((area) => (
                <Route key={area.key} path={area.path} nest>
                  <NotAvailablePage area={area.key} />
                </Route>
              ))}
              <Route>
                <NotFoundPage />
              </Route>
            </Switch>
          </Suspense>
        </Layout>
      </MeProvider>
    </Router>
  );
}
