import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { LanguageSwitch } from './language-switch';

/** The top bar: the menu button (narrow screens only), the product name and the language switch. */
export function AppHeader({ isMenuOpen, onToggleMenu }: { isMenuOpen: boolean; onToggleMenu: () => void }) {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <button
        type="button"
        className="menu-button"
        aria-expanded={isMenuOpen}
        aria-controls="side-nav"
        onClick={onToggleMenu}
        data-testid="menu-button"
      >
        <span className="menu-icon" aria-hidden="true" />
        <span className="menu-label">{t('app.menu')}</span>
      </button>
      <Link href="/" className="brand" data-testid="brand">
        <img className="brand-logo" src={`${import.meta.env.BASE_URL}favicon.svg`} alt="" width="28" height="28" />
        <span className="brand-name">{t('app.name')}</span>
        <span className="brand-tagline">{t('app.tagline')}</span>
      </Link>
      <Link href="/account" className="header-link" data-testid="account-link">
        {t('app.account')}
      </Link>
      <LanguageSwitch />
    </header>
  );
}
