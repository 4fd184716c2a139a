import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { fetchMe, logOut } from '../../api/auth.api';
import { useResource } from '../../api/use-resource';
import { useSubmission } from '../../api/use-submission';
import { PageHeading } from '../../components/page-heading';
import { ProblemAlert } from '../../components/problem-alert';
import { useMe } from '../../lib/me-context';
import { AccountIdentity } from './account-identity';
import { ChangePassword } from './change-password';
import { OwnSessions } from './own-sessions';
import { TotpEnrolment } from './totp-enrolment';

/** `/admin/account`: who am I, two-factor enrolment, my sessions, my password, and logging out. */
export function AccountPage() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const { update } = useMe();
  const me = useResource((signal) => fetchMe(signal), []);
  const { failure, submit } = useSubmission();

  useEffect(() => {
    if (me.data) {
      update(me.data);
    }
  }, [me.data, update]);

  const logout = () =>
    submit(async () => {
      await logOut();
      update(undefined);
      navigate('~/admin/login-form');
    });

  return (
    <section className="page" data-testid="account-page">
      <PageHeading title={t('account.title')} />
      {me.error ? <ProblemAlert error={me.error} /> : null}
      {me.data ? (
        <>
          <AccountIdentity me={me.data} />
          <TotpEnrolment me={me.data} onEnrolled={me.reload} />
          <OwnSessions />
          {me.data.user ? <ChangePassword /> : null}
          <section className="account-section" aria-labelledby="logout-heading">
            <h2 id="logout-heading">{t('account.logout.title')}</h2>
            {failure ? <ProblemAlert error={failure} /> : null}
            <button
              type="button"
              className="button button-secondary"
              onClick={() => void logout()}
              data-testid="logout"
            >
              {t('account.logout.submit')}
            </button>
          </section>
        </>
      ) : null}
    </section>
  );
}
