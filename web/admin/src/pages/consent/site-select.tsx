import { useTranslation } from 'react-i18next';
import type { Site } from '../../api/sites.api';

/** A choice of one website or all of them; revoked sites stay choosable (their past figures) and say so. */
export function SiteSelect(props: {
  id: string;
  label: string;
  sites: Site[];
  value: string;
  onChange: (siteId: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <select
        id={props.id}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
        data-testid={props.id}
      >
        <option value="">{t('consent.allSites')}</option>
        {props.sites.map((s) => (
          <option key={s.id} value={s.id}>
            {s.revokedAt ? t('consent.siteRevokedOption', { name: s.name }) : s.name}
          </option>
        ))}
      </select>
    </div>
  );
}
