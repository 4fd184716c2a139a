import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { loadConfig } from '../../src/config.js';
import type { App } from '../../src/http/app.js';
import { type RunningServer, startServer } from '../../src/http/server.js';
import { createLogger } from '../../src/logger.js';

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
  const logs: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, callback) {
      logs.push(String(chunk));
      callback();
    },
  });
  const server = await startServer(config, createLogger({ level: config.logLevel, destination }), {
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
