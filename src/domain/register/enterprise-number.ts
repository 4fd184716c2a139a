/**
 * Company registration numbers the register accepts: the Belgian enterprise number (KBO/BCE, ten digits, the last
 * two a mod-97 check of the first eight) and the Dutch Chamber of Commerce number (KvK, eight digits).
 */

/** Strips dots, spaces, dashes and a `BE` prefix: `BE 0451.355.351` → `0451355351`. */
export function normaliseEnterpriseNumber(value: string): string {
  return value.replace(/^\s*BE/i, '').replace(/[\s.\-/]/g, '');
}

/** True for a valid Belgian enterprise number (KBO/BCE): 10 digits, starting 0 or 1, 97 − (first 8 mod 97). */
export function isValidBelgianEnterpriseNumber(value: string): boolean {
  const digits = normaliseEnterpriseNumber(value);
  if (!/^[01]\d{9}$/.test(digits)) {
    return false;
  }
  const base = Number(digits.slice(0, 8));
  const check = Number(digits.slice(8));
  return 97 - (base % 97) === check;
}

/** True for a Dutch KvK number: exactly 8 digits. */
export function isValidDutchKvkNumber(value: string): boolean {
  return /^\d{8}$/.test(value.replace(/[\s.]/g, ''));
}

/** Validates an enterprise number for the organisation's country; countries Dijk has no rule for pass. */
export function isValidEnterpriseNumber(value: string, country: string): boolean {
  switch (country.toUpperCase()) {
    case 'BE':
      return isValidBelgianEnterpriseNumber(value);
    case 'NL':
      return isValidDutchKvkNumber(value);
    default:
      return value.trim().length > 0;
  }
}
