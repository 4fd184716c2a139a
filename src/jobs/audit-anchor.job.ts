import type { Logger } from '../logger.js';
import { auditModule } from '../modules/audit.module.js';
import { organisationsModule } from '../modules/organisations.module.js';
import type { Store } from '../store/db.js';
import { scheduleRecurring } from './recurring.js';

/** How often the chain heads are anchored. */
export const ANCHOR_INTERVAL_MS = 24 * 60 * 60 * 1000;

/**
 * Anchors the head of every audit chain (each organisation's and the install's) whose last anchor is older than a
 * day: a published head lets anyone prove later that the chain was not truncated below it. Idempotent (an anchor
 * of the same head is stored once), so several instances running it do no harm.
 */
export async function anchorAuditChains(deps: { store: Store; now: () => Date }): Promise<number> {
  const { audit } = auditModule(deps);
  const { organisations } = organisationsModule({ store: deps.store });
  const chains: (string | null)[] = [null, ...(await organisations.listOrganisations()).map((o) => o.id)];
  let anchored = 0;
  for (const organisationId of chains) {
    const anchors = await audit.listAnchors(organisationId);
    const last = anchors.at(-1);
    if (last && deps.now().getTime() - Date.parse(last.at) < ANCHOR_INTERVAL_MS) {
      continue;
    }
    const anchor = await audit.anchor(organisationId);
    if (anchor && anchor.seq !== last?.seq) {
      anchored++;
    }
  }
  return anchored;
}

/** Runs {@link anchorAuditChains} at start and then every hour (anchoring what is due); returns a stop function. */
export function scheduleAuditAnchors(deps: { store: Store; now: () => Date; logger: Logger }): () => void {
  return scheduleRecurring(
    { logger: deps.logger, store: deps.store, job: 'audit-anchor' },
    async () => ({ anchored: await anchorAuditChains(deps) }),
    {
      done: 'audit chains anchored',
      failed: 'anchoring the audit chains failed; will try again',
    },
  );
}
