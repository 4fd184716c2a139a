import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearch } from 'wouter';
import type { ApiError } from '../../api/client';
import {
  confirmPasswordReset,
  type ResetLanguage,
  type ResetLinkProblem,
  requestPasswordReset,
} from '../../api/password-reset.api';
import { FormField, focusFirstError } from '../../components/form-field';
import {
  checkNewPassword,
  type NewPasswordErrors,
  NewPasswordFields,
  passwordPolicyRefusal,
} from '../../components/new-password-fields';
import { PageHeading } from '../../components/page-heading';
import { ProblemAlert } from '../../components/problem-alert';

/** The UI's language as the server's mail languages name it. */
function resetLanguage(language: string | undefined): ResetLanguage {
  const base = (language ?? 'en').slice(0, 2);
  return base === 'nl' || base === 'fr' ? base : 'en';
}

/**
 * `/admin/reset-password`: without a token, asks for the e-mail address to send a reset link to; with the token of
 * such a link, asks for the new password. The token is taken out of the address bar at once, so it stays out of
 * the browser history.
 */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const search = useSearch();
  const [token, setToken] = useState(() => new URLSearchParams(search).get('token') ?? '');

  useEffect(() => {
    if (new URLSearchParams(window.location.search).has('token')) {
      window.history.replaceState(window.history.state, '', window.location.pathname);
    }
  }, []);

  return (
    <section className="page page-narrow" data-testid="reset-password-page">
      <PageHeading title={t(token ? 'resetPassword.newTitle' : 'resetPassword.title')} />
      {token ? <NewPasswordForm token={token} onAskAgain={() => setToken('')} /> : <RequestResetForm />}
    </section>
  );
}

/** Asks for the address; the answer is the same whether it has an account or not. */
function RequestResetForm() {
  const { t, i18n } = useTranslation();
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string>();
  const [failure, setFailure] = useState<ApiError>();
  const [isSent, setIsSent] = useState(false);
  const [isSending, setIsSending] = useState(false);
  const emailRef = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
    if (!/^[^\s@]+@[^\s@]+$/.test(email.trim())) {
      setError(t('resetPassword.emailMissing'));
      emailRef.current?.focus();
      return;
    }
    setError(undefined);
    setIsSending(true);
    const outcome = await requestPasswordReset(email.trim(), resetLanguage(i18n.resolvedLanguage));
    setIsSending(false);
    if (outcome.kind === 'ok') {
      setIsSent(true);
    } else if (outcome.error.kind === 'problem' && outcome.error.status === 429) {
      setError(t('resetPassword.tooMany'));
    } else {
      setFailure(outcome.error);
    }
  };

  if (isSent) {
    return (
      <div className="notice" role="status" data-testid="reset-requested">
        <p>{t('resetPassword.requested')}</p>
        <p>
          <Link href="~/admin/login-form">{t('resetPassword.backToLogin')}</Link>
        </p>
      </div>
    );
  }
  return (
    <>
      <p>{t('resetPassword.intro')}</p>
      {failure ? <ProblemAlert error={failure} /> : null}
      <form onSubmit={submit} noValidate data-testid="reset-request-form">
        <FormField
          id="reset-email"
          label={t('login.email')}
          type="email"
          autoComplete="username"
          value={email}
          onChange={setEmail}
          error={error}
          inputRef={emailRef}
          testId="reset-email"
        />
        <div className="button-row">
          <button type="submit" className="button" disabled={isSending} data-testid="reset-request-submit">
            {t('resetPassword.send')}
          </button>
          <Link href="~/admin/login-form">{t('resetPassword.backToLogin')}</Link>
        </div>
      </form>
    </>
  );
}

/** The new password, twice; refusals of the password policy in the UI's language. */
function NewPasswordForm({ token, onAskAgain }: { token: string; onAskAgain: () => void }) {
  const { t, i18n } = useTranslation();
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<NewPasswordErrors>({});
  const [linkProblem, setLinkProblem] = useState<ResetLinkProblem>();
  const [failure, setFailure] = useState<ApiError>();
  const [isDone, setIsDone] = useState(false);
  const [isSending, setIsSending] = useState(false);
  const nextRef = useRef<HTMLInputElement>(null);
  const repeatRef = useRef<HTMLInputElement>(null);

  const show = (found: NewPasswordErrors) => {
    setErrors(found);
    focusFirstError([
      [nextRef.current, found.next],
      [repeatRef.current, found.repeat],
    ]);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
    const found = checkNewPassword(next, repeat, t);
    if (Object.values(found).some(Boolean)) {
      show(found);
      return;
    }
    setErrors({});
    setIsSending(true);
    const outcome = await confirmPasswordReset(token, next, resetLanguage(i18n.resolvedLanguage));
    setIsSending(false);
    switch (outcome.kind) {
      case 'ok':
        setIsDone(true);
        return;
      case 'link':
        setLinkProblem(outcome.problem);
        return;
      case 'password': {
        const refusal = passwordPolicyRefusal(outcome.error, t);
        if (refusal) {
          show({ next: refusal });
        } else {
          setFailure(outcome.error);
        }
        return;
      }
      case 'error':
        setFailure(outcome.error);
        return;
    }
  };

  if (isDone) {
    return (
      <div className="notice" role="status" data-testid="reset-done">
        <p>{t('resetPassword.done')}</p>
        <p>
          <Link href="~/admin/login-form" data-testid="reset-login-link">
            {t('resetPassword.logIn')}
          </Link>
        </p>
      </div>
    );
  }
  if (linkProblem) {
    return (
      <div className="alert alert-error" role="alert" data-testid="reset-link-problem">
        <p>{t(`resetPassword.link.${linkProblem}`)}</p>
        <p>
          <button type="button" className="link-button" onClick={onAskAgain} data-testid="reset-ask-again">
            {t('resetPassword.askAgain')}
          </button>
        </p>
      </div>
    );
  }
  return (
    <>
      <p>{t('resetPassword.newIntro')}</p>
      {failure ? <ProblemAlert error={failure} /> : null}
      <form onSubmit={submit} noValidate data-testid="reset-confirm-form">
        <NewPasswordFields
          idPrefix="reset"
          next={next}
          repeat={repeat}
          onNext={setNext}
          onRepeat={setRepeat}
          errors={errors}
          nextRef={nextRef}
          repeatRef={repeatRef}
        />
        <button type="submit" className="button" disabled={isSending} data-testid="reset-confirm-submit">
          {t('resetPassword.save')}
        </button>
      </form>
    </>
  );
}
