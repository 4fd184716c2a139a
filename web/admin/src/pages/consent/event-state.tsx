import { useTranslation } from 'react-i18next';
import type { ConsentEvent } from '../../api/consent.api';

/** What happened to a consent, in words with a mark (✓ granted, ✕ refused or withdrawn), never colour alone. */
export function EventState({ state }: { state: ConsentEvent['event'] | 'none' }) {
  const { t } = useTranslation();
  const tone = state === 'given' || state === 'renewed' ? 'tone-ok' : state === 'none' ? undefined : 'tone-bad';
  return (
    <span className={tone} data-testid="consent-state">
      {t(`consent.states.${state}`)}
    </span>
  );
}
