import type { Command } from 'commander';
import { auditModule } from '../../modules/audit.module.js';
import { type CliContext, CliExit } from '../cli-context.js';
import { resolveOrganisation } from '../organisation-option.js';
import { withStore } from '../with-store.js';

/** `dijk audit verify|anchor`: check the tamper-evident audit log, and publish its head. */
export function registerAuditCommand(program: Command, ctx: CliContext): void {
  const audit = program.command('audit').description('the tamper-evident audit log');

  audit
    .command('verify')
    .description('recompute the hash chain; exit 0 when intact, 1 with the first broken link')
    .option('--org <slug>', 'the organisation (default: the only one)')
    .option('--install', 'the install-level chain (logins of unknown accounts and the like)')
    .action(async (options: { org?: string; install?: boolean }) => {
      await withStore(ctx.config(), async (store) => {
        const organisationId = options.install ? null : (await resolveOrganisation(store, options.org)).id;
        const result = await auditModule({ store, now: () => new Date() }).audit.verify(organisationId);
        if (result.ok) {
          ctx.out(
            result.head
              ? `intact: ${result.count} entries, head ${result.head.seq} ${result.head.hash}`
              : 'intact: no entries yet',
          );
          return;
        }
        ctx.out(`BROKEN at entry ${result.seq}: ${result.reason.replaceAll('_', ' ')}`);
        throw new CliExit(1);
      });
    });

  audit
    .command('anchor')
    .description('record the chain head as an anchor and print it (keep it elsewhere: it proves later truncation)')
    .option('--org <slug>', 'the organisation (default: the only one)')
    .option('--install', 'the install-level chain')
    .action(async (options: { org?: string; install?: boolean }) => {
      await withStore(ctx.config(), async (store) => {
        const organisationId = options.install ? null : (await resolveOrganisation(store, options.org)).id;
        const anchor = await auditModule({ store, now: () => new Date() }).audit.anchor(organisationId);
        ctx.out(anchor ? JSON.stringify(anchor) : 'no entries yet: nothing to anchor');
      });
    });
}
