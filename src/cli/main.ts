import { Command, CommanderError } from 'commander';
import { describeConfig } from '../config.js';
import { isAppError } from '../errors.js';
import { VERSION } from '../package-info.js';
import { CliExit, createCliContext } from './cli-context.js';
import { registerAdminCommand } from './commands/admin.command.js';
import { registerAuditCommand } from './commands/audit.command.js';
import { registerDemoCommand } from './commands/demo.command.js';
import { registerImportCommand } from './commands/import.command.js';
import { registerMigrateCommand } from './commands/migrate.command.js';
import { registerRegisterCommand } from './commands/register.command.js';
import { registerServeCommand } from './commands/serve.command.js';
import { registerStatementCommand } from './commands/statement.command.js';
import { registerUserCommand } from './commands/user.command.js';

/** Exit codes: 0 success, 1 a check failed (e.g. lint errors) or an unexpected fault, 2 bad input or setup. */
export const EXIT_USAGE = 2;

/** Builds the `dijk` program. Each area registers its commands from its own file. */
export function buildProgram(
  ctx = createCliContext(process.env, (line) => process.stdout.write(`${line}\n`)),
): Command {
  const program = new Command('dijk')
    .description('Dijk: a privacy statement that is true by construction')
    .version(VERSION, '-v, --version', 'print the version')
    .option('--debug', 'print stack traces of errors')
    .showHelpAfterError('(run `dijk help` for the list of commands)')
    .exitOverride()
    .addHelpText(
      'after',
      `\nConfiguration (environment variables):\n${describeConfig()
        .map(
          (v) => `  ${v.name.padEnd(24)} ${v.description}${v.default === undefined ? '' : ` [default: ${v.default}]`}`,
        )
        .join('\n')}\n`,
    );
  registerServeCommand(program, ctx);
  registerMigrateCommand(program, ctx);
  registerDemoCommand(program, ctx);
  registerAdminCommand(program, ctx);
  registerRegisterCommand(program, ctx);
  registerImportCommand(program, ctx);
  registerAuditCommand(program, ctx);
  registerUserCommand(program, ctx);
  registerStatementCommand(program, ctx);
  return program;
}

/**
 * Runs the CLI and returns the exit code. Errors print one clear line (and the stack only with --debug); a
 * user's mistake (bad config, bad input, unreachable database, taken port) exits 2.
 */
export async function runCli(argv: string[]): Promise<number> {
  const program = buildProgram();
  for (const command of program.commands) {
    command.exitOverride();
  }
  const debug = argv.includes('--debug');
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (error) {
    if (error instanceof CliExit) {
      return error.exitCode;
    }
    if (error instanceof CommanderError) {
      // Help and version "errors" are successes; usage mistakes are bad input.
      return error.exitCode === 0 ? 0 : EXIT_USAGE;
    }
    if (isAppError(error)) {
      process.stderr.write(`dijk: ${error.message}\n`);
      if (debug && error.stack) {
        process.stderr.write(`${error.stack}\n`);
      }
      return error.code === 'internal' ? 1 : EXIT_USAGE;
    }
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    process.stderr.write(`dijk: unexpected error: ${message}${debug ? '' : ' (run with --debug for details)'}\n`);
    if (debug && error instanceof Error && error.stack) {
      process.stderr.write(`${error.stack}\n`);
    }
    return 1;
  }
}
