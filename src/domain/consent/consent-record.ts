import type { LocalizedText } from '../register/common.schema.js';
import type { Register } from '../register/register.schema.js';
import { type ConsentEvent, deriveConsent } from './consent.js';

/** A stored notice: the exact text shown when a consent was expressed. */
export interface ConsentNotice {
  hash: string;
  kind: 'banner' | 'form' | 'preference_centre' | 'admin';
  language: string;
  registerVersion: number;
  content: unknown;
  createdAt: Date;
}

/**
 * A consent record as ISO/IEC TS 27560:2023 describes it, with the field names of the W3C DPV community guide's
 * mapping (dpv:ConsentRecord): the record, its subject, the notice, the processing it covers (purposes, data,
 * controller, storage, recipients), how to withdraw, and every event with its state.
 */
export interface ConsentRecord {
  schema: 'ISO/IEC TS 27560:2023';
  recordId: string;
  /** Pseudonymous: a visitor id or the id of a consent subject, never an e-mail address. */
  subjectId: string;
  subjectType: 'visitor' | 'subject';
  controller: { name: string; country: string; email: string | undefined; enterpriseNumber: string | undefined };
  state: ReturnType<typeof deriveConsent>['state'];
  counts: boolean;
  purposes: {
    id: string;
    name: LocalizedText | null;
    description: LocalizedText | null;
    dpv: string[];
    legalBasis: 'consent';
  }[];
  dataTypes: { id: string; term: string | undefined; label: LocalizedText | null }[];
  dataSubjectTypes: string[];
  storage: { retention: { duration: string | null; from: string | null }[]; location: string };
  recipients: { id: string; name: string | undefined; role: string; country: string | undefined }[];
  withdrawalMethods: string[];
  notices: { hash: string; language: string; registerVersion: number; kind: string; content: unknown }[];
  events: {
    id: string;
    time: string;
    state: ConsentEvent['event'];
    validUntil: string | null;
    expressedBy: 'data_subject' | 'parent_or_guardian' | 'on_behalf';
    consentType: 'expressed' | 'explicit';
    channel: ConsentEvent['channel'];
    method: ConsentEvent['method'];
    noticeHash: string | null;
    registerVersion: number;
    language: string | null;
    purposeHash: string;
    ipPrefix: string | null;
    userAgentHash: string | null;
  }[];
}

/** Builds the ISO/IEC TS 27560 record of one consent from its events, the register and the notices shown. */
export function buildConsentRecord(input: {
  recordId: string;
  events: readonly ConsentEvent[];
  register: Register;
  currentPurposeHash: string | undefined;
  notices: readonly ConsentNotice[];
  now: Date;
}): ConsentRecord {
  const { register, events } = input;
  const first = events[0];
  if (!first) {
    throw new Error('A consent record needs at least one event');
  }
  const purpose = register.purposes.find((p) => p.id === first.purposeId);
  const derived = deriveConsent(events, input.currentPurposeHash, input.now);
  const categoryIds = new Set(purpose?.data_categories ?? []);
  return {
    schema: 'ISO/IEC TS 27560:2023',
    recordId: input.recordId,
    subjectId: first.subjectKey,
    subjectType: first.subjectType,
    controller: {
      name: register.organisation.legal_name,
      country: register.organisation.country,
      email: register.organisation.email,
      enterpriseNumber: register.organisation.enterprise_number,
    },
    state: derived.state,
    counts: derived.counts,
    purposes: [
      {
        id: first.purposeId,
        name: purpose?.name ?? null,
        description: purpose?.description ?? null,
        dpv: purpose?.dpv ?? [],
        legalBasis: 'consent',
      },
    ],
    dataTypes: register.data_categories
      .filter((c) => categoryIds.has(c.id))
      .map((c) => ({ id: c.id, term: c.term, label: c.label ?? null })),
    dataSubjectTypes: purpose?.data_subjects ?? [],
    storage: {
      retention: register.retention
        .filter((r) => r.purposes.includes(first.purposeId))
        .map((r) => ({ duration: r.duration ?? null, from: r.from ?? null })),
      location: register.organisation.country,
    },
    recipients: register.recipients
      .filter((r) => r.purposes.includes(first.purposeId))
      .map((r) => ({ id: r.id, name: r.name, role: r.role, country: r.country })),
    withdrawalMethods: purpose?.consent?.withdrawal ?? [],
    notices: input.notices.map((n) => ({
      hash: n.hash,
      language: n.language,
      registerVersion: n.registerVersion,
      kind: n.kind,
      content: n.content,
    })),
    events: events.map((e) => ({
      id: e.id,
      time: e.at.toISOString(),
      state: e.event,
      validUntil: e.expiresAt?.toISOString() ?? null,
      expressedBy: e.actor === 'parent' ? 'parent_or_guardian' : e.actor === null ? 'data_subject' : 'on_behalf',
      consentType: purpose?.consent?.explicit ? 'explicit' : 'expressed',
      channel: e.channel,
      method: e.method,
      noticeHash: e.noticeHash,
      registerVersion: e.registerVersion,
      language: e.language,
      purposeHash: e.purposeHash,
      ipPrefix: e.ipPrefix,
      userAgentHash: e.userAgentHash,
    })),
  };
}
