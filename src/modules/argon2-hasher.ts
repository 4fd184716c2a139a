import { hash, verify } from '@node-rs/argon2';
import type { PasswordHasher } from '../domain/accounts/login.service.js';

/**
 * argon2id with the OWASP Password Storage Cheat Sheet's first recommended setting: 19 MiB memory, 2 iterations,
 * parallelism 1. The encoded hash carries its own salt and parameters, so they can be raised later.
 */
/** `Algorithm.Argon2id` of @node-rs/argon2 (a const enum, which isolated modules cannot import). */
const ARGON2ID = 2;

export const argon2Hasher: PasswordHasher = {
  hash: (password) => hash(password, { algorithm: ARGON2ID as never, memoryCost: 19_456, timeCost: 2, parallelism: 1 }),
  verify: async (encoded, password) => {
    try {
      return await verify(encoded, password);
    } catch {
      // A malformed stored hash is a failed login, never a crash that would tell the two apart.
      return false;
    }
  },
};
