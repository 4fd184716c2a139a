import type { ApiError } from '../api/client';

export type PasswordProblem = 'too_short' | 'too_long' | 'common' | 'contains_email';
const KNOWN: readonly string[] = ['too_short', 'too_long', 'common', 'contains_email'];

/** The password-policy problems of a 400 answer (`errors[].problem`), to word them in the UI's language. */
export function passwordProblemsOf(error: ApiError | undefined): PasswordProblem[] {
  if (error?.kind !== 'problem' || !error.errors) {
    return [];
  }
  return error.errors
    .map((e) => (e as { problem?: unknown } | null)?.problem)
    .filter((p): p is PasswordProblem => typeof p === 'string' && KNOWN.includes(p));
}
