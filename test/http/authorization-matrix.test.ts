import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSecret, hashSecret } from '../../src/domain/accounts/login-link.js';
import { can, ROLES, type Role } from '../../src/domain/accounts/policy.js';
import { listRoutePolicies } from '../../src/http/plugins/session.js';
import { organisationStore } from '../../src/store/organisation.store.js';
import { userStore } from '../../src/store/user.store.js';
import { createTestApp, type TestApp } from '../helpers/app.js';

/**
 * Walks every registered route for every role and checks the answer against the policy table: a role that may
 * not act gets 403, one that may gets past authorisation (any status but 401/403), nobody without a session gets
 * past a protected route, and public routes need no session. A route added without a policy stops the app from
 * starting at all (see the plugin), so it cannot slip past this test.
 */
describe('authorisation matrix', () => {
  let t: TestApp;
  let organisationId = '';
  const userIds = new Map<Role, string>();

  /** A session per role: setup-link style (no user), or a user with that role in the one organisation and TOTP. */
  async function sessionsFor(kind: 'session-role' | 'user'): Promise<Map<Role, string>> {
    const cookies = new Map<Role, string>();
    for (const role of ROLES) {
      const token = generateSecret();
      await t.t.store.db
        .insertInto('admin_sessions')
        .values({
          token_hash: hashSecret(token),
          role,
          expires_at: new Date(Date.now() + 3_600_000),
          user_id: kind === 'user' ? (userIds.get(role) ?? null) : null,
        })
        .execute();
      cookies.set(role, `dijk_session=${token}`);
    }
    return cookies;
  }

  beforeAll(async () => {
    t = await createTestApp();
    organisationId = (await organisationStore(t.t.store.db).insertOrganisation({ slug: 'matrix', name: 'Matrix test' }))
      ?.id as string;
    const users = userStore(t.t.store.db);
    for (const role of ROLES) {
      const inserted = await users.insertUser({ email: `${role}@matrix.test`, passwordHash: 'x' });
      await users.setMembership(inserted?.id as string, organisationId, role);
      userIds.set(role, inserted?.id as string);
    }
    // Owners and privacy officers must have enrolled TOTP before they may act.
    await t.t.store.db.updateTable('users').set({ totp_enabled_at: new Date() }).execute();
  });
  afterAll(async () => {
    await t?.close();
  });

  const concrete = (url: string) => url.replace(':slug', 'matrix').replace(':version', '1').replace(/\*$/, 'anything');

  it('covers the routes of every area', () => {
    const actions = new Set(listRoutePolicies(t.app).map((p) => p.action));
    for (const action of [
      'register:read',
      'register:write',
      'import:run',
      'organisation:write',
      'mail:read',
      'mailing:send',
      'public',
    ]) {
      expect(actions).toContain(action);
    }
  });

  it('guards the mail log and opens the password reset to everyone', () => {
    const policies = listRoutePolicies(t.app).map((p) => `${p.method} ${p.url} ${p.action}`);
    expect(policies).toEqual(
      expect.arrayContaining([
        'GET /api/mail mail:read',
        'POST /api/auth/password-reset public',
        'POST /api/auth/password-reset/confirm public',
      ]),
    );
  });

  it('guards mailings and opens sign-up, confirmation, unsubscribe and the preference centre to everyone', () => {
    const policies = listRoutePolicies(t.app).map((p) => `${p.method} ${p.url} ${p.action}`);
    expect(policies).toEqual(
      expect.arrayContaining([
        'POST /api/mailings mailing:send',
        'OPTIONS /api/consent/subscribe public',
        'POST /api/consent/subscribe public',
        'GET /consent/confirm public',
        'POST /consent/confirm public',
        'GET /u/* public',
        'POST /u/* public',
        'GET /preferences public',
        'POST /preferences public',
        'POST /preferences/withdraw public',
        'POST /preferences/consent public',
      ]),
    );
  });

  it.each(['session-role', 'user'] as const)(
    'answers every route × role as the policy table says (%s sessions)',
    async (kind) => {
      const cookies = await sessionsFor(kind);
      // Logging out ends the session: walk that route last.
      const policies = listRoutePolicies(t.app)
        .filter((p) => p.method !== 'HEAD')
        .sort((a, b) => Number(a.url === '/api/auth/logout') - Number(b.url === '/api/auth/logout'));
      expect(policies.length).toBeGreaterThan(15);
      const failures: string[] = [];
      for (const policy of policies) {
        const url = concrete(policy.url);
        const method = policy.method as 'GET' | 'POST' | 'PUT' | 'DELETE';
        const anonymous = await t.app.inject({ method, url });
        if (policy.action === 'public') {
          if ([401, 403].includes(anonymous.statusCode)) {
            failures.push(`${method} ${url} is public but answered ${anonymous.statusCode}`);
          }
          continue;
        }
        if (anonymous.statusCode !== 401) {
          failures.push(`${method} ${url} answered ${anonymous.statusCode} without a session`);
        }
        for (const role of ROLES) {
          const headers = { cookie: cookies.get(role) ?? '', 'content-type': 'application/json' };
          const res =
            method === 'GET'
              ? await t.app.inject({ method, url, headers: { cookie: headers.cookie } })
              : await t.app.inject({ method, url, headers, payload: '{}' });
          const allowed = can(role, policy.action);
          if (allowed && [401, 403].includes(res.statusCode)) {
            failures.push(`${role} ${method} ${url}: allowed by the table, answered ${res.statusCode}`);
          }
          if (!allowed && res.statusCode !== 403) {
            failures.push(`${role} ${method} ${url}: refused by the table, answered ${res.statusCode}`);
          }
        }
      }
      expect(failures).toEqual([]);
    },
  );
});
