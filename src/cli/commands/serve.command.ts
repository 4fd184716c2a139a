import type { Command } from 'commander';
import { startServer } from '../../http/server.js';
import type { CliContext } from '../cli-context.js';
import { untilSignal } from '../signals.js';

/** `dijk serve`: the server, until SIGTERM or SIGINT. */
export function registerServeCommand(program: Command, ctx: CliContext): void {
  program
    .command('serve')
    .description('start the Dijk server (PGlite in DIJK_DATA_DIR, or PostgreSQL when DATABASE_URL is set)')
    .action(async () => {
      const config = ctx.config();
      const logger = ctx.logger(config);
      const server = await startServer(config, logger);
      logger.info({ url: server.url, store: server.store.dialect }, 'Dijk is listening');
      const signal = await untilSignal();
      logger.info({ signal }, 'shutting down');
      await server.close();
    });
}
