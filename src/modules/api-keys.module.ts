import { apiKeyServiceFactory } from '../domain/accounts/api-key.js';
import { apiKeyStore } from '../store/api-key.store.js';
import type { Store } from '../store/db.js';

/** Wires scoped API keys. */
export function apiKeysModule(deps: { store: Store; now: () => Date }) {
  return { apiKeys: apiKeyServiceFactory({ store: apiKeyStore(deps.store.db), now: deps.now }) };
}
