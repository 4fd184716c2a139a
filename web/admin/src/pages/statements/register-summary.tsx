import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { RegisterVersion } from '../../api/register.api';
import { formatInteger } from '../../lib/format';
import { records, scalar, useLanguage } from '../register/register-format';
import { RegisterText } from '../register/register-text';

/** What the statement is made of: the active register version, its purposes with their legal basis, counts. */
export function RegisterSummary({ version }: { version: RegisterVersion }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const register = version.register;
  const purposes = records(register.purposes);
  const recipients = records(register.recipients).length;
  const cookies = records(register.cookies).length;
  return (
    <section
      className="card statement-register"
      aria-labelledby="statement-register-heading"
      data-testid="register-summary"
    >
      <h3 id="statement-register-heading">{t('statements.register.heading')}</h3>
      <p data-testid="register-summary-version">
        {t('statements.register.version', { version: version.version })}
        {version.message ? <span className="muted"> — {version.message}</span> : null}
      </p>
      <h4>{t('statements.register.purposes', { total: purposes.length })}</h4>
      {purposes.length === 0 ? (
        <p className="muted">{t('register.overview.noPurposes')}</p>
      ) : (
        <ul className="plain-list statement-purposes" data-testid="register-summary-purposes">
          {purposes.map((purpose) => {
            const id = String(purpose.id);
            const basis = scalar(purpose.legal_basis);
            return (
              <li key={id}>
                <RegisterText value={purpose.name} fallback={id} />
                <span className="muted">
                  {' — '}
                  {basis
                    ? t(`register.legalBasis.${basis}`, { defaultValue: basis })
                    : t('register.overview.noLegalBasis')}
                </span>
              </li>
            );
          })}
        </ul>
      )}
      <dl className="facts">
        <div className="fact">
          <dt>{t('statements.register.recipients')}</dt>
          <dd data-testid="register-summary-recipients">{formatInteger(recipients, locale)}</dd>
        </div>
        <div className="fact">
          <dt>{t('statements.register.cookies')}</dt>
          <dd data-testid="register-summary-cookies">{formatInteger(cookies, locale)}</dd>
        </div>
      </dl>
      <p>
        <Link href="/register" data-testid="register-summary-link">
          {t('statements.register.link')}
        </Link>
      </p>
    </section>
  );
}
