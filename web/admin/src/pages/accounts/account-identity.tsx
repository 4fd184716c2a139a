import { useTranslation } from 'react-i18next';
import type { Me } from '../../api/auth.api';

/** Who this session acts for: the e-mail address and the role per organisation (or the setup-link owner). */
export function AccountIdentity({ me }: { me: Me }) {
  const { t } = useTranslation();
  if (me.user === null) {
    return (
      <section className="account-section" aria-labelledby="identity-heading" data-testid="identity">
        <h2 id="identity-heading">{t('account.identity.title')}</h2>
        <p data-testid="identity-setup-link">{t('account.identity.setupLink')}</p>
      </section>
    );
  }
  return (
    <section className="account-section" aria-labelledby="identity-heading" data-testid="identity">
      <h2 id="identity-heading">{t('account.identity.title')}</h2>
      <dl className="facts">
        <dt>{t('account.identity.email')}</dt>
        <dd data-testid="identity-email">{me.user.email}</dd>
        <dt>{t('account.identity.roles')}</dt>
        <dd>
          <ul className="plain-list" data-testid="identity-roles">
            {me.user.memberships.map((m) => (
              <li key={m.organisationId}>
                {t('account.identity.roleIn', { role: t(`roles.${m.role}`), organisation: m.organisation })}
              </li>
            ))}
          </ul>
        </dd>
      </dl>
    </section>
  );
}
