import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSecret, hashSecret } from '../../src/domain/accounts/login-link.js';
import { can, ROLES, type Role } from '../../src/domain/accounts/policy.js';
import { listRoutePolicies } from '../../src/http/plugins/session.js';
import { organisationStore } from '../../src/store/organisation.store.js';
import { createTestApp, type TestApp } from '../helpers/app.js';

/**
 * Walks every registered route for every role and checks the answer against the policy table: a role that may
 * not act gets 403, one that may gets past authorisation (any status but 401/403), nobody without a session gets
 * past a protected route, and public routes need no session. A route added without a policy stops the app from
 * starting at all (see the plugin), so it cannot slip past this test.
 */
describe('authorisation matrix', () => {
  let t: TestApp;
  const cookies = new Map<Role, string>();

  beforeAll(async () => {
    t = await createTestApp();
    await organisationStore(t.t.store.db).insertOrganisation({ slug: 'matrix', name: 'Matrix test' });
    for (const role of ROLES) {
      const token = generateSecret();
      await t.t.store.db
        .insertInto('admin_sessions')
        .values({ token_hash: hashSecret(token), role, expires_at: new Date(Date.now() + 3_600_000) })
        .execute();
      cookies.set(role, `dijk_session=${token}`);
    }
  });
  afterAll(async () => {
    await t?.close();
  });

  const concrete = (url: string) => url.replace(':slug', 'matrix').replace(':version', '1').replace(/\*$/, 'anything');

  it('covers the routes of every area', () => {
    const actions = new Set(listRoutePolicies(t.app).map((p) => p.action));
    for (const action of ['register:read', 'register:write', 'import:run', 'organisation:write', 'public']) {
      expect(actions).toContain(action);
    }
  });

  it('answers every route × role as the policy table says', async () => {
    const policies = listRoutePolicies(t.app).filter((p) => p.method !== 'HEAD');
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
  });
});
