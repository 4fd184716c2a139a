import { z } from 'zod';

/** An organisation hosted by this install; every row that belongs to one carries its id. */
export interface Organisation {
  id: string;
  slug: string;
  name: string;
  createdAt: Date;
}

/** The URL-safe handle of an organisation: lowercase letters, digits and dashes. */
export const OrganisationSlug = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'lowercase letters, digits and dashes, starting with a letter or digit');

export const CreateOrganisationBody = z.object({
  slug: OrganisationSlug,
  name: z.string().trim().min(1).max(200),
});
export type CreateOrganisationBody = z.infer<typeof CreateOrganisationBody>;

/** Derives a slug from a name: "Vanden Broele NV" → "vanden-broele-nv". */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63)
    .replace(/-+$/, '');
  return slug || 'organisation';
}
