import { useTranslation } from 'react-i18next';
import type { PurposeFigures } from '../../api/consent.api';
import { formatInteger } from '../../lib/format';
import { useLanguage } from '../register/register-format';
import { RegisterText } from '../register/register-text';
import { purposeShare } from './consent-chart';
import { formatShare } from './consent-format';
import type { PurposeName } from './consent-purposes';

/**
 * Per consent purpose, the share of choices that granted it: given / (given + refused + withdrawn), as a bar and
 * in words with the numbers. Purposes with choices come first, in the register's order, then those only in the
 * ledger (removed from the register since) under their id, then the register's consent purposes nobody chose yet.
 */
export function PurposeShares({ figures, purposes }: { figures: PurposeFigures[]; purposes: PurposeName[] }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const byId = new Map(figures.map((f) => [f.purposeId, f]));
  const ids = [
    ...purposes.filter((p) => byId.has(p.id)).map((p) => p.id),
    ...figures.map((f) => f.purposeId).filter((id) => !purposes.some((p) => p.id === id)),
    ...purposes.filter((p) => p.isConsent && !byId.has(p.id)).map((p) => p.id),
  ];
  const names = new Map(purposes.map((p) => [p.id, p.name]));

  return (
    <section className="consent-section" aria-labelledby="purpose-shares-heading" data-testid="purpose-shares">
      <h2 id="purpose-shares-heading">{t('consent.shares.title')}</h2>
      <p className="muted">{t('consent.shares.explained')}</p>
      {ids.length === 0 ? (
        <p data-testid="purpose-shares-empty">{t('consent.shares.none')}</p>
      ) : (
        <ul className="purpose-shares">
          {ids.map((id) => {
            const share = purposeShare(byId.get(id) ?? { purposeId: id, given: 0, refused: 0, withdrawn: 0 });
            return (
              <li key={id} data-testid="purpose-share" data-purpose={id}>
                <span className="purpose-share-name">
                  <RegisterText value={names.get(id)} fallback={<code>{id}</code>} />
                </span>
                <svg className="share-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
                  <rect className="share-track" width="100" height="10" />
                  {share.share === null ? null : <rect className="share-fill" width={share.share * 100} height="10" />}
                </svg>
                <span className="purpose-share-figures" data-testid="purpose-share-figures">
                  {share.share === null
                    ? t('consent.shares.noChoices')
                    : t('consent.shares.figures', {
                        share: formatShare(share.share, locale),
                        given: formatInteger(share.given, locale),
                        refused: formatInteger(share.refused, locale),
                        withdrawn: formatInteger(share.withdrawn, locale),
                      })}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
