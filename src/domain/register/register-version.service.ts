import { AppError } from '../../errors.js';
import { type LintFinding, lintRegister } from '../lint/index.js';
import {
  diffRegisters,
  hashRegister,
  parseRegister,
  type Register,
  type RegisterChange,
  type RegisterProblem,
} from './index.js';
import {
  detectSourceFormat,
  type RegisterAuditEvent,
  type RegisterVersion,
  type RegisterVersionPorts,
  type RegisterVersionSummary,
} from './register-version.js';

/** The outcome of checking a register text: problems stop it; findings with severity error stop an apply. */
export type RegisterCheck =
  | { ok: false; stage: 'parse'; problems: RegisterProblem[] }
  | { ok: true; register: Register; findings: LintFinding[] };

/** The outcome of an apply. */
export interface ApplyResult {
  /** False when the text's register equals the active one: nothing was stored. */
  stored: boolean;
  version: RegisterVersion;
  changes: RegisterChange[];
  findings: LintFinding[];
}

/**
 * Use cases of the register as a versioned record: check, apply (only a register without lint errors becomes a
 * version; nothing is stored otherwise), history, show and diff.
 */
export function registerVersionServiceFactory(deps: { store: RegisterVersionPorts; now: () => Date }) {
  const { store, now } = deps;

  function check(text: string, file: string): RegisterCheck {
    const parsed = parseRegister(text, file);
    if (!parsed.ok) {
      return { ok: false, stage: 'parse', problems: parsed.problems };
    }
    return { ok: true, register: parsed.register, findings: lintRegister(parsed.register, { now: now() }) };
  }

  async function requireVersion(organisationId: string, version?: number): Promise<RegisterVersion> {
    const found =
      version === undefined
        ? await store.findLatestVersion(organisationId)
        : await store.findVersion(organisationId, version);
    if (!found) {
      throw new AppError('not_found', {
        message: version === undefined ? 'This organisation has no register yet.' : `No register version ${version}.`,
      });
    }
    return found;
  }

  return {
    /** Parses and lints a text without storing anything. */
    checkRegister: check,

    /** Stores the text as the next version when it parses and has no lint error. */
    async applyRegister(
      organisationId: string,
      input: { text: string; file: string; author: string; message?: string; audit: RegisterAuditEvent },
    ): Promise<ApplyResult> {
      const result = check(input.text, input.file);
      if (!result.ok) {
        throw new AppError('validation_failed', {
          message: `${input.file} is not a valid register (${result.problems.length} problem(s)).`,
          details: result.problems,
        });
      }
      const errors = result.findings.filter((f) => f.severity === 'error');
      if (errors.length > 0) {
        throw new AppError('unprocessable', {
          message: `The register has ${errors.length} lint error(s); nothing was stored.`,
          details: result.findings,
        });
      }
      const hash = hashRegister(result.register);
      const previous = await store.findLatestVersion(organisationId);
      if (previous?.hash === hash) {
        return { stored: false, version: previous, changes: [], findings: result.findings };
      }
      const version = await store.insertVersion(
        {
          organisationId,
          hash,
          content: result.register,
          source: input.text,
          sourceFormat: detectSourceFormat(input.text),
          author: input.author,
          message: input.message ?? '',
        },
        { ...input.audit, at: now().toISOString() },
      );
      const changes = previous ? diffRegisters(previous.content as Register, result.register) : [];
      return { stored: true, version, changes, findings: result.findings };
    },

    /**
     * What applying the text would change against the active register, without storing anything: the editor's
     * confirm step. A text that does not parse is refused like an apply.
     */
    async previewRegister(
      organisationId: string,
      input: { text: string; file: string },
    ): Promise<{ from: number | null; changes: RegisterChange[]; findings: LintFinding[] }> {
      const result = check(input.text, input.file);
      if (!result.ok) {
        throw new AppError('validation_failed', {
          message: `${input.file} is not a valid register (${result.problems.length} problem(s)).`,
          details: result.problems,
        });
      }
      const active = await store.findLatestVersion(organisationId);
      return {
        from: active?.version ?? null,
        changes: active ? diffRegisters(active.content as Register, result.register) : [],
        findings: result.findings,
      };
    },

    /** The active register (the latest version), or a given version. */
    getRegisterVersion: requireVersion,

    /** Every version, newest first. */
    listRegisterVersions: (organisationId: string): Promise<RegisterVersionSummary[]> =>
      store.listVersions(organisationId),

    /** What changed between two stored versions, in words, each change material or not. */
    async diffRegisterVersions(organisationId: string, from: number, to: number): Promise<RegisterChange[]> {
      const [a, b] = await Promise.all([requireVersion(organisationId, from), requireVersion(organisationId, to)]);
      return diffRegisters(a.content as Register, b.content as Register);
    },
  };
}

export type RegisterVersionService = ReturnType<typeof registerVersionServiceFactory>;
