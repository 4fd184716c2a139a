import { describe, expect, it } from 'vitest';
import type { RegisterVersion } from '../../api/register.api';
import { registerPurposes } from './consent-purposes';

describe('registerPurposes', () => {
  it('lists the purposes with their names and marks the consent ones', () => {
    const version = {
      register: {
        purposes: [
          { id: 'orders', name: { en: 'Orders' }, legal_basis: 'contract' },
          { id: 'newsletter', name: { en: 'Newsletter', nl: 'Nieuwsbrief' }, legal_basis: 'consent' },
          'not a purpose',
        ],
      },
    } as unknown as RegisterVersion;
    expect(registerPurposes(version)).toEqual([
      { id: 'orders', name: { en: 'Orders' }, isConsent: false },
      { id: 'newsletter', name: { en: 'Newsletter', nl: 'Nieuwsbrief' }, isConsent: true },
    ]);
  });

  it('is empty without a register', () => {
    expect(registerPurposes(null)).toEqual([]);
    expect(registerPurposes(undefined)).toEqual([]);
  });
});
