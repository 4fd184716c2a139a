import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'wouter';

/** No register yet (the API's 404): what the register is and the two ways to create the first version. */
export function RegisterEmpty() {
  const { t } = useTranslation();
  return (
    <div className="notice" data-testid="register-empty">
      <h2 className="notice-subtitle">{t('register.empty.title')}</h2>
      <p>{t('register.empty.explain')}</p>
      <ul>
        <li>
          <Link href="/editor" data-testid="empty-to-editor">
            {t('register.empty.editor')}
          </Link>
        </li>
        <li>
          <Trans i18nKey="register.empty.cli" components={{ cmd: <code /> }} />
        </li>
      </ul>
    </div>
  );
}
