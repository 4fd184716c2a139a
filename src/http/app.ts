import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type RawServerDefault } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Config } from '../config.js';
import type { MailWakeUp } from '../domain/mail/mail.js';
import type { Logger } from '../logger.js';
import { accountsModule } from '../modules/accounts.module.js';
import { apiKeysModule } from '../modules/api-keys.module.js';
import { auditModule } from '../modules/audit.module.js';
import { consentModule } from '../modules/consent.module.js';
import { createImportRunner } from '../modules/import-runner.js';
import { mailModule } from '../modules/mail.module.js';
import { organisationsModule } from '../modules/organisations.module.js';
import { registerModule } from '../modules/register.module.js';
import { statementModule } from '../modules/statement.module.js';
import { statusModule } from '../modules/status.module.js';
import { PACKAGE_ROOT, VERSION } from '../package-info.js';
import type { Store } from '../store/db.js';
import { answerFrameworkError, registerProblemHandler } from './plugins/problem.js';
import { registerPublicRateLimit } from './plugins/rate-limit.js';
import { registerSecurityHeaders } from './plugins/security-headers.js';
import { registerAuthorization } from './plugins/session.js';
import { refuseUnstorableText } from './plugins/text-guard.js';
import { adminUiRoutes } from './routes/admin-ui.routes.js';
import { apiKeyRoutes } from './routes/api-keys.routes.js';
import { auditRoutes } from './routes/audit.routes.js';
import { authRoutes } from './routes/auth.routes.js';
import { bannerRoutes } from './routes/banner.routes.js';
import { consentRoutes, publicConsentLogLevel } from './routes/consent.routes.js';
import { consentAdminRoutes } from './routes/consent-admin.routes.js';
import { healthRoutes } from './routes/health.routes.js';
import { importRoutes } from './routes/import.routes.js';
import { mailRoutes } from './routes/mail.routes.js';
import { mailingRoutes } from './routes/mailings.routes.js';
import { organisationRoutes } from './routes/organisations.routes.js';
import { preferencesRoutes } from './routes/preferences.routes.js';
import { registerRoutes } from './routes/register.routes.js';
import { siteRoutes } from './routes/sites.routes.js';
import { statementRoutes } from './routes/statement.routes.js';
import { statementPagesRoutes } from './routes/statement-pages.routes.js';
import { statusRoutes } from './routes/status.routes.js';
import { subscriptionRoutes } from './routes/subscription.routes.js';
import { userRoutes } from './routes/users.routes.js';

/** The application type: Fastify with zod schemas. */
export type App = FastifyInstance<
  RawServerDefault,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  ZodTypeProvider
>;

export interface AppDeps {
  config: Config;
  store: Store;
  logger: Logger;
  now?: () => Date;
  /** Told after a service enqueued a mail, so the outbox job sends it at once (`startServer` passes its job's). */
  mail?: MailWakeUp;
  /** Folder of the built admin UI; defaults to web/admin/dist in the package. */
  adminDistDir?: string;
}

/**
 * Builds the Fastify application: plugins, the error handler, OpenAPI, and each area's routes wired to its
 * services. Does not listen; `startServer` does.
 */
