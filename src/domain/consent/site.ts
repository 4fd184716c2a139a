import { randomBytes } from 'node:crypto';
import { AppError } from '../../errors.js';
import type { AuditContext } from '../audit/audit-chain.js';

/** A website that runs the cookie banner. Its site key is public (it sits in the page); it only names the site. */
export interface Site {
  id: string;
  organisationId: string;
  organisationSlug: string;
  name: string;
  siteKey: string;
  /** Origins (`https://www.example.org`) allowed to call the consent API with this key; empty: any origin. */
  origins: string[];
  createdBy: string;
  createdAt: Date;
  revokedAt: Date | null;
}

/** What the site service needs from the store. */
export interface SitePorts {
  /** Stores the site and its `site.create` audit entry in one transaction. */
  insertSite(
    row: Pick<Site, 'organisationId' | 'name' | 'siteKey' | 'origins' | 'createdBy'>,
    audit: AuditContext & { at: string },
  ): Promise<Site>;
  listSites(organisationId: string): Promise<Site[]>;
  findSiteByKey(siteKey: string): Promise<Site | undefined>;
  /** Revokes the site and audits it (`site.revoke`); false when the organisation has no such site. */
  revokeSite(organisationId: string, id: string, now: Date, audit: AuditContext & { at: string }): Promise<boolean>;
}

/** The shape of a site key: `site_` and 22 base64url characters (128 random bits). */
export const SITE_KEY_SHAPE = /^site_[A-Za-z0-9_-]{22}$/;

/** Normalises an allowed origin: scheme, host and port only; throws a clear error for anything else. */
export function normaliseOrigin(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new AppError('validation_failed', {
      message: `"${value.slice(0, 100)}" is not an origin like https://www.example.org.`,
    });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new AppError('validation_failed', { message: 'An origin starts with https:// (or http:// for testing).' });
  }
  if (url.pathname !== '/' || url.search !== '' || url.hash !== '' || url.username !== '') {
    throw new AppError('validation_failed', {
      message: `"${value.slice(0, 100)}" has a path or more: give the origin only, like https://www.example.org.`,
    });
  }
  return url.origin;
}

/** Sites: create (the key is public, so it is shown whenever listed), list and revoke. */
export function siteServiceFactory(deps: { store: SitePorts; now: () => Date }) {
  const { store, now } = deps;
  return {
    async createSite(input: {
      organisationId: string;
      name: string;
      origins: readonly string[];
      createdBy: string;
      audit: AuditContext;
    }): Promise<Site> {
      const origins = [...new Set(input.origins.map(normaliseOrigin))];
      const siteKey = `site_${randomBytes(16).toString('base64url')}`;
      return store.insertSite(
        { organisationId: input.organisationId, name: input.name, siteKey, origins, createdBy: input.createdBy },
        { ...input.audit, at: now().toISOString() },
      );
    },
    listSites: (organisationId: string) => store.listSites(organisationId),
    async revokeSite(organisationId: string, id: string, audit: AuditContext): Promise<void> {
      const at = now();
      if (!(await store.revokeSite(organisationId, id, at, { ...audit, at: at.toISOString() }))) {
        throw new AppError('not_found', { message: 'No such site.' });
      }
    },
  };
}

export type SiteService = ReturnType<typeof siteServiceFactory>;
