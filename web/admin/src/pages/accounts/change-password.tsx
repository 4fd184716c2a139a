import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { changePassword } from '../../api/auth.api';
import { type ApiError, asApiError } from '../../api/client';
import { FormField, focusFirstError } from '../../components/form-field';
import {
  checkNewPassword,
  type NewPasswordErrors,
  NewPasswordFields,
  passwordPolicyRefusal,
} from '../../components/new-password-fields';
import { ProblemAlert } from '../../components/problem-alert';

type Errors = NewPasswordErrors & { current?: string | undefined };

/** Change my password: the current one, the new one twice; the policy's refusals in the UI's language. */
export function ChangePassword() {
  const { t } = useTranslation();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<ApiError>();
  const [isDone, setIsDone] = useState(false);
  const [isSending, setIsSending] = useState(false);
  const refs = {
    current: useRef<HTMLInputElement>(null),
    next: useRef<HTMLInputElement>(null),
    repeat: useRef<HTMLInputElement>(null),
  };

  const show = (found: Errors) => {
    setErrors(found);
    focusFirstError([
      [refs.current.current, found.current],
      [refs.next.current, found.next],
      [refs.repeat.current, found.repeat],
    ]);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setIsDone(false);
    setFailure(undefined);
    const found: Errors = {
      current: current ? undefined : t('account.password.currentMissing'),
      ...checkNewPassword(next, repeat, t),
    };
    if (Object.values(found).some(Boolean)) {
      show(found);
      return;
    }
    setErrors({});
    setIsSending(true);
    try {
      await changePassword(current, next);
      setCurrent('');
      setNext('');
      setRepeat('');
      setIsDone(true);
    } catch (cause) {
      const error: ApiError = asApiError(cause);
      const refusal = passwordPolicyRefusal(error, t);
      if (refusal) {
        show({ next: refusal });
      } else if (error.kind === 'problem' && error.status === 400) {
        show({ current: t('account.password.currentWrong') });
      } else {
        setFailure(error);
      }
    } finally {
      setIsSending(false);
    }
  };

  return (
    <section className="account-section" aria-labelledby="password-heading" data-testid="change-password">
      <h2 id="password-heading">{t('account.password.title')}</h2>
      <form onSubmit={submit} noValidate>
        <FormField
          id="password-current"
          label={t('account.password.current')}
          type="password"
          autoComplete="current-password"
          value={current}
          onChange={setCurrent}
          error={errors.current}
          inputRef={refs.current}
          testId="password-current"
        />
        <NewPasswordFields
          idPrefix="password"
          next={next}
          repeat={repeat}
          onNext={setNext}
          onRepeat={setRepeat}
          errors={errors}
          nextRef={refs.next}
          repeatRef={refs.repeat}
        />
        <button type="submit" className="button" disabled={isSending} data-testid="password-submit">
          {t('account.password.submit')}
        </button>
      </form>
      {failure ? <ProblemAlert error={failure} /> : null}
      <p role="status" data-testid="password-status">
        {isDone ? t('account.password.done') : ''}
      </p>
    </section>
  );
}
