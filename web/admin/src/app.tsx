import { Route, Router, Switch } from 'wouter';
import { AREAS } from './areas';
import { Layout } from './components/layout';
import { MeProvider } from './lib/me-context';
import { AccountPage } from './pages/accounts/account.page';
import { LoginPage } from './pages/accounts/login.page';
import { ResetPasswordPage } from './pages/accounts/reset-password.page';
import { AuditPage } from './pages/audit/audit.page';
import { ConsentPage } from './pages/consent/consent.page';
import { DashboardPage } from './pages/dashboard.page';
import { ImportPage } from './pages/import/import.page';
import { MailPage } from './pages/mail/mail.page';
import { NotAvailablePage } from './pages/not-available.page';
import { NotFoundPage } from './pages/not-found.page';
import { RegisterPage } from './pages/register/register.page';
import { StatementsPage } from './pages/statements/statements.page';
import { UsersPage } from './pages/users/users.page';

/** The admin UI: every route under /admin (the server answers index.html for each of them). */
export function App() {
  return (
    <Router base="/admin">
      <MeProvider>
        <Layout>
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
        </Layout>
      </MeProvider>
    </Router>
  );
}
