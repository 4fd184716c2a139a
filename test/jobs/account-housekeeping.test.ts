import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepAccounts } from '../../src/jobs/account-housekeeping.job.js';
import { accountsModule } from '../../src/modules/accounts.module.js';
import { organisationStore } from '../../src/store/organisation.store.js';
import { createTestStore, storeKinds, type TestStore } from '../helpers/db.js';

const NOW = new Date('2026-11-22T12:00:00Z');
const ago = (ms: number) => new Date(NOW.getTime() - ms);
const HOUR = 60 * 60_000;

describe.each(storeKinds())('the accounts sweep (%s)', (kind) => {
  let t: TestStore;
  let userId = '';
  beforeAll(async () => {
    t = await createTestStore(kind);
    await organisationStore(t.store.db).insertOrganisation({ slug: 'sweep', name: 'Sweep' });
    const { userAdmin } = accountsModule({ store: t.store, now: () => NOW });
    userId = (
      await userAdmin.createUser(
        { owned: 'all', actor: { type: 'system' } },
        { email: 'sweep@example.org', role: 'editor', organisation: 'sweep', password: 'lantern orchard violet 42' },
      )
    ).user.id;
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it('deletes throttle rows that no longer count and reset tokens a day past expiry, nothing else', async () => {
    const db = t.store.db;
    await db
      .insertInto('login_attempts')
      .values([
        { key_hash: 'quiet', failures: 4, last_failure_at: ago(2 * HOUR), locked_until: null },
        { key_hash: 'lock-over', failures: 50, last_failure_at: ago(3 * HOUR), locked_until: ago(2 * HOUR) },
        { key_hash: 'recent', failures: 2, last_failure_at: ago(10 * 60_000), locked_until: null },
        {
          key_hash: 'locked',
          failures: 50,
          last_failure_at: ago(2 * HOUR),
          locked_until: new Date(NOW.getTime() + HOUR),
        },
      ])
      .execute();
    await db
      .insertInto('password_reset_tokens')
      .values([
        { user_id: userId, token_hash: 'old', created_at: ago(30 * HOUR), expires_at: ago(29 * HOUR) },
        { user_id: userId, token_hash: 'just-expired', created_at: ago(2 * HOUR), expires_at: ago(HOUR) },
        {
          user_id: userId,
          token_hash: 'live',
          created_at: ago(10 * 60_000),
          expires_at: new Date(NOW.getTime() + HOUR),
        },
      ])
      .execute();

    expect(await sweepAccounts({ store: t.store, now: () => NOW })).toEqual({ loginAttempts: 2, resetTokens: 1 });
    const keys = (await db.selectFrom('login_attempts').select('key_hash').execute()).map((r) => r.key_hash).sort();
    expect(keys).toEqual(['locked', 'recent']);
    const tokens = (await db.selectFrom('password_reset_tokens').select('token_hash').execute()).map(
      (r) => r.token_hash,
    );
    expect(tokens.sort()).toEqual(['just-expired', 'live']);
    expect(await sweepAccounts({ store: t.store, now: () => NOW })).toEqual({ loginAttempts: 0, resetTokens: 0 });
  });
});
