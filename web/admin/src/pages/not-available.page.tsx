import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { AreaKey } from '../areas';
import { PageHeading } from '../components/page-heading';

/** The page of an area that a later version will add: says so, and what the area will do. */
export function NotAvailablePage({ area }: { area: AreaKey }) {
  const { t } = useTranslation();
  return (
    <section className="page" data-testid={`not-available-${area}`}>
      <PageHeading title={t(`nav.${area}`)} />
      <div className="notice" data-testid="not-available">
        <p className="notice-title">{t('notAvailable.message')}</p>
        <h2 className="notice-subtitle">{t('notAvailable.whatItWillDo')}</h2>
        <p data-testid="area-description">{t(`areas.${area}`)}</p>
      </div>
      <p>
        <Link href="~/admin/">{t('notAvailable.back')}</Link>
      </p>
    </section>
  );
}
