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
