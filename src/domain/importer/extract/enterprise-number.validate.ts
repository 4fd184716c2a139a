/**
 * Validation of enterprise numbers: Belgian KBO/BCE numbers (also the VAT number BE + the same ten digits) carry a
 * mod-97 check over their first eight digits; Dutch KvK numbers are eight digits without a check digit.
 */

/** Digits only, e.g. "BE 0451.355.351" → "0451355351". */
export function digitsOf(value: string): string {
  return value.replace(/\D/g, '');
}

/** True for a ten-digit Belgian enterprise number (starting with 0 or 1) whose last two digits are 97 − (first eight mod 97). */
export function isValidBelgianEnterpriseNumber(value: string): boolean {
  let digits = digitsOf(value);
  if (digits.length === 9) {
    // Old notation without the leading zero.
    digits = `0${digits}`;
  }
  if (!/^[01]\d{9}$/.test(digits)) {
    return false;
  }
  const body = Number(digits.slice(0, 8));
  const check = Number(digits.slice(8));
  return 97 - (body % 97) === check;
}

/** True for a Dutch KvK number: exactly eight digits. */
export function isValidDutchKvkNumber(value: string): boolean {
  return /^\d{8}$/.test(digitsOf(value));
}
