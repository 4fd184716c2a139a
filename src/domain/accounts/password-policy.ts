import { dictionary } from '@zxcvbn-ts/language-common';

/** Shortest password accepted (NIST SP 800-63B §3.1.1.2 asks at least 8; we ask 12, OWASP ASVS 2.1.1). */
export const PASSWORD_MIN_LENGTH = 12;
/** Longest password accepted: long passphrases are welcome, unbounded input is not (argon2 cost, ASVS 2.1.2). */
export const PASSWORD_MAX_LENGTH = 256;

/** Why a password is refused. */
export type PasswordProblem = 'too_short' | 'too_long' | 'common' | 'contains_email';

/** A refusal message per problem, in Dutch and English (the UI shows the one of the user's language). */
export const PASSWORD_MESSAGES: Record<PasswordProblem, { nl: string; en: string }> = {
  too_short: {
    nl: `Kies een wachtwoord van minstens ${PASSWORD_MIN_LENGTH} tekens; een zin van enkele woorden werkt goed.`,
    en: `Choose a password of at least ${PASSWORD_MIN_LENGTH} characters; a phrase of a few words works well.`,
  },
  too_long: {
    nl: `Een wachtwoord mag hoogstens ${PASSWORD_MAX_LENGTH} tekens lang zijn.`,
    en: `A password may be at most ${PASSWORD_MAX_LENGTH} characters long.`,
  },
  common: {
    nl: 'Dit wachtwoord komt voor in lijsten van veelgebruikte of gelekte wachtwoorden. Kies een ander.',
    en: 'This password appears in lists of common or breached passwords. Choose another one.',
  },
  contains_email: {
    nl: 'Een wachtwoord mag uw e-mailadres (het deel voor de @) niet bevatten.',
    en: 'A password may not contain your e-mail address (the part before the @).',
  },
};

let common: Set<string> | undefined;

/** The bundled list of common and breached passwords (zxcvbn-ts `passwords-common`, ~49 000 entries), lowercased. */
function commonPasswords(): Set<string> {
  common ??= new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));
  return common;
}

/** Characters counted as the user sees them (a password of emoji is not 2× as long). */
function length(password: string): number {
  return [...password].length;
}

/**
 * True when the password is a common one, also when only digits or symbols were added around it
 * ("Password2024!") or it is one character repeated: the variations attackers try first (NIST SP 800-63B
 * §3.1.1.2: compare against values known to be commonly used, expected, or compromised).
 */
export function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase();
  const list = commonPasswords();
  if (list.has(lower) || new Set(lower).size <= 2) {
    return true;
  }
  const core = lower.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  return core.length >= 4 && core !== lower && list.has(core);
}

/**
 * Checks a new password against the policy: length 12–256, not common or breached, not containing the local part
 * of the e-mail address. No composition rules and no forced expiry (NIST SP 800-63B §3.1.1.2).
 */
export function checkPassword(password: string, email: string): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  const n = length(password);
  if (n < PASSWORD_MIN_LENGTH) {
    problems.push('too_short');
  }
  if (n > PASSWORD_MAX_LENGTH) {
    problems.push('too_long');
  }
  if (isCommonPassword(password)) {
    problems.push('common');
  }
  const local = email.split('@')[0]?.toLowerCase() ?? '';
  if (local.length >= 3 && password.toLowerCase().includes(local)) {
    problems.push('contains_email');
  }
  return problems;
}

/** The English message of the first problem, for the API's problem detail (the UI translates by code). */
export function describePasswordProblems(problems: readonly PasswordProblem[]): string {
  return problems.map((p) => PASSWORD_MESSAGES[p].en).join(' ');
}
