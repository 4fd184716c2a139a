import type { Command } from 'commander';
import { adminSessionServiceFactory } from '../../domain/accounts/admin-session.service.js';
import { startServer } from '../../http/server.js';
import { startDevSmtpServer } from '../../modules/dev-smtp-server.js';
import { adminSessionStore } from '../../store/admin-session.store.js';
import type { Store } from '../../store/db.js';
import type { CliContext } from '../cli-context.js';
import { DEMO_ORGANISATION, seedDemo } from '../demo-data.js';
import { demoWebsitePlugin } from '../demo-website.js';
import { untilSignal } from '../signals.js';

/**
 * `dijk demo`: the server with an invented organisation and a few synthetic people, on its own data folder
 * (./.dijk-demo unless DIJK_DATA_DIR is set), printing the URL and a one-time admin login link. Unless SMTP_URL is
 * set, its mail goes to an in-process SMTP server that keeps it in memory (docs/mail.md): mails are "sent" and show
 * as such in the mail log, and nothing leaves the machine.
 */
export function registerDemoCommand(program: Command, ctx: CliContext): void {
  program
    .command('demo')
    .description('start a demo server with an example organisation and synthetic people')
    .action(async () => {
      const devSmtp = ctx.env.SMTP_URL ? undefined : await startDevSmtpServer();
      const config = ctx.config({
        DIJK_DATA_DIR: ctx.env.DIJK_DATA_DIR ?? './.dijk-demo',
        LOG_LEVEL: ctx.env.LOG_LEVEL ?? 'warn',
        ...(devSmtp ? { SMTP_URL: devSmtp.url } : {}),
      });
      const logger = ctx.logger(config);
      let demoStore: Store | undefined;
      const server = await startServer(config, logger, {
        onStoreOpen: async (store) => {
          await seedDemo(store);
          demoStore = store;
        },
        plugins: [async (app) => demoWebsitePlugin(demoStore as Store)(app)],
      }).catch(async (error: unknown) => {
        await devSmtp?.close();
        throw error;
      });
      const sessions = adminSessionServiceFactory({ store: adminSessionStore(server.store.db), now: () => new Date() });
      const { token, expiresAt } = await sessions.createLoginLink();
      const base = config.baseUrl ?? server.url;
      ctx.out('');
      ctx.out(`  Dijk demo is running at ${base}`);
      ctx.out(`  Organisation: ${DEMO_ORGANISATION.name} (invented; its register and a few synthetic people)`);
      ctx.out(`  Store: ${server.store.dialect === 'pglite' ? `embedded, in ${config.dataDir}` : 'PostgreSQL'}`);
      ctx.out('');
      ctx.out(`  Admin login (one-time link, valid until ${expiresAt.toISOString().slice(11, 16)} UTC):`);
      ctx.out(`  ${base}/admin/login?token=${token}`);
      ctx.out('');
      ctx.out(
        devSmtp
          ? `  Mail: kept in memory by a local SMTP server (${devSmtp.url}); see Mail log at ${base}/admin/mail`
          : '  Mail: sent through SMTP_URL',
      );
      ctx.out(`  Cookie banner on an invented website: ${base}/demo/website`);
      ctx.out(`  Privacy statement: ${base}/privacy    Cookie statement: ${base}/cookies`);
      ctx.out(`  API reference: ${base}/api/docs    Stop: Ctrl+C`);
      ctx.out('');
      await untilSignal();
      await server.close();
      await devSmtp?.close();
    });
}
