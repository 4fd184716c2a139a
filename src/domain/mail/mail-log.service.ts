import type { AuditContext, AuditEvent } from '../audit/audit-chain.js';
import type { MailLogEntry, MailLogQuery } from './mail.js';

/** What the mail log needs from the store. */
export interface MailLogPorts {
  listMail(organisationId: string | null, query: MailLogQuery): Promise<MailLogEntry[]>;
  appendAuditEntry(event: AuditEvent): Promise<unknown>;
}

/**
 * The mail log: what Dijk sent (or is trying to send), to whom, with what subject and outcome; never the bodies.
 * Recipients are personal data, so every reading is in the audit chain, written before anything is answered
 * (GDPR Art. 5(2) and 32: who looked at which personal data).
 */
export function mailLogServiceFactory(deps: { store: MailLogPorts; now: () => Date }) {
  const { store, now } = deps;
  return {
    /** The mails of an organisation (null: the install's account mails), audited as `mail.read`. */
    async readMailLog(organisationId: string | null, query: MailLogQuery, audit: AuditContext) {
      await store.appendAuditEntry({
        ...audit,
        organisationId,
        at: now().toISOString(),
        action: 'mail.read',
        outcome: 'success',
        target: { type: 'mail_log', id: organisationId ?? 'install' },
      });
      return store.listMail(organisationId, query);
    },
  };
}

export type MailLogService = ReturnType<typeof mailLogServiceFactory>;
