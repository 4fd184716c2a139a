import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { type Command, Option } from 'commander';
import {
  draftRegister,
  type ImportResult,
  importStatement,
  MAX_IMPORT_BYTES,
  toEvalJson,
} from '../../domain/importer/index.js';
import type { CliContext } from '../cli-context.js';
import { readBytesInput } from '../read-input.js';

type ImportFormat = 'yaml' | 'json' | 'eval';

/**
 * `dijk import FILE`: read an existing privacy statement (text, HTML or PDF; Dutch, French or English), extract
 * what it commits to, each element traced to its sentence, and list its defects under the law.
 */
export function registerImportCommand(program: Command, ctx: CliContext): void {
  program
    .command('import <file>')
    .description('read an existing privacy statement and extract what it commits to, with its legal defects')
    .addOption(
      new Option('--lang <lang>', 'language of the statement').choices(['auto', 'nl', 'fr', 'en']).default('auto'),
    )
    .addOption(
      new Option(
        '--format <format>',
        'yaml: a draft register, each element with the sentence it came from; json: the extraction with sources; eval: the normalised evaluation format',
      )
        .choices(['yaml', 'json', 'eval'])
        .default('yaml'),
    )
    .option('--out <file>', 'write to a file instead of standard output')
    .action(
      async (file: string, options: { lang: 'auto' | 'nl' | 'fr' | 'en'; format: ImportFormat; out?: string }) => {
        const bytes = readBytesInput(file, MAX_IMPORT_BYTES);
        const result = await importStatement({ bytes, fileName: basename(file), lang: options.lang });
        const text =
          options.format === 'yaml'
            ? draftText(result)
            : `${JSON.stringify(jsonOutput(result, options.format, file), null, 2)}\n`;
        if (options.out) {
          writeFileSync(options.out, text);
          ctx.out(`wrote ${options.out} (${result.findings.length} finding(s), language ${result.language})`);
        } else {
          process.stdout.write(text);
        }
      },
    );
}

/** The draft register, followed by the statement's defects as comments. */
function draftText(result: ImportResult): string {
  const draft = draftRegister(result, { now: new Date() });
  const findings = result.findings.map((f) => `#   ${f.id}: ${f.message}`).join('\n');
  return `${draft.yaml}${findings ? `\n# Defects of the statement under the law:\n${findings}\n` : ''}`;
}

function jsonOutput(result: ImportResult, format: 'json' | 'eval', file: string): unknown {
  return format === 'eval'
    ? toEvalJson(result, basename(file))
    : { language: result.language, country: result.country, extraction: result.extraction, findings: result.findings };
}
