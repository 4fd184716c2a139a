import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/client';
import { LoginRequired } from './login-required';

/**
 * Shows an API error: "server unreachable", or the problem's title and detail as the server worded them, with its
 * request id for support. Never a stack trace or a raw body. A 401 (no admin session) shows how to log in instead.
 */
export function ProblemAlert({ error, isStale }: { error: ApiError; isStale?: boolean }) {
  const { t } = useTranslation();
  if (error.kind === 'problem' && error.status === 401) {
    return <LoginRequired />;
  }
  const isUnreachable = error.kind === 'unreachable';
  const message = error.kind === 'problem' ? [error.title, error.detail].filter(Boolean).join(': ') : '';
  return (
    <div className="alert alert-error" role="alert" data-testid="error">
      <p className="alert-title">{isUnreachable ? t('errors.unreachableTitle') : t('errors.problemTitle')}</p>
      {isUnreachable ? (
        <p>{t('errors.unreachableDetail')}</p>
      ) : (
        <>
          {/* The server words its problems in English; mark them so a screen reader reads them as English. */}
          {message ? <p lang="en">{message}</p> : <p>{t('errors.unexpected')}</p>}
          {error.requestId ? <p className="muted">{t('errors.reference', { requestId: error.requestId })}</p> : null}
        </>
      )}
      {isStale ? <p className="muted">{t('errors.stale')}</p> : null}
    </div>
  );
}
