import { hkdfSync } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import { openSecret, type SealVersion, sealedVersion, sealSecret } from '../domain/accounts/secret-box.js';
import { AppError, isAppError } from '../errors.js';
import { installKeyLoader } from './install-key.store.js';
import type { Database } from './schema.js';

/** The name of the install key that seals TOTP secrets when no key is given from the environment. */
export const TOTP_KEY_NAME = 'totp-secret-aes-256-gcm';

/** The key for TOTP secrets derived from `DIJK_SECRET_KEY` (HKDF-SHA256), so that key can serve other uses too. */
function environmentKey(secretKey: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', secretKey, 'dijk', 'totp-secret v2', 32));
}

const keyMissing = () =>
  new AppError('unavailable', {
    message: 'The TOTP secrets are sealed with DIJK_SECRET_KEY, which is not set: set it and restart.',
  });

/**
 * TOTP secrets sealed at rest (AES-256-GCM, bound to the user's id; docs/security.md). With `secretKey`
 * (`DIJK_SECRET_KEY`) they are sealed under a key derived from it (`v2.`), which is not in the database; without
 * it, under a per-install key kept in the database (`v1.`). A value sealed the older way (plaintext from before
 * sealing, or `v1.` once a key is set) is sealed again the newer way the first time it is read, and by
 * {@link resealAll} at start.
 */
export function totpSecrets(db: Kysely<Database>, options: { secretKey?: Buffer | undefined } = {}) {
  const loadKey = installKeyLoader(db, TOTP_KEY_NAME);
  const installKey = async () => Buffer.from(await loadKey(), 'hex');
  const envKey = options.secretKey ? environmentKey(options.secretKey) : undefined;
  const target: SealVersion = envKey ? 'v2' : 'v1';
  const context = (userId: string) => `users.totp_secret:${userId}`;

  const seal = async (userId: string, secret: string) =>
    envKey
      ? sealSecret(secret, envKey, context(userId), 'v2')
      : sealSecret(secret, await installKey(), context(userId));

  const open = async (userId: string, stored: string): Promise<string> => {
    const version = sealedVersion(stored);
    if (version === undefined) {
      return stored;
    }
    if (version === 'v2') {
      if (!envKey) {
        throw keyMissing();
      }
      return openSecret(stored, envKey, context(userId));
    }
    return openSecret(stored, await installKey(), context(userId));
  };

  /** Replaces a stored value by its newer sealing, only if the row still holds that value. */
  const upgrade = async (userId: string, stored: string, secret: string) => {
    await db
      .updateTable('users')
      .set({ totp_secret: await seal(userId, secret) })
      .where('id', '=', userId)
      .where(sql<boolean>`totp_secret = ${stored}`)
      .execute();
  };

  return {
    /** The value to store for a user's secret. */
    seal,
    /**
     * The secret of a stored value; one sealed the older way is sealed again in its row. A value that does not open
     * with the key (altered in the database, or restored from another install) gives `unreadable` instead of an
     * error, so the account's other ways in (its password for the self-service, a recovery code at login) still
     * work and the login can say what is wrong.
     */
    async read(userId: string, stored: string | null): Promise<{ secret: string | null; unreadable: boolean }> {
      if (stored === null) {
        return { secret: null, unreadable: false };
      }
      let secret: string;
      try {
        secret = await open(userId, stored);
      } catch (error) {
        if (isAppError(error)) {
          throw error; // sealed with DIJK_SECRET_KEY while it is unset: a configuration fault, said as such
        }
        return { secret: null, unreadable: true };
      }
      if (sealedVersion(stored) !== target) {
        await upgrade(userId, stored, secret);
      }
      return { secret, unreadable: false };
    },
    /**
     * Checks at start that the secrets can be opened: none sealed with DIJK_SECRET_KEY while it is unset, and the
     * key given opens one that was (a changed key would lock every enrolled user out at their next login).
     */
    async verifyKey(): Promise<void> {
      const row = await db
        .selectFrom('users')
        .select(['id', 'totp_secret'])
        .where('totp_secret', 'like', 'v2.%')
        .limit(1)
        .executeTakeFirst();
      if (!row?.totp_secret) {
        return;
      }
      try {
        await open(row.id, row.totp_secret);
      } catch (error) {
        if (isAppError(error)) {
          throw error; // no key at all
        }
        throw new AppError('config_invalid', {
          message:
            'DIJK_SECRET_KEY is not the key the TOTP secrets were sealed with: set the earlier key (see docs/security.md).',
        });
      }
    },
    /** Seals again every secret not sealed the current way (at start, after DIJK_SECRET_KEY was set); how many. */
    async resealAll(): Promise<number> {
      const rows = await db
        .selectFrom('users')
        .select(['id', 'totp_secret'])
        .where('totp_secret', 'is not', null)
        .where('totp_secret', 'not like', `${target}.%`)
        .execute();
      for (const row of rows) {
        const stored = row.totp_secret as string;
        await upgrade(row.id, stored, await open(row.id, stored));
      }
      return rows.length;
    },
  };
}
