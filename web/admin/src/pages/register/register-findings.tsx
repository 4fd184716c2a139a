import { useTranslation } from 'react-i18next';
import type { LintFinding } from '../../api/register.api';
import { FindingList } from './finding-list';

/** The active version's lint findings, grouped by severity; each line links to the editor at that line. */
export function RegisterFindings({ findings }: { findings: readonly LintFinding[] }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="register-findings" data-testid="register-findings">
      <p>{t('register.findings.intro')}</p>
      {i18n.resolvedLanguage === 'fr' ? <p className="muted">{t('register.findings.englishOnly')}</p> : null}
      {findings.length === 0 ? (
        <p className="tone-ok" data-testid="no-findings">
          {t('register.findings.none')}
        </p>
      ) : (
        <FindingList findings={findings} />
      )}
    </div>
  );
}
