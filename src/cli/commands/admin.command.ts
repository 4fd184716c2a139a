import type { Command } from 'commander';
import { adminSessionServiceFactory } from '../../domain/accounts/admin-session.service.js';
import { adminSessionStore } from '../../store/admin-session.store.js';
import { openDatabase } from '../../store/db.js';
import { migrateToLatest } from '../../store/migrator.js';
import type { CliContext } from '../cli-context.js';

/** `dijk admin login-link`: a one-time admin login link, for the first visit or a lost session. */
export function registerAdminCommand(program: Command, ctx: CliContext): void {
  const admin = program.command('admin').description('administration of this install');
  admin
    .command('login-link')
    .description('print a one-time admin login link (valid 15 minutes)')
    .action(async () => {
      const config = ctx.config();
      const store = await openDatabase(config);
      try {
        await migrateToLatest(store.db);
        const sessions = adminSessionServiceFactory({ store: adminSessionStore(store.db), now: () => new Date() });
        const { token } = await sessions.createLoginLink();
        const base = config.baseUrl ?? `http://${config.host}:${config.port}`;
        ctx.out(`${base}/admin/login?token=${token}`);
      } finally {
        await store.close();
      }
    });
}
