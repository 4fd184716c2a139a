import { type ApiError, api, toApiError } from './client';

export type ResetLanguage = 'nl' | 'fr' | 'en';

/** Why a reset link cannot be used, as the server says in `errors[].reason`. */
export type ResetLinkProblem = 'reset_token_invalid' | 'reset_token_used' | 'reset_token_expired';

/** `POST /api/auth/password-reset`: always the same answer, whether the address has an account or not. */
export async function requestPasswordReset(
  email: string,
  language: ResetLanguage,
): Promise<{ kind: 'ok' } | { kind: 'error'; error: ApiError }> {
  try {
    const { error, response } = await api.POST('/api/auth/password-reset', { body: { email, language } });
    return response.ok ? { kind: 'ok' } : { kind: 'error', error: toApiError(error, response) };
  } catch (cause) {
    return { kind: 'error', error: toApiError(cause) };
  }
}

/** What setting the new password came to. */
export type ConfirmOutcome =
  | { kind: 'ok' }
  | { kind: 'link'; problem: ResetLinkProblem }
  | { kind: 'password'; error: ApiError }
  | { kind: 'error'; error: ApiError };

/** `POST /api/auth/password-reset/confirm`: the token of the link and the new password. */
export async function confirmPasswordReset(
  token: string,
  password: string,
  language: ResetLanguage,
): Promise<ConfirmOutcome> {
  let result: Awaited<ReturnType<typeof postConfirm>>;
  try {
    result = await postConfirm(token, password, language);
  } catch (cause) {
    return { kind: 'error', error: toApiError(cause) };
  }
  if (result.response.ok) {
    return { kind: 'ok' };
  }
  const error = toApiError(result.error, result.response);
  const problem = linkProblemOf(error);
  if (problem) {
    return { kind: 'link', problem };
  }
  return error.kind === 'problem' && error.status === 400 ? { kind: 'password', error } : { kind: 'error', error };
}

function postConfirm(token: string, password: string, language: ResetLanguage) {
  return api.POST('/api/auth/password-reset/confirm', { body: { token, password, language } });
}

function linkProblemOf(error: ApiError): ResetLinkProblem | undefined {
  if (error.kind !== 'problem' || !error.errors) {
    return undefined;
  }
  const reasons = error.errors.map((e) => (e as { reason?: unknown } | null)?.reason);
  return reasons.find(
    (r): r is ResetLinkProblem =>
      r === 'reset_token_invalid' || r === 'reset_token_used' || r === 'reset_token_expired',
  );
}
