import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors.js';
import { type AdminSessionPorts, adminSessionServiceFactory } from './admin-session.service.js';
import { generateSecret, hashesEqual, hashSecret, isWellFormedSecret, LOGIN_LINK_TTL_MS } from './login-link.js';

/** An in-memory port implementation: the service's rules are tested here, the SQL in test/store. */
function memoryPorts(): AdminSessionPorts {
  const tokens = new Map<string, { expiresAt: Date; used: boolean }>();
  const sessions = new Map<string, Date>();
  return {
    insertLoginToken: async ({ tokenHash, expiresAt }) => {
      tokens.set(tokenHash, { expiresAt, used: false });
    },
    consumeLoginToken: async (hash, now) => {
      const t = tokens.get(hash);
      if (!t || t.used || t.expiresAt <= now) {
        return false;
      }
      t.used = true;
      return true;
    },
    insertSession: async ({ tokenHash, expiresAt }) => {
      sessions.set(tokenHash, expiresAt);
      return { id: tokenHash.slice(0, 8) };
    },
    touchSession: async (hash, now) => {
      const expiresAt = sessions.get(hash);
      return expiresAt && expiresAt > now
        ? {
            sessionId: hash.slice(0, 8),
            role: 'owner' as const,
            expiresAt,
            userId: null,
            memberships: 'all' as const,
            totpEnabled: false,
          }
        : undefined;
    },
    deleteSession: async (hash) => {
      sessions.delete(hash);
    },
    listUserSessions: async () => [],
    findSessionSummary: async () => undefined,
    deleteSessionById: async () => false,
  };
}

describe('secrets', () => {
  it('are well-formed, unique and stored only as a hash', () => {
    const a = generateSecret();
    const b = generateSecret();
    expect(isWellFormedSecret(a)).toBe(true);
    expect(a).not.toBe(b);
    expect(hashSecret(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashesEqual(hashSecret(a), hashSecret(a))).toBe(true);
    expect(hashesEqual(hashSecret(a), hashSecret(b))).toBe(false);
    expect(isWellFormedSecret('short')).toBe(false);
    expect(isWellFormedSecret(undefined)).toBe(false);
  });
});

describe('admin login links', () => {
  it('start a session once, and never twice', async () => {
    let now = new Date('2026-11-21T10:00:00Z');
    const service = adminSessionServiceFactory({ store: memoryPorts(), now: () => now });
    const { token } = await service.createLoginLink();
    const { sessionToken } = await service.redeemLoginLink(token);
    expect(await service.findSession(sessionToken)).toBeDefined();
    await expect(service.redeemLoginLink(token)).rejects.toBeInstanceOf(AppError);
    now = new Date(now.getTime() + 13 * 60 * 60 * 1000);
    expect(await service.findSession(sessionToken)).toBeUndefined();
  });

  it('expire', async () => {
    let now = new Date('2026-11-21T10:00:00Z');
    const service = adminSessionServiceFactory({ store: memoryPorts(), now: () => now });
    const { token } = await service.createLoginLink();
    now = new Date(now.getTime() + LOGIN_LINK_TTL_MS + 1);
    await expect(service.redeemLoginLink(token)).rejects.toMatchObject({ code: 'unauthenticated' });
  });

  it('end a session on logout', async () => {
    const service = adminSessionServiceFactory({ store: memoryPorts(), now: () => new Date() });
    const { sessionToken } = await service.redeemLoginLink((await service.createLoginLink()).token);
    await service.endSession(sessionToken);
    expect(await service.findSession(sessionToken)).toBeUndefined();
  });
});
