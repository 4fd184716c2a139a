import { useTranslation } from 'react-i18next';
import type { StatementPublication } from '../../api/statements.api';

/**
 * Whether a publication changed the statement materially: a badge with words (not colour alone) and what that
 * means — the people concerned must be told before it takes effect. The first publication has nothing to compare.
 */
export function MaterialNotice({ publication }: { publication: StatementPublication }) {
  const { t } = useTranslation();
  if (publication.number === 1) {
    return (
      <p className="muted" data-testid="material-flag" data-material="first">
        {t('statements.material.first')}
      </p>
    );
  }
  return publication.material ? (
    <p data-testid="material-flag" data-material="true">
      <span className="material-badge">{t('register.changes.material')}</span> {t('statements.material.yes')}
    </p>
  ) : (
    <p className="muted" data-testid="material-flag" data-material="false">
      {t('statements.material.no')}
    </p>
  );
}
