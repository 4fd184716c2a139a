import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { storeKinds } from '../helpers/db.js';

/**
 * Publishing twice at once (two owners, a double click, a retried request): one publication, the others a clear
 * 409. Before, on PostgreSQL, a second request that read the list before the first committed added a second
 * statement version of the same register version, whose "changes" were compared with nothing.
 */
describe.each(storeKinds())('publishing a statement at the same time (%s)', (kind) => {
  let t: TestApp;
  const json = { 'content-type': 'application/json' };
  beforeAll(async () => {
    t = await createTestApp(kind);
    const org = await t.app.inject({
      method: 'POST',
      url: '/api/organisations',
      headers: { cookie: t.cookie, ...json },
      payload: { slug: 'race', name: 'Race' },
    });
    expect(org.statusCode).toBe(201);
    const source = readFileSync(resolve(import.meta.dirname, '../../examples/demo.yaml'), 'utf8');
    const put = await t.app.inject({
      method: 'PUT',
      url: '/api/register?organisation=race',
      headers: { cookie: t.cookie, ...json },
      payload: { source },
    });
    expect(put.statusCode).toBe(201);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('publishes once, and answers the others 409 problem+json', async () => {
    for (let round = 0; round < 3; round += 1) {
      const answers = await Promise.all(
        Array.from({ length: 6 }, () =>
          t.app.inject({
            method: 'POST',
            url: '/api/statements/publish?organisation=race',
            headers: { cookie: t.cookie, ...json },
            payload: {},
          }),
        ),
      );
      const statuses = answers.map((a) => a.statusCode).sort();
      // The first round publishes once; later rounds find register version 1 published already.
      expect(statuses).toEqual(round === 0 ? [201, 409, 409, 409, 409, 409] : [409, 409, 409, 409, 409, 409]);
      for (const refused of answers.filter((a) => a.statusCode === 409)) {
        expect(refused.headers['content-type']).toContain('application/problem+json');
      }
    }
    const list = await t.app.inject({ url: '/api/statements?organisation=race', headers: { cookie: t.cookie } });
    expect(list.statusCode).toBe(200);
    const items = (list.json() as { items: { number: number; registerVersion: number }[] }).items;
    expect(items.map((p) => [p.number, p.registerVersion])).toEqual([[1, 1]]);
  });
});
