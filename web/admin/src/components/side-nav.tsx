import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { AREAS, findArea } from '../areas';

/** The list of areas. On narrow screens it is hidden until the menu button opens it. */
export function SideNav({ id, isOpen }: { id: string; isOpen: boolean }) {
  const { t } = useTranslation();
  const [location] = useLocation();
  const active = findArea(location);
  return (
    <nav id={id} className="side-nav" aria-label={t('app.navLabel')} data-open={isOpen} data-testid="side-nav">
      <ul>
        {AREAS.map((area) => (
          <li key={area.key}>
            <Link href={area.path} aria-current={area === active ? 'page' : undefined} data-testid={`nav-${area.key}`}>
              {t(`nav.${area.key}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
