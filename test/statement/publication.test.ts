import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerModule } from '../../src/modules/register.module.js';
import { statementModule } from '../../src/modules/statement.module.js';
import { REPO_ROOT } from '../helpers/cli.js';
import { createTestStore, storeKinds, type TestStore } from '../helpers/db.js';

const bpart = readFileSync(resolve(REPO_ROOT, 'examples', 'bpart.yaml'), 'utf8');
const audit = { actor: { type: 'system' as const, id: 'test' } };

describe.each(storeKinds())('statement publications on %s', (kind) => {
  let t: TestStore;
  let now = new Date('2026-11-21T10:00:00Z');
  beforeAll(async () => {
    t = await createTestStore(kind);
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it('publishes only on request, keeps every version, and records what changed materially', async () => {
    const { registers, organisations } = registerModule({ store: t.store, now: () => now });
    const { statements } = statementModule({ store: t.store, now: () => now });
    const org = await organisations.createOrganisation({ slug: `pub-${kind}`, name: 'Publication test' });
    await registers.applyRegister(org.id, { text: bpart, file: 'bpart.yaml', author: 'test', audit });

    // Applying a register publishes nothing.
    await expect(statements.getCurrentStatement(org.id)).rejects.toMatchObject({ code: 'not_found' });

    const first = await statements.publishStatement(org.id, { publishedBy: 'test', audit });
    expect(first).toMatchObject({
      number: 1,
      registerVersion: 1,
      effectiveFrom: '2026-11-21',
      material: false,
      changes: [],
    });
    await expect(statements.publishStatement(org.id, { publishedBy: 'test', audit })).rejects.toMatchObject({
      code: 'conflict',
    });

    await registers.applyRegister(org.id, {
      text: bpart.replace('duration: P7Y', 'duration: P10Y'),
      file: 'bpart.yaml',
      author: 'test',
      audit,
    });
    await expect(
      statements.publishStatement(org.id, { publishedBy: 'test', effectiveFrom: '2026-11-20', audit }),
    ).rejects.toMatchObject({ code: 'validation_failed' });
    const second = await statements.publishStatement(org.id, {
      publishedBy: 'test',
      effectiveFrom: '2026-12-01',
      audit,
    });
    expect(second).toMatchObject({ number: 2, registerVersion: 2, effectiveFrom: '2026-12-01', material: true });
    expect(second.changes).toEqual([
      expect.objectContaining({ material: true, path: expect.stringMatching(/^retention/) }),
    ]);

    // Announced, not yet in force: the current statement is still version 1 until 1 December.
    expect((await statements.getCurrentStatement(org.id)).publication.number).toBe(1);
    now = new Date('2026-12-01T00:00:01Z');
    expect((await statements.getCurrentStatement(org.id)).publication.number).toBe(2);

    expect((await statements.listStatementPublications(org.id)).map((p) => p.number)).toEqual([2, 1]);
    expect(await statements.diffPublications(org.id, 1, 2)).toEqual(second.changes);
    expect((await statements.getPublishedStatement(org.id, 1)).register.organisation.legal_name).toBe('Bpart BV');
    await expect(statements.getPublishedStatement(org.id, 9)).rejects.toMatchObject({ code: 'not_found' });

    const actions = await t.store.db
      .selectFrom('audit_entries')
      .select('action')
      .where('chain_id', '=', org.id)
      .execute();
    expect(actions.filter((a) => a.action === 'statement.publish')).toHaveLength(2);
  });
});
