import { api, request } from './client';
import type { components } from './schema';

export type ApiKey = components['schemas']['ApiKey'];

/**
 * The actions an API key may hold: the policy table (`src/domain/accounts/policy.ts`) without `users:manage`,
 * `api_keys:manage` and `account:self`, which need a person with a second factor.
 */
export const API_KEY_ACTIONS = [
  'organisation:read',
  'register:read',
  'register:write',
  'statement:publish',
  'import:run',
  'audit:read',
  'organisation:write',
] as const;
export type ApiKeyAction = (typeof API_KEY_ACTIONS)[number];

/** The organisation's keys, newest first (never the keys themselves). */
export async function fetchApiKeys(signal: AbortSignal): Promise<ApiKey[]> {
  const { items } = await request(() => api.GET('/api/api-keys', { signal }));
  return items;
}

/** Issues a key; the answer is the only time the key itself is shown. */
export function createApiKey(input: { name: string; actions: string[] }): Promise<{ key: string; apiKey: ApiKey }> {
  return request(() => api.POST('/api/api-keys', { body: input }));
}

/** Revokes a key: it stops working at once. */
export async function revokeApiKey(id: string): Promise<void> {
  await request(async () => {
    const result = await api.DELETE('/api/api-keys/{id}', { params: { path: { id } } });
    // 204 has no body: give `request` something to return.
    return result.response.ok ? { data: null, response: result.response } : result;
  });
}
