import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../errors.js';

/** The built banner in the three encodings it is served in, compressed once at start. */
export interface BannerAsset {
  etag: string;
  bodies: { br: Buffer; gzip: Buffer; identity: Buffer };
}

/** Reads `banner.js` from the build folder and compresses it at the highest levels; undefined when not built. */
export function loadBannerAsset(distDir: string): BannerAsset | undefined {
  const file = join(distDir, 'banner.js');
  if (!existsSync(file)) {
    return undefined;
  }
  const identity = readFileSync(file);
  return {
    // Weak: the three encodings are the same script (RFC 9110 §8.8.1), so one validator serves them all.
    etag: `W/"${createHash('sha256').update(identity).digest('base64url').slice(0, 22)}"`,
    bodies: {
      br: brotliCompressSync(identity, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_SIZE_HINT]: identity.length,
        },
      }),
      gzip: gzipSync(identity, { level: 9 }),
      identity,
    },
  };
}

/**
 * The encoding to send: brotli, else gzip, when the client accepts it with a q-value above 0 (RFC 9110 §12.5.3);
 * the server's preference decides between encodings the client accepts equally.
 */
export function chooseEncoding(acceptEncoding: string | undefined): keyof BannerAsset['bodies'] {
  const weights = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').toLowerCase().split(',')) {
    const [name = '', ...params] = part.split(';').map((p) => p.trim());
    const q = params.find((p) => p.startsWith('q='));
    weights.set(name, q ? Number(q.slice(2)) : 1);
  }
  const isAccepted = (encoding: string) => (weights.get(encoding) ?? weights.get('*') ?? 0) > 0;
  return isAccepted('br') ? 'br' : isAccepted('gzip') ? 'gzip' : 'identity';
}

/**
 * `GET /banner.js`: the cookie banner that websites embed from another origin (docs/banner.md). Public, cached for
 * five minutes (a new build reaches every site within that), revalidated by ETag, brotli or gzip when the client
 * accepts it, and loadable cross-origin (`Cross-Origin-Resource-Policy: cross-origin`). Its rate limit is generous:
 * every page view of every site loads it, often many visitors behind one address.
 */
export const bannerRoutes: FastifyPluginAsyncZod<{ distDir: string; perMinute: number }> = async (
  app,
  { distDir, perMinute },
) => {
  const asset = loadBannerAsset(distDir);

  app.get(
    '/banner.js',
    {
      config: { public: true, rateLimit: { max: perMinute, timeWindow: '1 minute' } },
      schema: {
        tags: ['consent'],
        summary: 'The cookie banner script, embedded by websites with data-site="SITE_KEY"',
        produces: ['text/javascript'],
      },
    },
    async (request, reply) => {
      if (!asset) {
        throw new AppError('unavailable', {
          message: 'The cookie banner is not built. Run `npm run build` (or `node scripts/build.mjs`) first.',
        });
      }
      reply
        .header('content-type', 'text/javascript; charset=utf-8')
        .header('cache-control', 'public, max-age=300')
        .header('etag', asset.etag)
        .header('vary', 'accept-encoding')
        .header('cross-origin-resource-policy', 'cross-origin');
      const validators = (request.headers['if-none-match'] ?? '').split(',').map((v) => v.trim());
      if (validators.includes(asset.etag) || validators.includes('*')) {
        return reply.status(304).send();
      }
      const encoding = chooseEncoding(request.headers['accept-encoding']);
      if (encoding !== 'identity') {
        reply.header('content-encoding', encoding);
      }
      return reply.send(asset.bodies[encoding]);
    },
  );
};
