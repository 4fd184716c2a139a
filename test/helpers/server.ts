import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config.js';
import type { App } from '../../src/http/app.js';
import { type RunningServer, startServer } from '../../src/http/server.js';
import { capturingLogger } from './logs.js';

/** A real Dijk server on a free port, in this process, on a fresh embedded store (or `env.DATABASE_URL`). */
export interface TestServer {
  url: string;
  server: RunningServer;
  /** Every log line the server wrote, for tests that check what is (not) logged. */
  logs: string[];
  close(): Promise<void>;
}

/** Starts the real server (the same `startServer` as `dijk serve`), serving the built admin UI. */
export async function startTestServer(
  options: { env?: Record<string, string>; plugins?: readonly ((app: App) => Promise<void>)[] } = {},
): Promise<TestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'dijk-srv-'));
  const config = loadConfig({ PORT: '0', DIJK_DATA_DIR: dataDir, LOG_LEVEL: 'info', ...options.env });
  const { logger, lines: logs } = capturingLogger(config.logLevel);
  const server = await startServer(config, logger, {
    ...(options.plugins ? { plugins: options.plugins } : {}),
  });
  return {
    url: server.url,
    server,
    logs,
    close: async () => {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
