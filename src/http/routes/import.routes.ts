import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { MAX_IMPORT_BYTES } from '../../domain/importer/index.js';
import { AppError } from '../../errors.js';
import type { ImportRunner } from '../../modules/import-runner.js';
import { Problem } from '../plugins/problem.js';

const UPLOAD_TYPES = [
  'text/plain',
  'text/html',
  'application/xhtml+xml',
  'application/pdf',
  'application/octet-stream',
  'text/markdown',
];

const Located = z.object({
  span: z.object({ start: z.number().int(), end: z.number().int() }),
  sentence: z.string(),
  confidence: z.number(),
});

export const ImportResultView = z
  .object({
    language: z.enum(['nl', 'fr', 'en']),
    country: z.string().nullable(),
    text: z.string().describe('The normalised text; every span points into it'),
    extraction: z.record(z.string(), z.unknown()).describe('Each element: { value, span, sentence, confidence }'),
    findings: z.array(Located.partial({ span: true, sentence: true }).extend({ id: z.string(), message: z.string() })),
    eval: z.record(z.string(), z.unknown()).describe('The normalised evaluation format'),
    draft: z.object({
      yaml: z.string().describe('A draft register, each element commented with the sentence it came from'),
      sources: z
        .array(Located.extend({ path: z.string() }))
        .describe('Register path → the source span it was drafted from'),
      problems: z.array(z.unknown()).describe('What the draft lacks to be a valid register'),
      findings: z.array(z.unknown()).describe('Lint findings on the draft'),
    }),
  })
  .meta({ id: 'ImportResult' });

/** Upload an existing privacy statement and get what it commits to, traced to its sentences, with its defects. */
export const importRoutes: FastifyPluginAsyncZod<{ importer: ImportRunner }> = async (app, { importer }) => {
  for (const type of UPLOAD_TYPES) {
    app.addContentTypeParser(type, { parseAs: 'buffer', bodyLimit: MAX_IMPORT_BYTES }, (_req, body, done) =>
      done(null, body),
    );
  }

  app.post(
    '/api/import',
    {
      config: { action: 'import:run' },
      bodyLimit: MAX_IMPORT_BYTES,
      schema: {
        tags: ['import'],
        summary: 'Import a privacy statement (the file as the body: text, HTML or PDF; Dutch, French or English)',
        querystring: z.object({
          lang: z.enum(['auto', 'nl', 'fr', 'en']).default('auto'),
          name: z.string().max(200).default('statement').describe('The file name, used in the evaluation output'),
        }),
        response: {
          200: ImportResultView,
          400: Problem,
          401: Problem,
          413: Problem,
          415: Problem,
          422: Problem,
          503: Problem,
        },
      },
    },
    async (request) => {
      const body = request.body;
      if (!Buffer.isBuffer(body)) {
        throw new AppError('unsupported_media_type', {
          message: `Send the file as the request body with one of: ${UPLOAD_TYPES.join(', ')}.`,
        });
      }
      const mediaType = request.headers['content-type']?.split(';')[0]?.trim();
      return importer.run({
        bytes: new Uint8Array(body),
        fileName: request.query.name,
        lang: request.query.lang,
        ...(mediaType && mediaType !== 'application/octet-stream' ? { mediaType } : {}),
      });
    },
  );
};
