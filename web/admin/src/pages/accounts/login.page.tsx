import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { logIn } from '../../api/auth.api';
import type { ApiError } from '../../api/client';
import { FormField, focusFirstError } from '../../components/form-field';
import { PageHeading } from '../../components/page-heading';
import { ProblemAlert } from '../../components/problem-alert';
import { formatDuration, formattingLocale } from '../../lib/format';
import { useMe } from '../../lib/me-context';

type Step = 'password' | 'code';
type Failure = { kind: 'refused' } | { kind: 'throttled'; seconds: number } | { kind: 'error'; error: ApiError };

const FAILURE_ID = 'login-failure';

/** `/admin/login-form`: e-mail and password, then a TOTP or recovery code when the server asks for one. */
export function LoginPage() {
  const { t, i18n } = useTranslation();
  const locale = formattingLocale(i18n.resolvedLanguage ?? 'en');
  const [, navigate] = useLocation();
  const { update } = useMe();
  const [step, setStep] = useState<Step>('password');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [useRecovery, setUseRecovery] = useState(false);
  const [errors, setErrors] = useState<{
    email?: string | undefined;
    password?: string | undefined;
    code?: string | undefined;
  }>({});
  const [failure, setFailure] = useState<Failure>();
  const [isSending, setIsSending] = useState(false);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const codeRef = useRef<HTMLInputElement>(null);
  const failureRef = useRef<HTMLDivElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const next: { email?: string | undefined; password?: string | undefined; code?: string | undefined } =
      step === 'password'
        ? {
            email: email.trim() ? undefined : t('login.emailMissing'),
            password: password ? undefined : t('login.passwordMissing'),
          }
        : { code: code.trim() ? undefined : t(useRecovery ? 'login.recoveryMissing' : 'login.codeMissing') };
    setErrors(next);
    setFailure(undefined);
    if (Object.values(next).some(Boolean)) {
      focusFirstError([
        [emailRef.current, next.email],
        [passwordRef.current, next.password],
        [codeRef.current, next.code],
      ]);
      return;
    }
    setIsSending(true);
    const factor = step === 'code' ? (useRecovery ? { recoveryCode: code.trim() } : { totp: code.trim() }) : {};
    const outcome = await logIn({ email: email.trim(), password, ...factor });
    setIsSending(false);
    switch (outcome.kind) {
      case 'ok':
        update(outcome.me);
        navigate('~/admin/');
        return;
      case 'code-needed':
        if (step === 'code') {
          setFailure({ kind: 'refused' });
          codeRef.current?.focus();
          return;
        }
        setStep('code');
        requestAnimationFrame(() => codeRef.current?.focus());
        return;
      case 'refused':
        setFailure({ kind: 'refused' });
        if (step === 'password') {
          setPassword('');
          emailRef.current?.focus();
        } else {
          setCode('');
          codeRef.current?.focus();
        }
        return;
      case 'throttled':
        setFailure({ kind: 'throttled', seconds: outcome.retryAfterSeconds });
        requestAnimationFrame(() => failureRef.current?.focus());
        return;
      case 'error':
        setFailure({ kind: 'error', error: outcome.error });
        return;
    }
  };

  const failureText =
    failure?.kind === 'refused'
      ? t(step === 'password' ? 'login.refused' : 'login.codeRefused')
      : failure?.kind === 'throttled'
        ? t('login.throttled', { wait: formatDuration(failure.seconds, locale) })
        : undefined;
  const describedBy = failureText ? FAILURE_ID : undefined;

  return (
    <section className="page page-narrow" data-testid="login-page">
      <PageHeading title={t('login.title')} />
      <p>{t(step === 'password' ? 'login.intro' : useRecovery ? 'login.recoveryIntro' : 'login.codeIntro')}</p>
      {failureText ? (
        <div
          id={FAILURE_ID}
          ref={failureRef}
          tabIndex={-1}
          className="alert alert-error"
          role="alert"
          data-testid="login-error"
        >
          <p>{failureText}</p>
        </div>
      ) : null}
      {failure?.kind === 'error' ? <ProblemAlert error={failure.error} /> : null}
      <form onSubmit={submit} noValidate data-testid="login-form">
        {step === 'password' ? (
          <>
            <FormField
              id="login-email"
              label={t('login.email')}
              type="email"
              autoComplete="username"
              value={email}
              onChange={setEmail}
              error={errors.email}
              describedBy={describedBy}
              inputRef={emailRef}
              testId="login-email"
            />
            <FormField
              id="login-password"
              label={t('login.password')}
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={setPassword}
              error={errors.password}
              describedBy={describedBy}
              inputRef={passwordRef}
              testId="login-password"
            />
          </>
        ) : (
          <FormField
            id="login-code"
            label={t(useRecovery ? 'login.recoveryCode' : 'login.code')}
            autoComplete={useRecovery ? 'off' : 'one-time-code'}
            inputMode={useRecovery ? 'text' : 'numeric'}
            value={code}
            onChange={setCode}
            error={errors.code}
            describedBy={describedBy}
            inputRef={codeRef}
            testId="login-code"
          />
        )}
        <div className="button-row">
          <button type="submit" className="button" disabled={isSending} data-testid="login-submit">
            {t(isSending ? 'login.sending' : 'login.submit')}
          </button>
          {step === 'code' ? (
            <button
              type="button"
              className="link-button"
              data-testid="login-use-recovery"
              onClick={() => {
                setUseRecovery((on) => !on);
                setCode('');
                setErrors({});
                setFailure(undefined);
                codeRef.current?.focus();
              }}
            >
              {t(useRecovery ? 'login.useCode' : 'login.useRecovery')}
            </button>
          ) : null}
        </div>
      </form>
      {step === 'password' ? (
        <p>
          <Link href="/reset-password" data-testid="login-forgot">
            {t('login.forgot')}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
