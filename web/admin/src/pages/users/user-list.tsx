import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role, type User } from '../../api/auth.api';
import { useSubmission } from '../../api/use-submission';
import { updateUser } from '../../api/users.api';
import { ProblemAlert } from '../../components/problem-alert';

/** The users with their role per organisation; a role changes per organisation, an account is disabled whole. */
export function UserList({ users, onChanged }: { users: User[]; onChanged: () => void }) {
  const { t } = useTranslation();
  const { failure, submit } = useSubmission();
  const [status, setStatus] = useState('');
  const [roles, setRoles] = useState<Record<string, Role>>({});

  const change = (user: User, body: Parameters<typeof updateUser>[1], done: string) =>
    submit(async () => {
      await updateUser(user.id, body);
      setStatus(done);
      onChanged();
    });

  return (
    <section aria-labelledby="users-list-heading">
      <h2 id="users-list-heading">{t('users.listTitle')}</h2>
      {failure ? <ProblemAlert error={failure} /> : null}
      <div className="table-scroll">
        <table className="data-table" data-testid="users-table">
          <thead>
            <tr>
              <th scope="col">{t('users.email')}</th>
              <th scope="col">{t('users.roles')}</th>
              <th scope="col">{t('users.twoFactor')}</th>
              <th scope="col">{t('users.account')}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id} data-testid="user-row" data-email={user.email}>
                <th scope="row">{user.email}</th>
                <td>
                  {user.memberships.map((m) => {
                    const key = `${user.id}:${m.organisationId}`;
                    const selectId = `role-${key}`;
                    return (
                      <div key={key} className="role-edit">
                        <label htmlFor={selectId}>{t('users.roleIn', { organisation: m.organisation })}</label>
                        <select
                          id={selectId}
                          value={roles[key] ?? m.role}
                          onChange={(event) => setRoles({ ...roles, [key]: event.target.value as Role })}
                          data-testid="user-role"
                        >
                          {ROLES.map((role) => (
                            <option key={role} value={role}>
                              {t(`roles.${role}`)}
                            </option>
                          ))}
                        </select>
                        <button
                          type="button"
                          className="button button-secondary"
                          disabled={(roles[key] ?? m.role) === m.role}
                          onClick={() =>
                            void change(
                              user,
                              { organisation: m.organisation, role: roles[key] ?? m.role },
                              t('users.roleChanged', { email: user.email }),
                            )
                          }
                          data-testid="user-role-save"
                        >
                          {t('users.saveRole')}
                        </button>
                      </div>
                    );
                  })}
                </td>
                <td>
                  <span data-testid="user-totp">{t(user.totpEnabled ? 'users.totpOn' : 'users.totpOff')}</span>
                  {user.totpEnabled ? (
                    <>
                      {' '}
                      <button
                        type="button"
                        className="button button-secondary"
                        aria-label={t('users.resetTotpLabel', { email: user.email })}
                        onClick={() => {
                          // The person must set up their authenticator again: ask once before.
                          if (window.confirm(t('users.resetTotpConfirm', { email: user.email }))) {
                            void change(user, { resetTotp: true }, t('users.totpWasReset', { email: user.email }));
                          }
                        }}
                        data-testid="user-reset-totp"
                      >
                        {t('users.resetTotp')}
                      </button>
                    </>
                  ) : null}
                </td>
                <td>
                  <span data-testid="user-state">{t(user.disabled ? 'users.disabled' : 'users.active')}</span>{' '}
                  <button
                    type="button"
                    className="button button-secondary"
                    aria-label={t(user.disabled ? 'users.enableLabel' : 'users.disableLabel', { email: user.email })}
                    onClick={() =>
                      void change(
                        user,
                        { disabled: !user.disabled },
                        t(user.disabled ? 'users.enabled' : 'users.wasDisabled', { email: user.email }),
                      )
                    }
                    data-testid="user-toggle"
                  >
                    {t(user.disabled ? 'users.enable' : 'users.disable')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p role="status" data-testid="users-status">
        {status}
      </p>
    </section>
  );
}
