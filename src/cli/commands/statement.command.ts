import { writeFileSync } from 'node:fs';
import { type Command, Option } from 'commander';
import type { Register } from '../../domain/register/index.js';
import { renderStatement, toHtml, toMarkdown, toPlainText } from '../../domain/statement/index.js';
import { AppError } from '../../errors.js';
import { registerModule } from '../../modules/register.module.js';
import { statementModule } from '../../modules/statement.module.js';
import type { CliContext } from '../cli-context.js';
import { resolveOrganisation } from '../organisation-option.js';
import { withStore } from '../with-store.js';
import { loadRegisterFile } from './register.command.js';

type Format = 'html' | 'md' | 'txt';

/** `dijk statement render`: the privacy or cookie statement a register makes, in NL, FR or EN. */
export function registerStatementCommand(program: Command, ctx: CliContext): void {
  const statement = program
    .command('statement')
    .description('privacy and cookie statements generated from the register');

  statement
    .command('render [file]')
    .description('render the statement of a register file, or of the active register with --active')
    .option('--active', 'use the active (latest) register version of the organisation')
    .option('--org <slug>', 'the organisation (default: the only one)')
    .addOption(new Option('--lang <lang>', 'language').choices(['nl', 'fr', 'en']).default('nl'))
    .addOption(new Option('--kind <kind>', 'which statement').choices(['privacy', 'cookies']).default('privacy'))
    .addOption(new Option('--format <format>', 'output format').choices(['html', 'md', 'txt']).default('md'))
    .option('--out <file>', 'write to a file instead of standard output')
    .action(
      async (
        file: string | undefined,
        options: {
          active?: boolean;
          org?: string;
          lang: 'nl' | 'fr' | 'en';
          kind: 'privacy' | 'cookies';
          format: Format;
          out?: string;
        },
      ) => {
        if (Boolean(file) === Boolean(options.active)) {
          throw new AppError('validation_failed', {
            message: 'Name a register FILE or pass --active (one of the two).',
          });
        }
        const { register, version } = file
          ? { register: loadRegisterFile(file).register, version: undefined }
          : await withStore(ctx.config(), async (store) => {
              const organisation = await resolveOrganisation(store, options.org);
              const active = await registerModule({ store, now: () => new Date() }).registers.getRegisterVersion(
                organisation.id,
              );
              return { register: active.content as Register, version: active.version };
            });
        const doc = renderStatement(register, {
          lang: options.lang,
          kind: options.kind,
          ...(version === undefined
            ? {}
            : { version: { number: version, effectiveFrom: new Date().toISOString().slice(0, 10) } }),
        });
        const output =
          options.format === 'html' ? toHtml(doc) : options.format === 'md' ? toMarkdown(doc) : toPlainText(doc);
        if (options.out) {
          writeFileSync(options.out, output);
          ctx.out(`wrote ${options.out}`);
        } else {
          process.stdout.write(output.endsWith('\n') ? output : `${output}\n`);
        }
      },
    );

  statement
    .command('publish')
    .description('publish the active register version (or --register-version N) as the public statement')
    .option('--org <slug>', 'the organisation (default: the only one)')
    .option('--register-version <n>', 'the register version to publish (default: the active one)')
    .option('--effective-from <date>', 'YYYY-MM-DD from which it is in force (default: today)')
    .option('--by <name>', 'who publishes', process.env.USER ?? 'cli')
    .action(async (options: { org?: string; registerVersion?: string; effectiveFrom?: string; by: string }) => {
      if (options.registerVersion !== undefined && !/^\d+$/.test(options.registerVersion)) {
        throw new AppError('validation_failed', { message: '--register-version must be a number.' });
      }
      await withStore(ctx.config(), async (store) => {
        const organisation = await resolveOrganisation(store, options.org);
        const { statements } = statementModule({ store, now: () => new Date() });
        const publication = await statements.publishStatement(organisation.id, {
          ...(options.registerVersion === undefined ? {} : { registerVersion: Number(options.registerVersion) }),
          ...(options.effectiveFrom === undefined ? {} : { effectiveFrom: options.effectiveFrom }),
          publishedBy: `cli:${options.by}`,
          audit: { actor: { type: 'system', id: `cli:${options.by}` } },
        });
        ctx.out(
          `published statement version ${publication.number} (register version ${publication.registerVersion}), in force from ${publication.effectiveFrom}`,
        );
        if (publication.material) {
          ctx.out('material changes since the previous version (people must be told):');
          for (const change of publication.changes.filter((c) => c.material)) {
            ctx.out(`  ! ${change.summary.en}`);
          }
        }
      });
    });
}
