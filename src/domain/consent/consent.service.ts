import { randomUUID } from 'node:crypto';
import { AppError } from '../../errors.js';
import type { AuditContext, AuditEvent } from '../audit/audit-chain.js';
import type { Register } from '../register/register.schema.js';
import type { RegisterVersionPorts } from '../register/register-version.js';
import { type BannerConfig, buildBannerConfig, noticeHash } from './banner-config.js';
import { BANNER_LANGUAGES, type BannerLanguage } from './banner-texts.js';
import {
  type ConsentChannel,
  type ConsentEvent,
  type ConsentEventType,
  type ConsentMethod,
  consentEventId,
  consentPurposeHashes,
  consentRecordId,
  type DerivedConsent,
  deriveConsent,
  expiryOf,
  hashUserAgent,
  renewalPeriod,
  truncateIp,
} from './consent.js';
import { buildConsentRecord, type ConsentNotice, type ConsentRecord } from './consent-record.js';
import type { Site, SitePorts } from './site.js';

/** A ledger event before the store decides whether a refusal withdraws an earlier consent. */
export type NewConsentEvent = ConsentEvent;

/** Filters of the admin views and exports. */
export interface ConsentEventFilter {
  subjectKey?: string;
  purposeId?: string;
  recordId?: string;
  siteId?: string;
  from?: Date;
  to?: Date;
  /** Events strictly older than this (the next page). */
  before?: { at: Date; id: string };
  limit: number;
}

/** Choices over time, and the share of each purpose granted: the site owner's first view. */
export interface ChoiceStats {
  days: { day: string; acceptAll: number; rejectAll: number; custom: number; gpc: number; withdraw: number }[];
  purposes: { purposeId: string; given: number; refused: number; withdrawn: number }[];
}

/** What the consent service needs from the store. */
export interface ConsentPorts {
  /** Stores notices not yet stored (by hash; a stored notice never changes). */
  saveNotices(organisationId: string, notices: Omit<ConsentNotice, 'createdAt'>[]): Promise<void>;
  findNotices(organisationId: string, hashes: readonly string[]): Promise<ConsentNotice[]>;
  /**
   * Appends events. A `refused` event for a consent whose last event gave it is stored as `withdrawn` (the same
   * act, seen from the ledger); the answer says what was stored for each id.
   */
  appendEvents(events: readonly NewConsentEvent[]): Promise<{ id: string; event: ConsentEventType }[]>;
  findEvents(organisationId: string, filter: ConsentEventFilter): Promise<ConsentEvent[]>;
  choiceStats(organisationId: string, range: { siteId?: string; from: Date; to: Date }): Promise<ChoiceStats>;
  findSubjectByEmail(organisationId: string, email: string): Promise<{ id: string } | undefined>;
  /** The consent subject with this (lower-cased) e-mail address, created when there is none. */
  ensureSubject(organisationId: string, email: string, language: string | null): Promise<{ id: string }>;
}

/** The register facts one version gives the ledger, computed once per version. */
interface RegisterContext {
  version: number;
  register: Register;
  hashes: Record<string, string>;
  /** The renewal period of each consent purpose (as {@link renewalPeriod} gives it). */
  renewals: ReadonlyMap<string, string | null>;
}

/** The truncated address and user-agent hash of a request, computed once for all the events of a choice. */
interface EventSource {
  ipPrefix: string | null;
  userAgentHash: string | null;
}

const sourceOf = (ip: string | undefined, userAgent: string | undefined): EventSource => ({
  ipPrefix: truncateIp(ip),
  userAgentHash: hashUserAgent(userAgent),
});

const renewalOf = (context: RegisterContext, purposeId: string): string | null => {
  const renewal = context.renewals.get(purposeId);
  return renewal === undefined ? renewalPeriod(context.register, purposeId) : renewal;
};

/** A banner's choice, as `POST /api/consent` receives it. */
export interface BannerChoice {
  siteKey: string;
  visitor: string;
  registerVersion: number;
  noticeHash: string;
  language: BannerLanguage;
  method: Extract<ConsentMethod, 'accept_all' | 'reject_all' | 'custom' | 'gpc' | 'withdraw'>;
  choices: Record<string, boolean>;
  origin: string | undefined;
  ip: string | undefined;
  userAgent: string | undefined;
}

