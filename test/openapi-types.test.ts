import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateApiTypes } from '../scripts/gen-api-types.js';

describe('the admin UI API types', () => {
  it('match the server OpenAPI document (run `npm run gen:api` after changing a route)', async () => {
    const committed = readFileSync(
      resolve(import.meta.dirname, '..', 'web', 'admin', 'src', 'api', 'schema.d.ts'),
      'utf8',
    );
    expect(committed).toBe(await generateApiTypes());
  });
});
