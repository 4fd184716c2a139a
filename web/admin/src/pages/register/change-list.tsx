import { useTranslation } from 'react-i18next';
import type { RegisterChange } from '../../api/register.api';
import { useLanguage } from './register-format';

/**
 * Changes between two versions in words (`summary[lang]`), material ones first and marked with a badge, not only
 * a colour: people must be told of those before they apply.
 */
export function ChangeList({ changes, testId = 'changes' }: { changes: readonly RegisterChange[]; testId?: string }) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  if (changes.length === 0) {
    return (
      <p className="muted" data-testid={testId}>
        {t('register.changes.none')}
      </p>
    );
  }
  const material = changes.filter((change) => change.material).length;
  const sorted = [...changes].sort((a, b) => Number(b.material) - Number(a.material));
  return (
    <div data-testid={testId}>
      <p className="muted">{t('register.changes.count', { total: changes.length, material })}</p>
      <ul className="change-list">
        {sorted.map((change, index) => (
          <li
            // biome-ignore lint/suspicious/noArrayIndexKey: the list is replaced as a whole; two items may share the rest.
            key={`${change.path}-${change.kind}-${index}`}
            className="change"
            data-material={change.material}
            data-testid={change.material ? 'change-material' : 'change'}
          >
            {change.material ? <span className="material-badge">{t('register.changes.material')}</span> : null}{' '}
            {change.summary[lang]} <code className="muted">{change.path}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}
