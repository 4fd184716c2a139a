import { api, request } from './client';
import type { components } from './schema';

export type Site = components['schemas']['Site'];

/** The organisation's websites, newest first, with their public site keys. */
export async function fetchSites(signal: AbortSignal): Promise<Site[]> {
  const { items } = await request(() => api.GET('/api/sites', { signal }));
  return items;
}

/** Adds a website; its key goes in the banner snippet. `origins` empty: any origin may use the key. */
export async function createSite(input: { name: string; origins: string[] }): Promise<Site> {
  const { site } = await request(() => api.POST('/api/sites', { body: input }));
  return site;
}

/** Revokes a website: its banner stops recording consents. */
export async function revokeSite(id: string): Promise<void> {
  await request(async () => {
    const result = await api.DELETE('/api/sites/{id}', { params: { path: { id } } });
    // 204 has no body: give `request` something to return.
    return result.response.ok ? { data: null, response: result.response } : result;
  });
}
