import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import Negotiator from 'negotiator';
import type { OrganisationService } from '../../domain/organisations/organisation.service.js';
import type { Register } from '../../domain/register/index.js';
import { escapeHtml, renderStatement, toHtml } from '../../domain/statement/index.js';
import type { StatementPublication } from '../../domain/statement/statement-publication.js';
import type { StatementPublicationService } from '../../domain/statement/statement-publication.service.js';
import { isAppError } from '../../errors.js';
import { resolveRequestOrganisation } from '../organisation-scope.js';
import { PAGE_TEXTS, PUBLIC_CSS, PUBLIC_LANGS, type PublicLang, renderPublicPage } from '../pages/public-page.js';

type Kind = 'privacy' | 'cookies';

/** The languages the organisation serves (its register), limited to those Dijk writes statements in. */
function servedLanguages(register: Register | undefined): PublicLang[] {
  const served = (register?.organisation.languages ?? []).filter((l): l is PublicLang =>
    (PUBLIC_LANGS as readonly string[]).includes(l),
  );
  return served.length > 0 ? served : [...PUBLIC_LANGS];
}

function isLang(value: string): value is PublicLang {
  return (PUBLIC_LANGS as readonly string[]).includes(value);
}

/**
 * The public statement pages: server-rendered, no JavaScript, one URL per language and per published version.
 * `/privacy` and `/cookies` pick the language from Accept-Language.
 */
