import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { useResource } from '../../api/use-resource';
import { fetchUsers } from '../../api/users.api';
import { PageHeading } from '../../components/page-heading';
import { ProblemAlert } from '../../components/problem-alert';
import { ApiKeysSection } from './api-keys-section';
import { UserCreate } from './user-create';
import { UserList } from './user-list';

/** `/admin/users`, for owners: the users of their organisations, a new user, a role changed, an account disabled. */
export function UsersPage() {
  const { t } = useTranslation();
  const users = useResource((signal) => fetchUsers(signal), []);
  const isForbidden = isApiError(users.error) && users.error.kind === 'problem' && users.error.status === 403;
  return (
    <section className="page" data-testid="users-page">
      <PageHeading title={t('nav.users')} />
      <p>{t('users.intro')}</p>
      {isForbidden ? (
        <div className="notice" role="alert" data-testid="users-owners-only">
          <p className="notice-title">{t('users.ownersOnly')}</p>
          <p>{t('users.ownersOnlyDetail')}</p>
        </div>
      ) : users.error ? (
        <ProblemAlert error={users.error} />
      ) : null}
      {users.data ? (
        <>
          <UserList users={users.data} onChanged={users.reload} />
          <UserCreate onCreated={users.reload} />
        </>
      ) : null}
      {users.error && !isForbidden ? null : <ApiKeysSection />}
    </section>
  );
}
