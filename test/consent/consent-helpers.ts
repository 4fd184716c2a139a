import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from 'vitest';
import { organisationStore } from '../../src/store/organisation.store.js';
import type { TestApp } from '../helpers/app.js';
import { REPO_ROOT } from '../helpers/cli.js';

/** The demo register: an invented organisation with analytics and marketing consent purposes and their cookies. */
export const demoRegister = readFileSync(resolve(REPO_ROOT, 'examples', 'demo.yaml'), 'utf8');

const json = { 'content-type': 'application/json' };

/** Creates an organisation with the demo register (or `source`) and a site; answers the site key and ids. */
export async function setUpConsentOrganisation(
  t: TestApp,
  slug: string,
  options: { source?: string; origins?: string[] } = {},
): Promise<{ siteKey: string; siteId: string; organisationId: string }> {
  const org = await organisationStore(t.t.store.db).insertOrganisation({ slug, name: `Consent ${slug}` });
  if (!org) {
    throw new Error(`organisation ${slug} exists already`);
  }
  const put = await t.app.inject({
    method: 'PUT',
    url: `/api/register?organisation=${slug}`,
    headers: { cookie: t.cookie, ...json },
    payload: { source: options.source ?? demoRegister },
  });
  expect(put.statusCode, put.body).toBe(201);
  const site = await t.app.inject({
    method: 'POST',
    url: `/api/sites?organisation=${slug}`,
    headers: { cookie: t.cookie, ...json },
    payload: { name: 'Website', origins: options.origins ?? ['https://www.example.org'] },
  });
  expect(site.statusCode, site.body).toBe(201);
  return { siteKey: site.json().site.siteKey, siteId: site.json().site.id, organisationId: org.id };
}

/** A random visitor id as the banner makes it. */
export function newVisitorId(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64url');
}
