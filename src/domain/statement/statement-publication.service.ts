import { AppError } from '../../errors.js';
import type { AuditContext } from '../audit/audit-chain.js';
import { diffRegisters, type Register, type RegisterChange } from '../register/index.js';
import type { RegisterVersionPorts } from '../register/register-version.js';
import {
  currentPublication,
  isoDay,
  type StatementPublication,
  type StatementPublicationPorts,
} from './statement-publication.js';

/**
 * Publishing statements: a register version becomes the public statement only through `publish`, with an
 * effective date. A publication whose register changed materially since the previous one records the changes as
 * its change notice (Art. 13(3): people are informed before a new purpose starts).
 */
export function statementPublicationServiceFactory(deps: {
  store: StatementPublicationPorts;
  registers: Pick<RegisterVersionPorts, 'findVersion' | 'findLatestVersion'>;
  now: () => Date;
}) {
  const { store, registers, now } = deps;

  async function registerOf(organisationId: string, version?: number) {
    const found =
      version === undefined
        ? await registers.findLatestVersion(organisationId)
        : await registers.findVersion(organisationId, version);
    if (!found) {
      throw new AppError('not_found', {
        message: version === undefined ? 'This organisation has no register yet.' : `No register version ${version}.`,
      });
    }
    return found;
  }

  async function requirePublication(organisationId: string, number: number) {
    const found = await store.findPublication(organisationId, number);
    if (!found) {
      throw new AppError('not_found', { message: `No published statement version ${number}.` });
    }
    return found;
  }

  return {
    /** Publishes a register version (the active one by default) from an effective date (today by default). */
    async publishStatement(
      organisationId: string,
      input: {
        registerVersion?: number;
        effectiveFrom?: string;
        publishedBy: string;
        audit: AuditContext;
      },
    ): Promise<StatementPublication> {
      const today = isoDay(now());
      const effectiveFrom = input.effectiveFrom ?? today;
      if (!/^\d{4}-\d{2}-\d{2}$/.test(effectiveFrom) || Number.isNaN(Date.parse(`${effectiveFrom}T00:00:00Z`))) {
        throw new AppError('validation_failed', { message: 'The effective date must be a date as YYYY-MM-DD.' });
      }
      if (effectiveFrom < today) {
        throw new AppError('validation_failed', {
          message: 'A statement cannot take effect in the past: people must be able to read it first.',
        });
      }
      const version = await registerOf(organisationId, input.registerVersion);
      const publications = await store.listPublications(organisationId);
      const previous = publications.at(0);
      if (previous?.registerVersion === version.version) {
        throw new AppError('conflict', {
          message: `Register version ${version.version} is already published as statement version ${previous.number}.`,
        });
      }
      let changes: RegisterChange[] = [];
      if (previous) {
        const before = await registerOf(organisationId, previous.registerVersion);
        changes = diffRegisters(before.content as Register, version.content as Register);
      }
      return store.insertPublication(
        {
          organisationId,
          number: (previous?.number ?? 0) + 1,
          registerVersion: version.version,
          effectiveFrom,
          publishedBy: input.publishedBy,
          material: changes.some((c) => c.material),
          changes,
        },
        { ...input.audit, at: now().toISOString() },
      );
    },

    /** Every publication, newest first. */
    listStatementPublications: (organisationId: string) => store.listPublications(organisationId),

    /** The publication in force today, with its register. */
    async getCurrentStatement(organisationId: string) {
      const current = currentPublication(await store.listPublications(organisationId), isoDay(now()));
      if (!current) {
        throw new AppError('not_found', { message: 'No statement has been published yet.' });
      }
      return {
        publication: current,
        register: (await registerOf(organisationId, current.registerVersion)).content as Register,
      };
    },

    /** A given publication, with its register. */
    async getPublishedStatement(organisationId: string, number: number) {
      const publication = await requirePublication(organisationId, number);
      return {
        publication,
        register: (await registerOf(organisationId, publication.registerVersion)).content as Register,
      };
    },

    /** What changed between two publications, in words. */
    async diffPublications(organisationId: string, from: number, to: number): Promise<RegisterChange[]> {
      const [a, b] = await Promise.all([
        requirePublication(organisationId, from),
        requirePublication(organisationId, to),
      ]);
      const [ra, rb] = await Promise.all([
        registerOf(organisationId, a.registerVersion),
        registerOf(organisationId, b.registerVersion),
      ]);
      return diffRegisters(ra.content as Register, rb.content as Register);
    },

    /** The register a preview renders: a given version or the active one. */
    previewRegister: async (organisationId: string, version?: number) =>
      (await registerOf(organisationId, version)).content as Register,
  };
}

export type StatementPublicationService = ReturnType<typeof statementPublicationServiceFactory>;
