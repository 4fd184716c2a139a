import type { RegisterVersion } from '../../api/register.api';
import type { Language } from '../../i18n/i18n';
import { pickText, records, scalar } from '../register/register-format';

/** A purpose of the register as the Consent area names it: its id, its (multilingual) name, whether it is consent. */
export interface PurposeName {
  id: string;
  name: unknown;
  isConsent: boolean;
}

/** The purposes of the active register, consent ones marked; empty without a register. */
export function registerPurposes(version: RegisterVersion | null | undefined): PurposeName[] {
  if (!version) {
    return [];
  }
  return records(version.register.purposes).flatMap((purpose) => {
    const id = scalar(purpose.id);
    return id ? [{ id, name: purpose.name, isConsent: purpose.legal_basis === 'consent' }] : [];
  });
}

/** A purpose's name in `lang` (or the language nearest to it that the register has), else its id. */
export function purposeLabel(purpose: PurposeName, lang: Language): string {
  return pickText(purpose.name, lang)?.text ?? purpose.id;
}

/** The name of the purpose `id` among `purposes`, as {@link purposeLabel}; the id itself when it is not there. */
export function purposeLabelOf(purposes: readonly PurposeName[], id: string, lang: Language): string {
  const purpose = purposes.find((p) => p.id === id);
  return purpose ? purposeLabel(purpose, lang) : id;
}
