import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { expect } from 'vitest';

export const REPO_ROOT = resolve(import.meta.dirname, '..', '..');
const BIN = resolve(REPO_ROOT, 'bin', 'dijk.js');

/** The environment a child `dijk` gets: no inherited Dijk settings, so the host's env cannot leak into a test. */
function childEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const base: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: 'warn' };
  return { ...base, ...env };
}

/** Runs `dijk …` to completion (the built CLI, as a user would) and captures its output. */
export function runDijk(
  args: string[],
  env: Record<string, string> = {},
  timeoutMs = 30_000,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: childEnv(env), cwd: REPO_ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`dijk ${args.join(' ')} did not finish within ${timeoutMs} ms\n${stderr}`));
    }, timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise({ code, stdout, stderr });
    });
  });
}

/** A running `dijk serve` child process. */
export interface ServeProcess {
  child: ChildProcess;
  url: string;
  stderr(): string;
  /** Waits until the process has exited. */
  exited: Promise<number | null>;
}

/** Starts `dijk serve` on a port and waits until /readyz answers 200. */
export async function spawnServe(env: Record<string, string>, port: number, timeoutMs = 30_000): Promise<ServeProcess> {
  const child = spawn(process.execPath, [BIN, 'serve'], {
    env: childEnv({ ...env, PORT: String(port) }),
    cwd: REPO_ROOT,
  });
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  child.stdout.resume();
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  let done = false;
  void exited.then(() => {
    done = true;
  });
  while (Date.now() < deadline && !done) {
    try {
      const res = await fetch(`${url}/readyz`);
      if (res.status === 200) {
        return { child, url, stderr: () => stderr, exited };
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`dijk serve did not become ready on ${url}: ${stderr}`);
}

/** A free TCP port on the loopback interface. */
export async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolvePromise, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolvePromise(port));
    });
  });
}

/**
 * Logs in to a running `dijk serve` through a one-time login link (`dijk admin login-link`, made before the server
 * started when the store is embedded: its folder is held by one process); answers the session cookie.
 */
export async function loginCookie(url: string, link: string): Promise<string> {
  const res = await fetch(`${url}/admin/login?token=${new URL(link).searchParams.get('token')}`, {
    redirect: 'manual',
  });
  expect(res.status).toBe(303);
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  expect(cookie).toMatch(/^dijk_session=/);
  return cookie ?? '';
}
