import { useTranslation } from 'react-i18next';
import { type AuditVerifyResult, verifyAudit } from '../../api/audit.api';
import { ProblemAlert } from '../../components/problem-alert';
import { formatInteger, formattingLocale } from '../../lib/format';
import { useSubmit } from '../../lib/use-submit';

/** Recomputes the hash chain on the server: "intact" with the head, or where it breaks and why. */
export function AuditVerify() {
  const { t, i18n } = useTranslation();
  const locale = formattingLocale(i18n.language);
  const verify = useSubmit<AuditVerifyResult>();
  const result = verify.outcome;
  return (
    <section aria-labelledby="audit-verify-heading" data-testid="audit-verify">
      <h2 id="audit-verify-heading">{t('audit.verifyTitle')}</h2>
      <p>{t('audit.chainExplained')}</p>
      <button
        type="button"
        className="button"
        disabled={verify.isSubmitting}
        onClick={() => void verify.submit(verifyAudit)}
        data-testid="audit-verify-button"
      >
        {verify.isSubmitting ? t('audit.verifying') : t('audit.verify')}
      </button>
      {verify.error ? <ProblemAlert error={verify.error} /> : null}
      <div role="status" aria-live="polite">
        {result ? (
          result.ok ? (
            <div className="notice notice-ok" data-testid="audit-verify-result" data-ok="true">
              <p className="notice-title tone-ok">
                {t('audit.intact', { formatted: formatInteger(result.count ?? 0, locale) })}
              </p>
              {result.head ? (
                <p>
                  {t('audit.head', { seq: result.head.seq })} <code className="audit-id">{result.head.hash}</code>
                </p>
              ) : null}
            </div>
          ) : (
            <div className="alert alert-error" data-testid="audit-verify-result" data-ok="false">
              <p className="alert-title tone-bad">{t('audit.broken', { seq: result.seq ?? '?' })}</p>
              {/* The server words the reason in English. */}
              <p lang="en">{result.reason}</p>
            </div>
          )
        ) : null}
      </div>
    </section>
  );
}
