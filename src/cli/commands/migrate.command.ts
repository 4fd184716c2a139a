import type { Command } from 'commander';
import { openDatabase } from '../../store/db.js';
import { getMigrationStatus, migrateToLatest } from '../../store/migrator.js';
import type { CliContext } from '../cli-context.js';

/** `dijk migrate`: apply pending migrations (the server also does this at start). */
export function registerMigrateCommand(program: Command, ctx: CliContext): void {
  program
    .command('migrate')
    .description('apply pending database migrations')
    .option('--status', 'only show which migrations are applied and pending')
    .action(async (options: { status?: boolean }) => {
      const config = ctx.config();
      const store = await openDatabase(config);
      try {
        if (options.status) {
          const { applied, pending } = await getMigrationStatus(store.db);
          ctx.out(`applied: ${applied.length}${applied.length ? ` (latest ${applied.at(-1)})` : ''}`);
          ctx.out(`pending: ${pending.length ? pending.join(', ') : 'none'}`);
          return;
        }
        const applied = await migrateToLatest(store.db, undefined, (name) => ctx.out(`applied ${name}`));
        ctx.out(applied.length ? `${applied.length} migration(s) applied` : 'the database is up to date');
      } finally {
        await store.close();
      }
    });
}
