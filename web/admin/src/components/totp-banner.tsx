import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { needsTotpEnrolment, useMe } from '../lib/me-context';

/** On every page while this account must still set up two-factor login: what is blocked, and where to fix it. */
export function TotpBanner() {
  const { t } = useTranslation();
  const { me } = useMe();
  const [location] = useLocation();
  if (!needsTotpEnrolment(me) || location === '/account') {
    return null;
  }
  return (
    <div className="notice notice-warning" role="status" data-testid="totp-banner">
      <p className="notice-title">{t('account.banner.title')}</p>
      <p>
        {t('account.banner.text')} <Link href="/account">{t('account.banner.link')}</Link>
      </p>
    </div>
  );
}
