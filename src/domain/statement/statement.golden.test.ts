// biome-ignore lint/style/noRestrictedImports: tests may do I/O; the golden files are read and (re)written here only.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { toMarkdown } from './statement.markdown.js';
import { renderStatement, STATEMENT_LANGUAGES } from './statement.render.js';
import { EXAMPLE_TEXTS, exampleRegister, GOLDEN_LINKS } from './statement.test-fixtures.js';
import type { StatementKind } from './statement.types.js';

/*
 * Golden files: every example register × language × kind, as Markdown, pinned in __golden__/. Any change in the
 * output fails the test; review the diff and run `UPDATE_GOLDEN=1 npx vitest run --project unit
 * src/domain/statement` to accept it.
 */
const GOLDEN_DIR = join(dirname(fileURLToPath(import.meta.url)), '__golden__');
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const KINDS: readonly StatementKind[] = ['privacy', 'cookies'];

describe('statement golden files', () => {
  for (const name of Object.keys(EXAMPLE_TEXTS)) {
    for (const lang of STATEMENT_LANGUAGES) {
      for (const kind of KINDS) {
        const file = join(GOLDEN_DIR, `${name}.${kind}.${lang}.md`);
        it(`${name} ${kind} ${lang}`, () => {
          const register = exampleRegister(name);
          const version = { number: 3, effectiveFrom: '2026-03-01' };
          const markdown = toMarkdown(renderStatement(register, { lang, kind, version, links: GOLDEN_LINKS }));
          if (UPDATE) {
            mkdirSync(GOLDEN_DIR, { recursive: true });
            writeFileSync(file, markdown);
            return;
          }
          expect(existsSync(file), `${file} is missing: run with UPDATE_GOLDEN=1`).toBe(true);
          expect(markdown).toBe(readFileSync(file, 'utf8'));
        });
      }
    }
  }
});