export async function buildApp(deps: AppDeps): Promise<App> {
  const { config, store, logger } = deps;
  const now = deps.now ?? (() => new Date());
  const baseUrl = config.baseUrl ?? `http://${config.host}:${config.port}`;

  const app = Fastify({
    loggerInstance: logger as FastifyBaseLogger,
    bodyLimit: config.bodyLimit,
    genReqId: (req) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && /^[A-Za-z0-9._-]{1,64}$/.test(incoming) ? incoming : randomUUID();
    },
    requestIdHeader: false,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    routerOptions: { ignoreTrailingSlash: false },
    frameworkErrors: answerFrameworkError,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  // The API speaks JSON; areas that take uploads add their own parsers in their own scope.
  app.removeContentTypeParser('text/plain');
  registerProblemHandler(app);
  refuseUnstorableText(app);
  registerSecurityHeaders(app, { https: baseUrl.startsWith('https://') });
  await app.register(fastifyCookie);
  const accounts = accountsModule({
    store,
    now,
    ...(deps.mail ? { mail: deps.mail } : {}),
    baseUrl: () => config.baseUrl ?? listeningUrl(app) ?? baseUrl,
    secretKey: config.secretKey,
  });
  const { sessions } = accounts;
  // Before any route: every route registered after this must declare its policy action.
  const { apiKeys } = apiKeysModule({ store, now });
  registerAuthorization(app, { sessions, apiKeys, audit: accounts.appendAuditEntry, now });
  await registerPublicRateLimit(app, { perMinute: config.publicRateLimit });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Dijk API',
        version: VERSION,
        description: 'Privacy operations: the register, statements, consent, requests and retention.',
      },
      servers: [{ url: baseUrl }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { config: { public: true }, schema: { hide: true } }, async () => app.swagger());

  const status = statusModule({ store, version: VERSION, startedAt: now(), now });
  const { organisations } = organisationsModule({ store });
  const { registers } = registerModule({ store, now });
  const { statements } = statementModule({ store, now });

  await app.register(healthRoutes, { status });
  await app.register(statusRoutes, { status });
  const secureCookies = baseUrl.startsWith('https://');
  await app.register(authRoutes, {
    login: accounts.login,
    sessions,
    account: accounts.account,
    passwordReset: accounts.passwordReset,
    secureCookies,
  });
  await app.register(userRoutes, { userAdmin: accounts.userAdmin });
  await app.register(organisationRoutes, { organisations, grantOwner: accounts.grantOwner });
  await app.register(registerRoutes, { registers, organisations });
  const importer = createImportRunner({ timeoutMs: config.importTimeoutMs, now });
  app.addHook('onClose', () => importer.close());
  await app.register(importRoutes, { importer });
  await app.register(statementRoutes, { statements, organisations });
  await app.register(apiKeyRoutes, { apiKeys, organisations });
  await app.register(auditRoutes, { audit: auditModule({ store, now }).audit, organisations });
  await app.register(mailRoutes, { mailLog: mailModule({ store, now }).mailLog, organisations });
  const consentArea = consentModule({
    store,
    now,
    baseUrl,
    poolSize: config.databasePoolSize,
    publicUrl: () => config.baseUrl ?? listeningUrl(app) ?? baseUrl,
    ...(deps.mail ? { mail: deps.mail } : {}),
  });
  app.addHook('onClose', async () => {
    await consentArea.drainConsentWrites();
  });
  await app.register(consentRoutes, {
    consent: consentArea.consent,
    perAddressPerMinute: config.consentRateLimit,
    perSitePerMinute: config.consentSiteRateLimit,
    // Fastify applies a plugin's logLevel to every route it registers.
    logLevel: publicConsentLogLevel(app.log),
  });
  await app.register(consentAdminRoutes, { consent: consentArea.consent, organisations });
  await app.register(siteRoutes, { sites: consentArea.sites, organisations });
  await app.register(subscriptionRoutes, { subscriptions: consentArea.subscriptions });
  await app.register(preferencesRoutes, { preferences: consentArea.preferences, organisations });
  await app.register(mailingRoutes, { mailings: consentArea.mailings, organisations });
  await app.register(statementPagesRoutes, { statements, organisations });
  await app.register(bannerRoutes, {
    distDir: join(PACKAGE_ROOT, 'web', 'banner', 'dist'),
    perMinute: config.publicRateLimit * 10,
  });
  await app.register(adminUiRoutes, {
    distDir: deps.adminDistDir ?? join(PACKAGE_ROOT, 'web', 'admin', 'dist'),
    sessions,
    secureCookies,
  });

  return app;
}

/** http://host:port of the listening server (PORT=0 picks the port at listen), or undefined before it listens. */
function listeningUrl(app: App): string | undefined {
  const address = app.server.address();
  if (typeof address !== 'object' || address === null) {
    return undefined;
  }
  const host = address.address === '0.0.0.0' || address.address === '::' ? '127.0.0.1' : address.address;
  return `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
}
