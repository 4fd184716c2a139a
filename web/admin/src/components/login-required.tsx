import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'wouter';

/**
 * What every page shows when the API answers 401: there is no admin session in this browser. The way in is the
 * one-time link the CLI prints; `ProblemAlert` shows this for any 401, so each page gets it without extra code.
 */
export function LoginRequired() {
  const { t } = useTranslation();
  return (
    <div className="notice notice-login" role="alert" data-testid="login-required">
      <p className="notice-title">{t('auth.title')}</p>
      <p>
        <Trans i18nKey="auth.howTo" components={{ cmd: <code /> }} />
      </p>
      <p className="muted">{t('auth.afterLogin')}</p>
      <p>
        <Link href="~/admin/login-form" data-testid="login-form-link">
          {t('auth.withPassword')}
        </Link>
      </p>
    </div>
  );
}
