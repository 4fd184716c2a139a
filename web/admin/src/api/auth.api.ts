import { type ApiError, api, request, toApiError } from './client';
import type { components } from './schema';

export type Me = components['schemas']['Me'];
export type User = components['schemas']['User'];
export type Membership = components['schemas']['Membership'];
export type Session = components['schemas']['Session'];
export type Role = Membership['role'];

export const ROLES: readonly Role[] = ['owner', 'privacy_officer', 'editor', 'auditor', 'operator'];

/** What a login attempt came to: in, a second factor is needed, refused (generic), or throttled. */
export type LoginOutcome =
  | { kind: 'ok'; me: Me }
  | { kind: 'code-needed' }
  | { kind: 'refused' }
  | { kind: 'throttled'; retryAfterSeconds: number }
  | { kind: 'error'; error: ApiError };

export interface LoginInput {
  email: string;
  password: string;
  totp?: string;
  recoveryCode?: string;
}

/** `POST /api/auth/login`; a 401 with `reason: totp_required` asks for the second factor. */
export async function logIn(input: LoginInput): Promise<LoginOutcome> {
  let result: Awaited<ReturnType<typeof postLogin>>;
  try {
    result = await postLogin(input);
  } catch (cause) {
    return { kind: 'error', error: toApiError(cause) };
  }
  const { data, error, response } = result;
  if (response.ok && data) {
    return { kind: 'ok', me: data };
  }
  if (response.status === 429) {
    const seconds = Number(response.headers.get('retry-after'));
    return { kind: 'throttled', retryAfterSeconds: Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) : 1 };
  }
  if (response.status === 401) {
    return isTotpRequired(error) ? { kind: 'code-needed' } : { kind: 'refused' };
  }
  return { kind: 'error', error: toApiError(error, response) };
}

function postLogin(input: LoginInput) {
  return api.POST('/api/auth/login', { body: input });
}

function isTotpRequired(error: unknown): boolean {
  const errors = (error as { errors?: unknown } | undefined)?.errors;
  return Array.isArray(errors) && errors.some((e) => (e as { reason?: unknown } | null)?.reason === 'totp_required');
}

export function fetchMe(signal: AbortSignal | null = null): Promise<Me> {
  return request(() => api.GET('/api/auth/me', { signal }));
}

export async function logOut(): Promise<void> {
  await request(async () => {
    const result = await api.POST('/api/auth/logout', { parseAs: 'text' });
    return { ...result, data: result.response.ok ? true : undefined };
  });
}

export async function fetchSessions(signal: AbortSignal): Promise<Session[]> {
  const { items } = await request(() => api.GET('/api/auth/sessions', { signal }));
  return items;
}

export async function revokeSession(id: string): Promise<void> {
  await request(async () => {
    const result = await api.DELETE('/api/auth/sessions/{id}', { params: { path: { id } }, parseAs: 'text' });
    return { ...result, data: result.response.ok ? true : undefined };
  });
}

export async function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  await request(async () => {
    const result = await api.POST('/api/auth/password', { body: { currentPassword, newPassword }, parseAs: 'text' });
    return { ...result, data: result.response.ok ? true : undefined };
  });
}

export function setUpTotp(): Promise<{ secret: string; uri: string }> {
  return request(() => api.POST('/api/auth/totp/setup'));
}

export async function confirmTotp(code: string): Promise<string[]> {
  const { recoveryCodes } = await request(() => api.POST('/api/auth/totp/confirm', { body: { code } }));
  return recoveryCodes;
}
