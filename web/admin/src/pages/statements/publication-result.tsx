import { useTranslation } from 'react-i18next';
import type { StatementPublication } from '../../api/statements.api';
import { ChangeList } from '../register/change-list';
import { useLanguage } from '../register/register-format';
import { MaterialNotice } from './material-notice';
import { PublicLinks } from './public-links';
import { formatDay } from './statement-format';

/** What publishing did: the new statement version, from when, whether it changed materially, where to read it. */
export function PublicationResult({ publication }: { publication: StatementPublication }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  return (
    <div className="notice publish-result" data-testid="publish-result">
      <p className="notice-title" data-testid="publish-result-title">
        {t('statements.publish.done', {
          number: publication.number,
          version: publication.registerVersion,
          date: formatDay(publication.effectiveFrom, locale),
        })}
      </p>
      <MaterialNotice publication={publication} />
      {publication.number > 1 ? <ChangeList changes={publication.changes} testId="publish-result-changes" /> : null}
      <p className="notice-subtitle">{t('statements.links.heading')}</p>
      <PublicLinks publication={publication} current />
    </div>
  );
}