export const statementPagesRoutes: FastifyPluginAsync<{
  statements: StatementPublicationService;
  organisations: OrganisationService;
}> = async (app, { statements, organisations }) => {
  const pub = { config: { public: true }, schema: { hide: true } } as const;
  const query = (request: FastifyRequest) => {
    const org = (request.query as { organisation?: unknown }).organisation;
    return typeof org === 'string' && org ? `?organisation=${encodeURIComponent(org)}` : '';
  };

  /** Everything a page needs, or a 404 page when the organisation or its statement does not exist. */
  async function load(request: FastifyRequest, number?: number) {
    const organisation = await resolveRequestOrganisation(request, organisations);
    const found =
      number === undefined
        ? await statements.getCurrentStatement(organisation.id)
        : await statements.getPublishedStatement(organisation.id, number);
    return { organisation, ...found };
  }

  function page(
    reply: FastifyReply,
    request: FastifyRequest,
    input: { lang: PublicLang; kind: Kind; publication: StatementPublication; register: Register; versioned: boolean },
  ) {
    const { lang, kind, publication, register } = input;
    const q = query(request);
    const t = PAGE_TEXTS[lang];
    const doc = renderStatement(register, {
      lang,
      kind,
      version: { number: publication.number, effectiveFrom: publication.effectiveFrom },
      links: {
        versions: `/privacy/versions?lang=${lang}${q.replace('?', '&')}`,
        cookies: `/cookies/${lang}${q}`,
        privacy: `/privacy/${lang}${q}`,
      },
    });
    const path = (l: PublicLang) =>
      input.versioned ? `/${kind}/v/${publication.number}/${l}${q}` : `/${kind}/${l}${q}`;
    return reply
      .type('text/html; charset=utf-8')
      .header('cache-control', input.versioned ? 'public, max-age=86400' : 'no-cache')
      .send(
        renderPublicPage({
          lang,
          title: kind === 'privacy' ? t.privacy : t.cookies,
          organisation: register.organisation.legal_name,
          body: toHtml(doc),
          alternates: servedLanguages(register).map((l) => ({ lang: l, href: path(l) })),
          nav: [
            { label: t.privacy, href: `/privacy/${lang}${q}`, current: kind === 'privacy' },
            { label: t.cookies, href: `/cookies/${lang}${q}`, current: kind === 'cookies' },
            { label: t.versions, href: `/privacy/versions?lang=${lang}${q.replace('?', '&')}` },
          ],
          footer: t.generated(publication.number),
        }),
      );
  }

  function notFound(reply: FastifyReply, lang: PublicLang, message: string) {
    return reply
      .status(404)
      .type('text/html; charset=utf-8')
      .send(
        renderPublicPage({
          lang,
          title: PAGE_TEXTS[lang].privacy,
          organisation: '',
          body: `<h1>${escapeHtml(message)}</h1>`,
          alternates: [],
          nav: [],
        }),
      );
  }

  /** Runs a page handler; a missing organisation, statement or version answers a 404 page, not JSON. */
  async function guarded(reply: FastifyReply, lang: PublicLang, fn: () => Promise<unknown>) {
    try {
      return await fn();
    } catch (error) {
      if (isAppError(error, 'not_found') || isAppError(error, 'validation_failed')) {
        return notFound(reply, lang, PAGE_TEXTS[lang].notPublished);
      }
      throw error;
    }
  }

  app.get('/assets/public.css', pub, async (_request, reply) =>
    reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(PUBLIC_CSS),
  );

  for (const kind of ['privacy', 'cookies'] as const) {
    app.get(`/${kind}`, pub, async (request, reply) => {
      const negotiator = new Negotiator({ headers: { 'accept-language': request.headers['accept-language'] ?? '' } });
      return guarded(reply, 'en', async () => {
        const { register } = await load(request);
        const served = servedLanguages(register);
        // A reader whose languages the organisation does not serve gets English when served: more widely read than the
        // register's first language.
        const fallback = served.includes('en') ? 'en' : (served[0] ?? 'en');
        const lang = (negotiator.language(served) as PublicLang | undefined) ?? fallback;
        return reply.header('vary', 'Accept-Language').redirect(`/${kind}/${lang}${query(request)}`, 302);
      });
    });

    app.get<{ Params: { lang: string } }>(`/${kind}/:lang`, pub, async (request, reply) => {
      const lang = request.params.lang;
      if (!isLang(lang)) {
        return notFound(reply, 'en', PAGE_TEXTS.en.notFound);
      }
      return guarded(reply, lang, async () =>
        page(reply, request, { lang, kind, ...(await load(request)), versioned: false }),
      );
    });

    app.get<{ Params: { n: string; lang: string } }>(`/${kind}/v/:n/:lang`, pub, async (request, reply) => {
      const { n, lang } = request.params;
      if (!isLang(lang) || !/^\d{1,6}$/.test(n)) {
        return notFound(reply, isLang(lang) ? lang : 'en', PAGE_TEXTS.en.notFound);
      }
      return guarded(reply, lang, async () =>
        page(reply, request, { lang, kind, ...(await load(request, Number(n))), versioned: true }),
      );
    });
  }

  app.get<{ Querystring: { lang?: string } }>('/privacy/versions', pub, async (request, reply) => {
    const lang = isLang(request.query.lang ?? '') ? (request.query.lang as PublicLang) : 'en';
    const t = PAGE_TEXTS[lang];
    return guarded(reply, lang, async () => {
      const { organisation, register } = await load(request);
      const list = await statements.listStatementPublications(organisation.id);
      const q = query(request);
      const items = list
        .map((p) => {
          const changes =
            p.number > 1
              ? ` — <a href="/privacy/changes?from=${p.number - 1}&amp;to=${p.number}&amp;lang=${lang}${q.replace('?', '&amp;')}">${t.changesLink}</a>${p.material ? ` <span class="material">(${t.material})</span>` : ''}`
              : '';
          return `<li><a href="/privacy/v/${p.number}/${lang}${q}">${escapeHtml(t.versionLine(p.number, p.effectiveFrom))}</a>${changes}</li>`;
        })
        .join('\n');
      return reply.type('text/html; charset=utf-8').send(
        renderPublicPage({
          lang,
          title: t.versionsTitle,
          organisation: register.organisation.legal_name,
          body: `<h1>${escapeHtml(t.versionsTitle)}</h1>\n<ul>\n${items}\n</ul>`,
          alternates: servedLanguages(register).map((l) => ({
            lang: l,
            href: `/privacy/versions?lang=${l}${q.replace('?', '&')}`,
          })),
          nav: [{ label: t.privacy, href: `/privacy/${lang}${q}` }],
        }),
      );
    });
  });

  app.get<{ Querystring: { from?: string; to?: string; lang?: string } }>(
    '/privacy/changes',
    pub,
    async (request, reply) => {
      const lang = isLang(request.query.lang ?? '') ? (request.query.lang as PublicLang) : 'en';
      const t = PAGE_TEXTS[lang];
      const from = Number(request.query.from);
      const to = Number(request.query.to);
      if (!Number.isInteger(from) || !Number.isInteger(to) || from < 1 || to < 1) {
        return notFound(reply, lang, t.notFound);
      }
      return guarded(reply, lang, async () => {
        const { organisation, register } = await load(request);
        const changes = await statements.diffPublications(organisation.id, from, to);
        const q = query(request);
        const items = changes.length
          ? `<ul>\n${changes
              .map(
                (c) =>
                  `<li>${escapeHtml(c.summary[lang])}${c.material ? ` <span class="material">(${t.material})</span>` : ''}</li>`,
              )
              .join('\n')}\n</ul>`
          : `<p>${t.noChanges}</p>`;
        return reply.type('text/html; charset=utf-8').send(
          renderPublicPage({
            lang,
            title: t.changesTitle(from, to),
            organisation: register.organisation.legal_name,
            body: `<h1>${escapeHtml(t.changesTitle(from, to))}</h1>\n${items}`,
            alternates: servedLanguages(register).map((l) => ({
              lang: l,
              href: `/privacy/changes?from=${from}&to=${to}&lang=${l}${q.replace('?', '&')}`,
            })),
            nav: [
              { label: t.privacy, href: `/privacy/${lang}${q}` },
              { label: t.versions, href: `/privacy/versions?lang=${lang}${q.replace('?', '&')}` },
            ],
          }),
        );
      });
    },
  );
};
