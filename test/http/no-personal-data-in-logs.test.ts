import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminSessionServiceFactory } from '../../src/domain/accounts/admin-session.service.js';
import { adminSessionStore } from '../../src/store/admin-session.store.js';
import { organisationStore } from '../../src/store/organisation.store.js';
import { REPO_ROOT } from '../helpers/cli.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

/** Marker values: if any of them reaches the application log, personal data leaked into it. */
const MARKERS = {
  name: 'Zwanhilde Markeerstift',
  email: 'zwanhilde.marker-93b1@example.org',
  ip: '198.51.100.173',
  phone: '+32 470 93 17 31',
};

describe('no personal data in application logs', () => {
  let server: TestServer;
  let cookie = '';

  beforeAll(async () => {
    server = await startTestServer({ env: { LOG_LEVEL: 'trace' } });
    const sessions = adminSessionServiceFactory({
      store: adminSessionStore(server.server.store.db),
      now: () => new Date(),
    });
    const { token } = await sessions.createLoginLink();
    const res = await fetch(`${server.url}/admin/login?token=${token}`, { redirect: 'manual' });
    cookie = res.headers.get('set-cookie')?.split(';')[0] ?? '';
    await organisationStore(server.server.store.db).insertOrganisation({ slug: 'logs', name: 'Log test' });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('keeps markers out of the logs through imports, registers, errors and queries', async () => {
    const headers = { cookie, 'x-forwarded-for': MARKERS.ip };
    const statement = `Privacyverklaring van Voorbeeld BV. Onze functionaris voor gegevensbescherming is ${MARKERS.name}, bereikbaar via ${MARKERS.email} of ${MARKERS.phone}. Wij bewaren uw facturen 7 jaar.`;
    const imported = await fetch(`${server.url}/api/import?name=${encodeURIComponent(MARKERS.email)}`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'text/plain' },
      body: statement,
    });
    expect(imported.status).toBe(200);

    const bpart = readFileSync(resolve(REPO_ROOT, 'examples', 'bpart.yaml'), 'utf8');
    const withMarker = bpart.replace('email: legal@bpart.be', `email: ${MARKERS.email}`);
    const put = await fetch(`${server.url}/api/register?organisation=logs`, {
      method: 'PUT',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ source: withMarker, message: MARKERS.name }),
    });
    expect(put.status).toBe(201);

    // Errors that quote input: a bad body, a misspelt key holding a marker, a bad query.
    const bad = await fetch(`${server.url}/api/register?organisation=logs`, {
      method: 'PUT',
      headers: { ...headers, 'content-type': 'application/json' },
      body: `{"source": "${MARKERS.name}`,
    });
    expect(bad.status).toBe(400);
    const typo = await fetch(`${server.url}/api/register/lint`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ source: withMarker.replace('legal_name:', `${MARKERS.name.replace(' ', '_')}:`) }),
    });
    expect(typo.status).toBe(200);
    const query = await fetch(
      `${server.url}/api/organisations/${encodeURIComponent(MARKERS.email)}?q=${MARKERS.phone}`,
      {
        headers,
      },
    );
    expect(query.status).toBe(400);

    const logs = server.logs.join('');
    expect(logs.length).toBeGreaterThan(1000);
    for (const [kind, marker] of Object.entries(MARKERS)) {
      expect(logs, `the ${kind} marker reached the log`).not.toContain(marker);
      expect(logs).not.toContain(encodeURIComponent(marker));
    }
  });
});
