import type { RegisterVersion } from '../../api/register.api';
import { records, scalar } from '../register/register-format';

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
