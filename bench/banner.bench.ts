import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { buildBannerConfig } from '../src/domain/consent/banner-config.js';
import { parseRegister } from '../src/domain/register/index.js';
import { loadBannerAsset } from '../src/http/routes/banner.routes.js';
import { buildBanner } from '../web/banner/build.mjs';
import { type BenchResult, type Figure, machineInfo, measure, summarise, timeMs } from './harness.js';
import { ROOT } from './processes.js';

/** The weight budget of the served banner, CSS included (docs/banner.md). */
const BUDGET_BROTLI_BYTES = 6144;

const bytes = (name: string, value: number, goal?: { max: number }): Figure => ({
  name,
  unit: 'bytes',
  stats: summarise([value]),
  ...(goal ? { goal: `<= ${goal.max} bytes`, meetsGoal: value <= goal.max } : {}),
});

const brotli = (data: Buffer) =>
  brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY } }).length;

/** The configuration `GET /api/consent/config` answers for a site of an example organisation, as JSON. */
function configJson(example: string): Buffer {
  const parsed = parseRegister(readFileSync(resolve(ROOT, 'examples', `${example}.yaml`), 'utf8'), `${example}.yaml`);
  if (!parsed.ok) {
    throw new Error(`examples/${example}.yaml does not parse`);
  }
  const { config } = buildBannerConfig({
    register: parsed.register,
    registerVersion: 4,
    siteKey: 'site_AAAAAAAAAAAAAAAAAAAAAA',
    links: {
      privacy: `https://dijk.example/privacy?organisation=${example}`,
      cookies: `https://dijk.example/cookies?organisation=${example}`,
    },
  });
  return Buffer.from(JSON.stringify(config));
}

/**
 * The weight of the cookie banner as `GET /banner.js` serves it (raw, gzip and brotli, compressed exactly as the
 * route does at start), against its budget of 6 KB brotli; the time to build it and to precompress it; and, apart,
 * the weight of a typical configuration answer, which the banner fetches on every page view.
 */
export async function runBanner(): Promise<BenchResult> {
  const distDir = resolve(ROOT, 'web', 'banner', 'dist');
  const served = loadBannerAsset(distDir);
  if (!served) {
    throw new Error('web/banner/dist/banner.js is missing: run `npm run build` first');
  }
  const built = await buildBanner({ write: false });
  const notes = [
    'bytes are exact (one build); times are 10 runs after 3 warm-up runs',
    'config JSON: Dijk sends it uncompressed; gzip or brotli come from a reverse proxy in front of it, if any',
  ];
  if (!built.equals(served.bodies.identity)) {
    notes.push('web/banner/dist/banner.js differs from a build of the current source: run `npm run build`');
  }
  const figures: Figure[] = [
    bytes('banner.js raw', served.bodies.identity.length),
    bytes('banner.js gzip (level 9, as served)', served.bodies.gzip.length),
    bytes('banner.js brotli (quality 11, as served)', served.bodies.br.length, { max: BUDGET_BROTLI_BYTES }),
    {
      name: 'build banner.js (esbuild, in memory)',
      unit: 'ms',
      stats: await measure({ warmup: 3, runs: 10, fn: () => timeMs(() => buildBanner({ write: false })) }),
    },
    {
      name: 'precompress banner.js at start (brotli + gzip)',
      unit: 'ms',
      stats: await measure({ warmup: 3, runs: 10, fn: () => timeMs(() => loadBannerAsset(distDir)) }),
    },
  ];
  for (const example of ['demo', 'bsmart']) {
    const json = configJson(example);
    figures.push(bytes(`config JSON brotli, examples/${example}.yaml`, brotli(json)));
    notes.push(
      `config JSON of examples/${example}.yaml: ${json.length} bytes raw, ${gzipSync(json, { level: 9 }).length} gzip`,
    );
  }
  return { benchmark: 'banner', date: new Date().toISOString(), machine: machineInfo(), figures, notes };
}
