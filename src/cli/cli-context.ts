import { type Config, loadConfig } from '../config.js';
import { createLogger, type Logger } from '../logger.js';

/** What every command gets: the parsed config (lazily, so `dijk help` works with a broken env) and output. */
export interface CliContext {
  config(overrides?: Record<string, string | undefined>): Config;
  logger(config: Config): Logger;
  out(line: string): void;
  env: Record<string, string | undefined>;
}

export function createCliContext(env: Record<string, string | undefined>, out: (line: string) => void): CliContext {
  return {
    env,
    config: (overrides = {}) => loadConfig({ ...env, ...overrides }),
    logger: (config) => createLogger({ level: config.logLevel }),
    out,
  };
}

/** Thrown by a command that has printed its own output and wants a given exit code (e.g. 1 for lint errors). */
export class CliExit extends Error {
  constructor(readonly exitCode: number) {
    super(`exit ${exitCode}`);
    this.name = 'CliExit';
  }
}
