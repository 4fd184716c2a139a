import { writeFileSync } from 'node:fs';
import { type Command, Option } from 'commander';
import { formatFindings, type LintFinding, lintRegister as lintRegisterAt } from '../../domain/lint/index.js';
import {
  diffRegisters,
  EXPORT_FORMATS,
  type ExportFormat,
  exportRegister,
  locateRegisterPath,
  parseRegister,
  type Register,
  type RegisterChange,
  type RegisterProblem,
  registerJsonSchema,
} from '../../domain/register/index.js';
import { AppError } from '../../errors.js';
import { registerModule } from '../../modules/register.module.js';
import type { Store } from '../../store/db.js';
import { type CliContext, CliExit } from '../cli-context.js';
import { resolveOrganisation } from '../organisation-option.js';
import { readTextInput } from '../read-input.js';
import { withStore } from '../with-store.js';

type Lang = 'nl' | 'en' | 'fr';

/** `file:line:col: message (expected …; did you mean …?)`, one line per problem. */
export function formatProblems(problems: readonly RegisterProblem[]): string {
  return problems
    .map((p) => {
      const hints = [p.expected ? `expected ${p.expected}` : '', p.suggestion ? `did you mean "${p.suggestion}"?` : '']
        .filter(Boolean)
        .join('; ');
      return `${p.file}:${p.line}:${p.column}: ${p.path ? `${p.path}: ` : ''}${p.message}${hints ? ` (${hints})` : ''}`;
    })
    .join('\n');
}

/** Parses a register file; prints its problems and exits 2 when it cannot be read, parsed or matched. */
export function loadRegisterFile(file: string): { register: Register; text: string } {
  const text = readTextInput(file);
  const parsed = parseRegister(text, file);
  if (!parsed.ok) {
    process.stderr.write(`${formatProblems(parsed.problems)}\n`);
    process.stderr.write(`dijk: ${file} is not a valid register (${parsed.problems.length} problem(s)).\n`);
    throw new CliExit(2);
  }
  return { register: parsed.register, text };
}

/** A change per line: `+ material  Added purpose "newsletter"`. */
export function formatChanges(changes: readonly RegisterChange[], lang: Lang): string {
  if (changes.length === 0) {
    return lang === 'nl' ? 'Geen wijzigingen.' : lang === 'fr' ? 'Aucune modification.' : 'No changes.';
  }
  return changes.map((c) => `${c.material ? '! material' : '  minor   '}  ${c.summary[lang]}  [${c.path}]`).join('\n');
}

const langOption = () => new Option('--lang <lang>', 'language of messages').choices(['nl', 'fr', 'en']).default('en');
const orgOption = () => new Option('--org <slug>', 'the organisation (default: the only one)');

