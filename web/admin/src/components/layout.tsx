import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { AppHeader } from './app-header';
import { focusPageHeading } from './page-heading';
import { SideNav } from './side-nav';
import { TotpBanner } from './totp-banner';

/**
 * The page frame: skip link, header, side navigation and main content (landmarks header/nav/main). After a
 * client-side navigation, focus moves to the new page's heading so keyboard and screen-reader users land on it.
 */
export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [location] = useLocation();
  const [isMenuOpen, setIsMenuOpen] = useState(false);
  const previousLocation = useRef(location);

  useEffect(() => {
    if (previousLocation.current === location) {
      return;
    }
    previousLocation.current = location;
    setIsMenuOpen(false);
    focusPageHeading();
  }, [location]);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppHeader isMenuOpen={isMenuOpen} onToggleMenu={() => setIsMenuOpen((open) => !open)} />
      <div className="shell-body">
        <SideNav id="side-nav" isOpen={isMenuOpen} />
        <main id="main" className="content" tabIndex={-1}>
          <TotpBanner />
          {children}
        </main>
      </div>
    </div>
  );
}
