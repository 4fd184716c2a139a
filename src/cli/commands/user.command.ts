import type { Command } from 'commander';
import { isRole, ROLES } from '../../domain/accounts/policy.js';
import { AppError } from '../../errors.js';
import { accountsModule } from '../../modules/accounts.module.js';
import { userStore } from '../../store/user.store.js';
import type { CliContext } from '../cli-context.js';
import { readTextInput } from '../read-input.js';
import { withStore } from '../with-store.js';

/**
 * `dijk user create`, `dijk user list` and `dijk user reset-totp`: accounts from the command line (the first owner of an install, or
 * scripted set-up by an agency). The password comes from standard input with --password-stdin; without it a
 * strong password is generated and printed once, to this terminal only (never to the log).
 */
export function registerUserCommand(program: Command, ctx: CliContext): void {
  const user = program.command('user').description('user accounts of this install');
  user
    .command('create')
    .description('create a user with a role in an organisation')
    .requiredOption('--email <email>', 'the e-mail address the user logs in with')
    .requiredOption('--role <role>', `the role in the organisation (${ROLES.join(', ')})`)
    .option('--org <slug>', 'the organisation (may be left out when the install has only one)')
    .option('--password-stdin', 'read the password from standard input instead of generating one')
    .action(async (options: { email: string; role: string; org?: string; passwordStdin?: boolean }) => {
      if (!isRole(options.role)) {
        throw new AppError('validation_failed', {
          message: `Unknown role "${options.role}"; use one of ${ROLES.join(', ')}.`,
        });
      }
      const role = options.role;
      const password = options.passwordStdin ? readTextInput('-', 4096).replace(/\r?\n$/, '') : undefined;
      await withStore(ctx.config(), async (store) => {
        const { userAdmin } = accountsModule({ store, now: () => new Date(), secretKey: ctx.config().secretKey });
        const created = await userAdmin.createUser(
          { owned: 'all', actor: { type: 'system' } },
          { email: options.email, role, organisation: options.org, password },
        );
        const m = created.user.memberships[0];
        ctx.out(`Created user ${created.user.id} (${role} of ${m?.organisationSlug ?? '?'}).`);
        if (created.generatedPassword) {
          ctx.out(`Password (shown once; change it after the first login): ${created.generatedPassword}`);
        }
        if (role === 'owner' || role === 'privacy_officer') {
          ctx.out('This role must set up two-factor authentication (TOTP) at the first login.');
        }
      });
    });
  user
    .command('reset-totp')
    .description(
      "reset a user's two-factor login (a lost phone and lost recovery codes): the next login sets it up again",
    )
    .requiredOption('--email <email>', 'the e-mail address the user logs in with')
    .action(async (options: { email: string }) => {
      await withStore(ctx.config(), async (store) => {
        const { userAdmin } = accountsModule({ store, now: () => new Date(), secretKey: ctx.config().secretKey });
        const scope = { owned: 'all', actor: { type: 'system' } } as const;
        const wanted = options.email.trim().toLowerCase();
        const found = (await userAdmin.listUsers(scope)).find((u) => u.email.toLowerCase() === wanted);
        if (!found) {
          throw new AppError('not_found', { message: 'No user with this e-mail address (see `dijk user list`).' });
        }
        await userAdmin.updateUser(scope, found.id, { resetTotp: true }, null);
        ctx.out(
          found.totpEnabled
            ? `Two-factor login of user ${found.id} reset: its sessions ended; it sets up TOTP again at the next login.`
            : `User ${found.id} had no two-factor login set up; any unfinished set-up and its sessions were removed.`,
        );
      });
    });
  user
    .command('list')
    .description('list the users with their roles')
    .action(async () => {
      await withStore(ctx.config(), async (store) => {
        const users = await userStore(store.db).listUsers('all');
        if (users.length === 0) {
          ctx.out('No users yet: `dijk user create --email E --role owner`.');
        }
        for (const u of users) {
          const roles = u.memberships.map((m) => `${m.role}@${m.organisationSlug}`).join(', ') || '(no role)';
          const flags = [u.totpEnabled ? 'totp' : 'no-totp', ...(u.disabled ? ['disabled'] : [])].join(' ');
          ctx.out(`${u.id}  ${u.email}  ${roles}  ${flags}`);
        }
      });
    });
}
