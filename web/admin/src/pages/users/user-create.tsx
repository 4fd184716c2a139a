import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../api/auth.api';
import { useSubmission } from '../../api/use-submission';
import { createUser } from '../../api/users.api';
import { FormField, focusFirstError } from '../../components/form-field';
import { ProblemAlert } from '../../components/problem-alert';

/** A new user with a role in one organisation; the server generates the password, shown here once. */
export function UserCreate({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('editor');
  const [organisation, setOrganisation] = useState('');
  const [emailError, setEmailError] = useState<string>();
  const { isSubmitting, failure, submit: send, clearFailure } = useSubmission();
  const [created, setCreated] = useState<{ email: string; password?: string | undefined }>();
  const emailRef = useRef<HTMLInputElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    clearFailure();
    const error = /^[^\s@]+@[^\s@]+$/.test(email.trim()) ? undefined : t('users.emailInvalid');
    setEmailError(error);
    if (error) {
      focusFirstError([[emailRef.current, error]]);
      return;
    }
    await send(async () => {
      const answer = await createUser({
        email: email.trim(),
        role,
        ...(organisation.trim() ? { organisation: organisation.trim() } : {}),
      });
      setCreated({ email: answer.user.email, password: answer.generatedPassword });
      setEmail('');
      onCreated();
      requestAnimationFrame(() => resultRef.current?.focus());
    });
  };

  return (
    <section aria-labelledby="user-create-heading" data-testid="user-create">
      <h2 id="user-create-heading">{t('users.createTitle')}</h2>
      {created ? (
        <div className="notice" ref={resultRef} tabIndex={-1} data-testid="user-created">
          <p className="notice-title">{t('users.created', { email: created.email })}</p>
          {created.password ? (
            <>
              <p>{t('users.passwordOnce')}</p>
              <p>
                <code className="secret" data-testid="user-password">
                  {created.password}
                </code>
              </p>
            </>
          ) : null}
          <button type="button" className="button button-secondary" onClick={() => setCreated(undefined)}>
            {t('users.passwordNoted')}
          </button>
        </div>
      ) : null}
      {failure ? <ProblemAlert error={failure} /> : null}
      <form onSubmit={submit} noValidate>
        <div className="form-row">
          <FormField
            id="user-email"
            label={t('users.email')}
            type="email"
            autoComplete="off"
            value={email}
            onChange={setEmail}
            error={emailError}
            inputRef={emailRef}
            testId="user-email"
          />
          <div className="field">
            <label htmlFor="user-new-role">{t('users.role')}</label>
            <select
              id="user-new-role"
              value={role}
              onChange={(event) => setRole(event.target.value as Role)}
              data-testid="user-new-role"
            >
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(`roles.${r}`)}
                </option>
              ))}
            </select>
          </div>
          <FormField
            id="user-organisation"
            label={t('users.organisation')}
            hint={t('users.organisationHint')}
            value={organisation}
            onChange={setOrganisation}
            testId="user-organisation"
          />
        </div>
        <button type="submit" className="button" disabled={isSubmitting} data-testid="user-create-submit">
          {t('users.create')}
        </button>
      </form>
    </section>
  );
}
