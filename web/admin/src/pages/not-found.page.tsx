import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { PageHeading } from '../components/page-heading';

/** Any /admin path that is not a page. */
export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <section className="page" data-testid="not-found">
      <PageHeading title={t('notFound.title')} />
      <p>{t('notFound.message')}</p>
      <p>
        <Link href="/">{t('notFound.back')}</Link>
      </p>
    </section>
  );
}
