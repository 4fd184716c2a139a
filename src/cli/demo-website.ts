import { randomBytes } from 'node:crypto';
import type { App } from '../http/app.js';
import type { Store } from '../store/db.js';
import { organisationStore } from '../store/organisation.store.js';
import { siteStore } from '../store/site.store.js';
import { DEMO_SITE_NAME } from './demo-consent.js';
import { DEMO_ORGANISATION } from './demo-data.js';

const ANALYTICS = `document.cookie = '_ga=GA1.1.demo; path=/; max-age=31536000; SameSite=Lax';
document.getElementById('analytics-status').textContent = 'The analytics script ran and set the _ga cookie.';
`;
const MARKETING = `document.cookie = '_fbp=fb.1.demo; path=/; max-age=7776000; SameSite=Lax';
document.getElementById('marketing-status').textContent = 'The advertising script ran and set the _fbp cookie.';
`;

function page(siteKey: string, nonce: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Voorbeeld Software — demo website</title>
<link rel="icon" href="data:,">
<style nonce="${nonce}">
body { font: 16px/1.5 system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; }
.status { padding: .5rem .75rem; border: 1px solid #999; border-radius: 4px; }
</style>
<script src="/banner.js" data-site="${siteKey}" data-nonce="${nonce}" async></script>
<script type="text/plain" data-dijk-category="analytics" data-dijk-src="/demo/website/analytics.js"></script>
<script type="text/plain" data-dijk-category="marketing" data-dijk-src="/demo/website/marketing.js"></script>
</head>
<body>
<h1>Voorbeeld Software</h1>
<p>An invented company's website, to show the Dijk cookie banner. Nothing below runs until you allow it.</p>
<p class="status" id="analytics-status">The analytics script has not run.</p>
<p class="status" id="marketing-status">The advertising script has not run.</p>
<p>Your choices go to the consent ledger: see Consent in the <a href="/admin/consent">admin UI</a>.
The banner's button at the bottom of the page reopens your choices.</p>
<p><a href="/privacy">Privacy statement</a> · <a href="/cookies">Cookie statement</a></p>
</body>
</html>
`;
}

/**
 * `/demo/website`: an invented company's page with the cookie banner and two blocked scripts, served by the demo
 * only (never by `dijk serve`). Under a strict CSP with a fresh nonce per answer, as a careful site would use.
 */
export function demoWebsitePlugin(store: Store): (app: App) => Promise<void> {
  return async (app) => {
    app.get('/demo/website', { config: { public: true }, schema: { hide: true } }, async (_request, reply) => {
      const organisation = await organisationStore(store.db).findOrganisationBySlug(DEMO_ORGANISATION.slug);
      const sites = organisation ? await siteStore(store.db).listSites(organisation.id) : [];
      const site = sites.find((s) => s.name === DEMO_SITE_NAME && s.revokedAt === null);
      if (!site) {
        return reply.code(404).type('text/plain').send('The demo website was revoked.');
      }
      const nonce = randomBytes(16).toString('base64');
      reply
        .header(
          'content-security-policy',
          `default-src 'self'; script-src 'self'; style-src 'self' 'nonce-${nonce}'; connect-src 'self'; ` +
            "img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'",
        )
        .type('text/html; charset=utf-8');
      return page(site.siteKey, nonce);
    });
    for (const [name, body] of [
      ['analytics', ANALYTICS],
      ['marketing', MARKETING],
    ] as const) {
      app.get(`/demo/website/${name}.js`, { config: { public: true }, schema: { hide: true } }, async (_r, reply) =>
        reply.type('text/javascript; charset=utf-8').send(body),
      );
    }
  };
}
