import type { Role, User } from './auth.api';
import { api, request } from './client';

export async function fetchUsers(signal: AbortSignal): Promise<User[]> {
  const { items } = await request(() => api.GET('/api/users', { signal }));
  return items;
}

export interface NewUser {
  email: string;
  role: Role;
  organisation?: string;
}

/** Creates a user; the server generates a password and answers it once. */
export function createUser(input: NewUser): Promise<{ user: User; generatedPassword?: string }> {
  return request(() => api.POST('/api/users', { body: input }));
}

export function updateUser(
  id: string,
  change: { organisation?: string; role?: Role | null; disabled?: boolean; resetTotp?: true },
): Promise<User> {
  return request(() => api.PATCH('/api/users/{id}', { params: { path: { id } }, body: change }));
}
