import { type Kysely, sql } from 'kysely';
import { isSealedSecret, openSecret, sealSecret } from '../domain/accounts/secret-box.js';
import { installKeyLoader } from './install-key.store.js';
import type { Database } from './schema.js';

/** The name of the install key that seals TOTP secrets. */
export const TOTP_KEY_NAME = 'totp-secret-aes-256-gcm';

/**
 * TOTP secrets sealed at rest (AES-256-GCM under a per-install key, bound to the user's id; docs/security.md).
 * A plaintext secret written before sealing existed is sealed in place the first time it is read.
 */
export function totpSecrets(db: Kysely<Database>) {
  const loadKey = installKeyLoader(db, TOTP_KEY_NAME);
  const key = async () => Buffer.from(await loadKey(), 'hex');
  const context = (userId: string) => `users.totp_secret:${userId}`;

  return {
    /** The value to store for a user's secret. */
    async seal(userId: string, secret: string): Promise<string> {
      return sealSecret(secret, await key(), context(userId));
    },
    /** The secret of a stored value; a plaintext one is sealed in the row (only if it is still that value). */
    async open(userId: string, stored: string | null): Promise<string | null> {
      if (stored === null) {
        return null;
      }
      if (isSealedSecret(stored)) {
        return openSecret(stored, await key(), context(userId));
      }
      const sealed = sealSecret(stored, await key(), context(userId));
      await db
        .updateTable('users')
        .set({ totp_secret: sealed })
        .where('id', '=', userId)
        .where(sql<boolean>`totp_secret = ${stored}`)
        .execute();
      return stored;
    },
  };
}