const SITE_TTL_MS = 30_000;
const LATEST_TTL_MS = 2_000;

/**
 * The consent ledger (LEGAL.md §5): banner choices from sites, consents given through forms or on a person's
 * behalf, the derived state, ISO/IEC TS 27560 records, and the admin views. Events are only appended; the state is
 * always derived. Only purposes with legal basis consent in the register are accepted, and a purpose that changed
 * materially since the choice is asked again. Hot lookups (site by key, register per version) are cached in memory:
 * a revoked site stops working within {@link SITE_TTL_MS}, a new register version counts within {@link LATEST_TTL_MS}.
 */
export function consentServiceFactory(deps: {
  store: ConsentPorts;
  sites: Pick<SitePorts, 'findSiteByKey'>;
  registers: Pick<RegisterVersionPorts, 'findLatestVersion' | 'findVersion'>;
  audit: (event: AuditEvent) => Promise<unknown>;
  /** Public URL of this server, for the statement links in the banner. */
  baseUrl: string;
  now: () => Date;
}) {
  const { store, sites, registers, now } = deps;
  const siteCache = new Map<string, { site: Site | undefined; until: number }>();
  const latestCache = new Map<string, { context: RegisterContext; until: number }>();
  const versionCache = new Map<string, RegisterContext>();
  const knownNotices = new Map<string, { registerVersion: number; language: string }>();
  const configCache = new Map<string, BannerConfig>();

  function contextOf(organisationId: string, version: number, content: unknown): RegisterContext {
    const key = `${organisationId}:${version}`;
    let context = versionCache.get(key);
    if (!context) {
      const register = content as Register;
      const hashes = consentPurposeHashes(register);
      const renewals = new Map(Object.keys(hashes).map((id) => [id, renewalPeriod(register, id)]));
      context = { version, register, hashes, renewals };
      if (versionCache.size > 256) {
        versionCache.delete(versionCache.keys().next().value as string);
      }
      versionCache.set(key, context);
    }
    return context;
  }

  /**
   * The active register. `fresh` skips the cache: the paths of known people (forms, preference centre, mailings)
   * are few and must see a material change at once, so a consent stops counting the moment the register changes.
   */
  async function latestContext(organisationId: string, fresh = false): Promise<RegisterContext> {
    const cached = latestCache.get(organisationId);
    if (!fresh && cached && cached.until > Date.now()) {
      return cached.context;
    }
    const latest = await registers.findLatestVersion(organisationId);
    if (!latest) {
      throw new AppError('conflict', { message: 'This organisation has no register yet, so no consent can count.' });
    }
    const context = contextOf(organisationId, latest.version, latest.content);
    latestCache.set(organisationId, { context, until: Date.now() + LATEST_TTL_MS });
    return context;
  }

  async function versionContext(organisationId: string, version: number): Promise<RegisterContext> {
    const cached = versionCache.get(`${organisationId}:${version}`);
    if (cached) {
      return cached;
    }
    const found = await registers.findVersion(organisationId, version);
    if (!found) {
      throw new AppError('unprocessable', { message: `Register version ${version} does not exist.` });
    }
    return contextOf(organisationId, found.version, found.content);
  }

  async function requireSite(siteKey: string, origin: string | undefined): Promise<Site> {
    let cached = siteCache.get(siteKey);
    if (!cached || cached.until <= Date.now()) {
      cached = { site: await sites.findSiteByKey(siteKey), until: Date.now() + SITE_TTL_MS };
      if (siteCache.size > 10_000) {
        siteCache.clear();
      }
      siteCache.set(siteKey, cached);
    }
    const site = cached.site;
    if (!site || site.revokedAt !== null) {
      throw new AppError('not_found', { message: 'No such site key, or it was revoked.' });
    }
    if (origin !== undefined && site.origins.length > 0 && !site.origins.includes(origin)) {
      throw new AppError('forbidden', { message: 'This site key is not allowed on this origin.' });
    }
    return site;
  }

  async function requireNotice(organisationId: string, hash: string) {
    const key = `${organisationId}:${hash}`;
    let notice = knownNotices.get(key);
    if (!notice) {
      const [found] = await store.findNotices(organisationId, [hash]);
      if (!found) {
        throw new AppError('unprocessable', {
          message: 'Unknown notice hash: send the hash of the texts the configuration gave.',
        });
      }
      notice = { registerVersion: found.registerVersion, language: found.language };
      knownNotices.set(key, notice);
    }
    return notice;
  }

  /** Checks that every purpose is a consent purpose of the version and unchanged since; returns current hashes. */
  async function checkPurposes(organisationId: string, version: number, purposeIds: readonly string[]) {
    const [seen, current] = await Promise.all([versionContext(organisationId, version), latestContext(organisationId)]);
    for (const id of purposeIds) {
      if (!(id in current.hashes)) {
        throw new AppError('unprocessable', {
          message: `"${id.slice(0, 60)}" is not a purpose with legal basis consent in the register.`,
        });
      }
      if (seen.hashes[id] !== current.hashes[id]) {
        throw new AppError('conflict', {
          message: `The purpose "${id}" changed since register version ${version}: ask again with the current texts.`,
          details: { registerVersion: current.version },
        });
      }
    }
    return current;
  }

  function eventFor(input: {
    organisationId: string;
    subjectType: 'visitor' | 'subject';
    subjectKey: string;
    purposeId: string;
    purposeHash: string;
    given: boolean;
    withdraw: boolean;
    channel: ConsentChannel;
    method: ConsentMethod;
    noticeHash: string | null;
    registerVersion: number;
    language: string | null;
    siteId: string | null;
    source: EventSource;
    actor: string | null;
    renewal: string | null;
    at: Date;
  }): NewConsentEvent {
    return {
      id: consentEventId(input.at),
      organisationId: input.organisationId,
      recordId: consentRecordId(input.organisationId, `${input.subjectType}:${input.subjectKey}`, input.purposeId),
      subjectType: input.subjectType,
      subjectKey: input.subjectKey,
      purposeId: input.purposeId,
      purposeHash: input.purposeHash,
      event: input.given ? 'given' : input.withdraw ? 'withdrawn' : 'refused',
      channel: input.channel,
      method: input.method,
      noticeHash: input.noticeHash,
      registerVersion: input.registerVersion,
      language: input.language,
      siteId: input.siteId,
      ipPrefix: input.source.ipPrefix,
      userAgentHash: input.source.userAgentHash,
      actor: input.actor,
      // A withdrawal holds until the person gives consent again; consents and refusals are asked again.
      expiresAt: input.withdraw && !input.given ? null : expiryOf(input.at, input.renewal),
      at: input.at,
    };
  }

  async function stateOf(
    organisationId: string,
    subjectKey: string,
    fresh = false,
  ): Promise<Record<string, DerivedConsent>> {
    const context = await latestContext(organisationId, fresh);
    const events = await store.findEvents(organisationId, { subjectKey, limit: 1000 });
    const at = now();
    return Object.fromEntries(
      Object.entries(context.hashes).map(([purposeId, hash]) => [
        purposeId,
        deriveConsent(
          events.filter((e) => e.purposeId === purposeId),
          hash,
          at,
        ),
      ]),
    );
  }

  return {
    requireSite,

    /** The banner configuration of a site, from the active register; stores its notices once. */
    async bannerConfig(siteKey: string, origin: string | undefined): Promise<BannerConfig> {
      const site = await requireSite(siteKey, origin);
      const context = await latestContext(site.organisationId);
      const cacheKey = `${site.id}:${context.version}`;
      const cached = configCache.get(cacheKey);
      if (cached) {
        return cached;
      }
      const slug = encodeURIComponent(site.organisationSlug);
      const { config, notices } = buildBannerConfig({
        register: context.register,
        registerVersion: context.version,
        siteKey: site.siteKey,
        links: {
          privacy: `${deps.baseUrl}/privacy?organisation=${slug}`,
          cookies: `${deps.baseUrl}/cookies?organisation=${slug}`,
        },
      });
      await store.saveNotices(
        site.organisationId,
        notices.map((n) => ({
          hash: n.hash,
          kind: 'banner',
          language: n.language,
          registerVersion: context.version,
          content: n.content,
        })),
      );
      for (const n of notices) {
        knownNotices.set(`${site.organisationId}:${n.hash}`, {
          registerVersion: context.version,
          language: n.language,
        });
      }
      if (configCache.size > 1000) {
        configCache.clear();
      }
      configCache.set(cacheKey, config);
      return config;
    },

    /** Records a banner choice: one event per consent purpose, committed before this resolves. */
    async recordBannerChoice(input: BannerChoice) {
      const site = await requireSite(input.siteKey, input.origin);
      const notice = await requireNotice(site.organisationId, input.noticeHash);
      if (notice.registerVersion !== input.registerVersion || notice.language !== input.language) {
        throw new AppError('unprocessable', {
          message: 'The notice hash belongs to another register version or language than the one sent.',
        });
      }
      const purposeIds = Object.keys(input.choices);
      if (purposeIds.length === 0) {
        throw new AppError('validation_failed', { message: 'A choice names at least one purpose.' });
      }
      const values = Object.values(input.choices);
      if (
        (input.method === 'accept_all' && values.includes(false)) ||
        (input.method === 'reject_all' && values.includes(true))
      ) {
        throw new AppError('validation_failed', { message: `The choices do not match the method ${input.method}.` });
      }
      const context = await checkPurposes(site.organisationId, input.registerVersion, purposeIds);
      const at = now();
      const source = sourceOf(input.ip, input.userAgent);
      const events = purposeIds.map((purposeId) =>
        eventFor({
          organisationId: site.organisationId,
          subjectType: 'visitor',
          subjectKey: input.visitor,
          purposeId,
          purposeHash: context.hashes[purposeId] ?? '',
          given: input.choices[purposeId] === true,
          withdraw: input.method === 'withdraw',
          channel: 'banner',
          method: input.method,
          noticeHash: input.noticeHash,
          registerVersion: input.registerVersion,
          language: input.language,
          siteId: site.id,
          source,
          actor: null,
          renewal: renewalOf(context, purposeId),
          at,
        }),
      );
      const stored = await store.appendEvents(events);
      const byId = new Map(stored.map((s) => [s.id, s.event]));
      return {
        events: events.map((e) => ({ id: e.id, purpose: e.purposeId, event: byId.get(e.id) ?? e.event })),
        expiresAt: events.map((e) => e.expiresAt).find((d) => d !== null) ?? null,
      };
    },

    /**
     * Records a consent given, refused or withdrawn by a known person (by subject id): through a form, the
     * preference centre, an unsubscribe, an API key or an admin on the person's behalf. The notice shown is stored
     * by hash; admin and API writes are audited in the audit chain.
     */
    async recordSubjectConsent(input: {
      organisationId: string;
      subjectId: string;
      purposeId: string;
      given: boolean;
      channel: ConsentChannel;
      method: ConsentMethod;
      notice: { kind: ConsentNotice['kind']; language: string; content: unknown } | null;
      language: string | null;
      actor: string | null;
      ip?: string | undefined;
      userAgent?: string | undefined;
      audit?: AuditContext;
    }) {
      const context = await latestContext(input.organisationId, true);
      const purposeHash = context.hashes[input.purposeId];
      if (purposeHash === undefined) {
        throw new AppError('unprocessable', {
          message: `"${input.purposeId.slice(0, 60)}" is not a purpose with legal basis consent in the register.`,
        });
      }
      let hash: string | null = null;
      if (input.notice) {
        hash = noticeHash(input.notice.content);
        await store.saveNotices(input.organisationId, [
          {
            hash,
            kind: input.notice.kind,
            language: input.notice.language,
            registerVersion: context.version,
            content: input.notice.content,
          },
        ]);
      }
      const at = now();
      const event = eventFor({
        organisationId: input.organisationId,
        subjectType: 'subject',
        subjectKey: input.subjectId,
        purposeId: input.purposeId,
        purposeHash,
        given: input.given,
        withdraw: !input.given && input.method !== 'custom' && input.method !== 'form',
        channel: input.channel,
        method: input.method,
        noticeHash: hash,
        registerVersion: context.version,
        language: input.language,
        siteId: null,
        source: sourceOf(input.ip, input.userAgent),
        actor: input.actor,
        renewal: renewalOf(context, input.purposeId),
        at,
      });
      const [stored] = await store.appendEvents([event]);
      if (input.audit) {
        await deps.audit({
          organisationId: input.organisationId,
          at: at.toISOString(),
          ...input.audit,
          action: 'consent.record',
          outcome: 'success',
          target: { type: 'consent_record', id: event.recordId },
        });
      }
      return { ...event, event: stored?.event ?? event.event };
    },

    /** The state of every consent purpose for a banner visitor. */
    async visitorState(siteKey: string, visitor: string, origin: string | undefined) {
      const site = await requireSite(siteKey, origin);
      const context = await latestContext(site.organisationId);
      return { registerVersion: context.version, purposes: await stateOf(site.organisationId, visitor) };
    },

    /** The consent subject of an e-mail address (lower-cased), created on first use. */
    ensureSubject: (organisationId: string, email: string, language: string | null) =>
      store.ensureSubject(organisationId, email.trim().toLowerCase(), language),

    /** The state of every consent purpose for a known person (forms, preference centre). */
    subjectState: (organisationId: string, subjectId: string) => stateOf(organisationId, subjectId, true),

    /** The consent purposes of the active register with their current hashes (forms, preference centre). */
    async consentPurposes(organisationId: string) {
      return latestContext(organisationId, true);
    },

    /** Ledger events for the admin views; reading is audited before anything is returned. */
    async listEvents(
      organisationId: string,
      filter: Omit<ConsentEventFilter, 'subjectKey'> & { subject?: string },
      audit: AuditContext,
    ): Promise<ConsentEvent[]> {
      const { subject, ...rest } = filter;
      let subjectKey: string | undefined;
      if (subject !== undefined) {
        subjectKey = subject.includes('@')
          ? ((await store.findSubjectByEmail(organisationId, subject.trim().toLowerCase()))?.id ?? randomUUID())
          : subject;
      }
      await deps.audit({
        organisationId,
        at: now().toISOString(),
        ...audit,
        action: 'consent.read',
        outcome: 'success',
        target: { type: 'consent_events', id: subjectKey ?? filter.recordId ?? '*' },
      });
      return store.findEvents(organisationId, { ...rest, ...(subjectKey === undefined ? {} : { subjectKey }) });
    },

    /** The ISO/IEC TS 27560 record of one consent; reading is audited. */
    async consentRecord(organisationId: string, recordId: string, audit: AuditContext): Promise<ConsentRecord> {
      const events = (await store.findEvents(organisationId, { recordId, limit: 10_000 })).reverse();
      const first = events[0];
      if (!first) {
        throw new AppError('not_found', { message: 'No such consent record.' });
      }
      await deps.audit({
        organisationId,
        at: now().toISOString(),
        ...audit,
        action: 'consent.record.read',
        outcome: 'success',
        target: { type: 'consent_record', id: recordId },
      });
      const context = await latestContext(organisationId);
      const versions = await Promise.all(
        [...new Set(events.map((e) => e.registerVersion))].map((v) => versionContext(organisationId, v)),
      );
      const hashes = [...new Set(events.map((e) => e.noticeHash).filter((h): h is string => h !== null))];
      const notices = hashes.length > 0 ? await store.findNotices(organisationId, hashes) : [];
      const lastVersion = versions.find((v) => v.version === events.at(-1)?.registerVersion) ?? context;
      return buildConsentRecord({
        recordId,
        events,
        register: lastVersion.register,
        currentPurposeHash: context.hashes[first.purposeId],
        notices,
        now: now(),
      });
    },

    /** Choices over time and the share of each purpose granted, for the dashboard (no personal data). */
    choiceStats: (organisationId: string, range: { siteId?: string; from: Date; to: Date }) =>
      store.choiceStats(organisationId, range),

    /** The languages the banner speaks. */
    languages: BANNER_LANGUAGES,
  };
}

export type ConsentService = ReturnType<typeof consentServiceFactory>;
