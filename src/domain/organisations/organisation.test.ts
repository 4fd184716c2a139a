import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OrganisationSlug, slugify } from './organisation.js';

describe('slugify', () => {
  it('makes a readable slug', () => {
    expect(slugify('Vanden Broele NV')).toBe('vanden-broele-nv');
    expect(slugify('  Café Élégance & Co. ')).toBe('cafe-elegance-co');
  });

  it('always yields a valid slug, whatever the name', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (name) => {
        expect(OrganisationSlug.safeParse(slugify(name)).success).toBe(true);
      }),
    );
  });
});
