#!/usr/bin/env node
// Builds the cookie banner: web/banner/src/main.ts → web/banner/dist/banner.js, one minified IIFE with its CSS
// inlined as a string (minified here too). Called by scripts/build.mjs; the budget is 6 KB brotli (docs/banner.md).
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, transform } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));

/** `import css from './x.css'` gives the minified CSS as a string, for the one `<style>` element of the banner. */
const cssAsText = {
  name: 'css-as-text',
  setup(builder) {
    builder.onLoad({ filter: /\.css$/ }, async (args) => {
      const { code } = await transform(await readFile(args.path, 'utf8'), {
        loader: 'css',
        minify: true,
        target: ['chrome80', 'firefox78', 'safari13.1'],
      });
      return { contents: `export default ${JSON.stringify(code.trim())};`, loader: 'js' };
    });
  },
};

/** The built file. */
export const BANNER_FILE = join(here, 'dist', 'banner.js');

/**
 * Builds the banner. With `write: false` it returns the script without touching dist/ (the benchmark builds it
 * in memory); otherwise it writes dist/banner.js and returns the same bytes.
 */
export async function buildBanner({ write = true } = {}) {
  const result = await build({
    entryPoints: [join(here, 'src', 'main.ts')],
    outfile: BANNER_FILE,
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2019',
    legalComments: 'none',
    plugins: [cssAsText],
    logLevel: 'warning',
    write,
  });
  return write ? readFile(BANNER_FILE) : Buffer.from(result.outputFiles[0].contents);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildBanner();
}