/** `dijk register …`: validate, lint, apply, diff, history, show, export, schema. */
export function registerRegisterCommand(program: Command, ctx: CliContext): void {
  const register = program.command('register').description('the register of processing (dijk.yaml)');

  register
    .command('validate <file>')
    .description('parse, check the schema and lint; exit 0 without lint errors, 1 with, 2 when unreadable')
    .addOption(langOption())
    .action((file: string, options: { lang: Lang }) => {
      const { register: reg, text } = loadRegisterFile(file);
      const findings = lintRegister(reg);
      const lintLang = options.lang === 'fr' ? 'en' : options.lang;
      ctx.out(formatFindings(findings, 'text', { file, locate: (p) => locateRegisterPath(text, p), lang: lintLang }));
      if (findings.some((f) => f.severity === 'error')) {
        throw new CliExit(1);
      }
    });

  register
    .command('lint <file>')
    .description('print every lint finding in a machine format (SARIF for code scanning)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'sarif']).default('text'))
    .addOption(langOption())
    .action((file: string, options: { format: 'text' | 'json' | 'sarif'; lang: Lang }) => {
      const { register: reg, text } = loadRegisterFile(file);
      const findings = lintRegister(reg);
      const lintLang = options.lang === 'fr' ? 'en' : options.lang;
      ctx.out(
        formatFindings(findings, options.format, { file, locate: (p) => locateRegisterPath(text, p), lang: lintLang }),
      );
      if (findings.some((f) => f.severity === 'error')) {
        throw new CliExit(1);
      }
    });

  register
    .command('schema')
    .description('print the JSON Schema of the register format (for editor autocompletion)')
    .option('--out <file>', 'write to a file instead of standard output')
    .action((options: { out?: string }) => {
      writeOrPrint(ctx, `${JSON.stringify(registerJsonSchema(), null, 2)}\n`, options.out);
    });

  register
    .command('apply <file>')
    .description('store the register as a new immutable version (refused when it has lint errors)')
    .addOption(orgOption())
    .option('--author <name>', 'who made this version', process.env.USER ?? 'cli')
    .option('-m, --message <text>', 'what this version changes', '')
    .addOption(langOption())
    .action(async (file: string, options: { org?: string; author: string; message: string; lang: Lang }) => {
      // An unreadable register is reported with its problems, before anything is opened or created.
      const { text } = loadRegisterFile(file);
      await withStore(ctx.config(), async (store) => {
        const { registers, organisations } = registerModule({ store, now: () => new Date() });
        const organisation = await resolveOrCreateOrganisation(store, options.org, text, file, organisations);
        const result = await registers.applyRegister(organisation.id, {
          text,
          file,
          author: options.author,
          message: options.message,
          // The CLI runs with the operator's access to the data folder or database: a system actor.
          audit: { actor: { type: 'system', id: `cli:${options.author}` } },
        });
        if (!result.stored) {
          ctx.out(`unchanged: ${organisation.slug} register is already version ${result.version.version}`);
          return;
        }
        ctx.out(
          `stored ${organisation.slug} register version ${result.version.version} (${result.version.hash.slice(0, 12)})`,
        );
        if (result.changes.length > 0) {
          ctx.out(formatChanges(result.changes, options.lang));
        }
        const warnings = result.findings.filter((f) => f.severity !== 'error').length;
        if (warnings > 0) {
          ctx.out(`${warnings} lint warning(s); run \`dijk register validate ${file}\` to see them`);
        }
      });
    });

  register
    .command('diff <from> <to>')
    .description('what changed between two registers: version numbers or files')
    .addOption(orgOption())
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addOption(langOption())
    .action(async (from: string, to: string, options: { org?: string; format: 'text' | 'json'; lang: Lang }) => {
      const load = async (ref: string, store?: Store): Promise<Register> => {
        if (/^\d+$/.test(ref) && store) {
          const { registers } = registerModule({ store, now: () => new Date() });
          const organisation = await resolveOrganisation(store, options.org);
          return (await registers.getRegisterVersion(organisation.id, Number(ref))).content as Register;
        }
        return loadRegisterFile(ref).register;
      };
      const needsStore = /^\d+$/.test(from) || /^\d+$/.test(to);
      const changes = needsStore
        ? await withStore(ctx.config(), async (store) => diffRegisters(await load(from, store), await load(to, store)))
        : diffRegisters(await load(from), await load(to));
      ctx.out(options.format === 'json' ? JSON.stringify(changes, null, 2) : formatChanges(changes, options.lang));
    });

  register
    .command('history')
    .description('every stored version, newest first')
    .addOption(orgOption())
    .action(async (options: { org?: string }) => {
      await withStore(ctx.config(), async (store) => {
        const { registers } = registerModule({ store, now: () => new Date() });
        const organisation = await resolveOrganisation(store, options.org);
        const versions = await registers.listRegisterVersions(organisation.id);
        if (versions.length === 0) {
          ctx.out(`${organisation.slug} has no register yet`);
          return;
        }
        for (const v of versions) {
          ctx.out(
            `${String(v.version).padStart(4)}  ${v.createdAt.toISOString()}  ${v.hash.slice(0, 12)}  ${v.author}  ${v.message}`,
          );
        }
      });
    });

  register
    .command('show [version]')
    .description('print the active register (or a given version) as its author wrote it')
    .addOption(orgOption())
    .action(async (version: string | undefined, options: { org?: string }) => {
      if (version !== undefined && !/^\d+$/.test(version)) {
        throw new AppError('validation_failed', { message: `VERSION must be a number, got "${version}".` });
      }
      await withStore(ctx.config(), async (store) => {
        const { registers } = registerModule({ store, now: () => new Date() });
        const organisation = await resolveOrganisation(store, options.org);
        const found = await registers.getRegisterVersion(
          organisation.id,
          version === undefined ? undefined : Number(version),
        );
        ctx.out(found.source.trimEnd());
      });
    });

  register
    .command('export [file]')
    .description('export a register file, or the active register, as an Art. 30 record, DPV JSON-LD, Fides YAML …')
    .addOption(
      new Option('--format <format>', 'export format').choices(Object.keys(EXPORT_FORMATS)).makeOptionMandatory(),
    )
    .addOption(langOption())
    .addOption(orgOption())
    .option('--out <file>', 'write to a file (required for art30-xlsx)')
    .action(
      async (file: string | undefined, options: { format: ExportFormat; lang: Lang; org?: string; out?: string }) => {
        if (options.format === 'art30-xlsx' && !options.out) {
          throw new AppError('validation_failed', { message: 'art30-xlsx is binary: name the file with --out.' });
        }
        const reg = file
          ? loadRegisterFile(file).register
          : await withStore(ctx.config(), async (store) => {
              const { registers } = registerModule({ store, now: () => new Date() });
              const organisation = await resolveOrganisation(store, options.org);
              return (await registers.getRegisterVersion(organisation.id)).content as Register;
            });
        const output = await exportRegister(reg, options.format, { lang: options.lang });
        writeOrPrint(ctx, output, options.out);
      },
    );
}

/** Lints with today's date (the legal facts are dated). */
function lintRegister(reg: Register): LintFinding[] {
  return lintRegisterAt(reg, { now: new Date() });
}

function writeOrPrint(ctx: CliContext, output: string | Uint8Array, out: string | undefined): void {
  if (out) {
    writeFileSync(out, output);
    ctx.out(`wrote ${out}`);
  } else if (typeof output === 'string') {
    process.stdout.write(output.endsWith('\n') ? output : `${output}\n`);
  } else {
    process.stdout.write(output);
  }
}

/** The organisation named by --org, the only one, or (first apply on a fresh install) one made from the register. */
async function resolveOrCreateOrganisation(
  store: Store,
  slug: string | undefined,
  text: string,
  file: string,
  organisations: ReturnType<typeof registerModule>['organisations'],
) {
  const all = await organisations.listOrganisations();
  if (!slug && all.length === 0) {
    const parsed = parseRegister(text, file);
    if (parsed.ok) {
      return organisations.createOrganisationFromName(parsed.register.organisation.legal_name);
    }
  }
  return resolveOrganisation(store, slug);
}
