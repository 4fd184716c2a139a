import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { AppError } from '../errors.js';

const LOCK_FILE = 'dijk.lock';

interface LockRecord {
  pid: number;
  /** Kernel start time of the process (Linux, clock ticks since boot); guards against a recycled pid. */
  processStart: string | null;
  startedAt: string;
  host: string;
}

/** A held lock on an embedded data folder; release it on shutdown. */
export interface DataDirLock {
  readonly path: string;
  /** True when a stale lock of a crashed process was taken over. */
  readonly recoveredFromCrash: boolean;
  release(): void;
}

/**
 * Takes Dijk's lock on the PGlite data folder. PGlite takes none of its own, and two processes writing one
 * folder corrupt it. A lock of a process that no longer runs (a crash, kill -9) is stale: it is taken over and
 * the `staleFiles` are removed: PGlite's own `postmaster.pid`, which a killed PGlite leaves behind (containing
 * -42) and which makes the next open hang or abort (electric-sql/pglite#1106).
 */
export function acquireDataDirLock(dataDir: string, staleFiles: readonly string[] = []): DataDirLock {
  ensureDirectory(dataDir);
  const path = join(dataDir, LOCK_FILE);
  let recoveredFromCrash = false;
  for (let attempt = 0; attempt < 3; attempt++) {
    const record: LockRecord = {
      pid: process.pid,
      processStart: readProcessStart(process.pid),
      startedAt: new Date().toISOString(),
      host: hostname(),
    };
    try {
      const fd = openSync(path, 'wx', 0o600);
      writeSync(fd, `${JSON.stringify(record)}\n`);
      closeSync(fd);
      return {
        path,
        recoveredFromCrash,
        release: () => releaseIfOurs(path),
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new AppError('unavailable', {
          message: `Cannot write the lock file in the data folder ${dataDir}: ${(error as Error).message}`,
        });
      }
    }
    const holder = readLock(path);
    if (holder && isAlive(holder)) {
      throw new AppError('conflict', {
        message:
          `The data folder ${dataDir} is in use by Dijk process ${holder.pid} on ${holder.host}, started ${holder.startedAt}. ` +
          'Stop that process first, or use its HTTP API while it runs.',
      });
    }
    // Stale: the holder crashed. Clear its lock and PGlite's leftover pid file, then try again.
    rmSync(path, { force: true });
    for (const file of staleFiles) {
      rmSync(file, { force: true });
    }
    recoveredFromCrash = true;
  }
  throw new AppError('conflict', { message: `Could not take the lock on the data folder ${dataDir}; try again.` });
}

function ensureDirectory(dataDir: string): void {
  if (existsSync(dataDir)) {
    if (!statSync(dataDir).isDirectory()) {
      throw new AppError('unavailable', { message: `DIJK_DATA_DIR ${dataDir} exists but is not a folder.` });
    }
    return;
  }
  try {
    makeFolders(dataDir);
  } catch (error) {
    throw new AppError('unavailable', {
      message: `Cannot create the data folder ${dataDir}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`,
    });
  }
}

/**
 * `mkdir -p`, one level at a time from the deepest folder that exists. Not `mkdirSync(…, { recursive: true })`:
 * where `mkdir` answers ENOENT although the parent exists (a path inside /proc), Node 20's recursive mkdir
 * retries forever at full CPU, so `dijk serve` with such a DIJK_DATA_DIR hung instead of saying why.
 */
function makeFolders(dataDir: string): void {
  const missing: string[] = [];
  for (let dir = resolve(dataDir); !existsSync(dir); dir = dirname(dir)) {
    missing.unshift(dir);
    if (dirname(dir) === dir) {
      break;
    }
  }
  for (const dir of missing) {
    try {
      mkdirSync(dir, { mode: 0o700 });
    } catch (error) {
      // Another process made it in between: fine if it is a folder.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || !statSync(dir).isDirectory()) {
        throw error;
      }
    }
  }
}

function readLock(path: string): LockRecord | undefined {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockRecord>;
    if (typeof parsed.pid !== 'number') {
      return undefined;
    }
    return {
      pid: parsed.pid,
      processStart: parsed.processStart ?? null,
      startedAt: parsed.startedAt ?? 'unknown',
      host: parsed.host ?? 'unknown',
    };
  } catch {
    // Unreadable or half-written (a crash between create and write): treat as stale.
    return undefined;
  }
}

function isAlive(holder: LockRecord): boolean {
  if (holder.host !== hostname()) {
    // Another machine on a shared folder: we cannot check, so we must assume it is alive.
    return true;
  }
  if (holder.pid === process.pid) {
    return true;
  }
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  const start = readProcessStart(holder.pid);
  return holder.processStart === null || start === null || start === holder.processStart;
}

function releaseIfOurs(path: string): void {
  const holder = readLock(path);
  if (holder?.pid === process.pid) {
    rmSync(path, { force: true });
  }
}

/** Field 22 of /proc/PID/stat: the process start time. Null where /proc does not exist. */
function readProcessStart(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may contain spaces and parentheses; fields after the last ')' are fixed.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[19] ?? null;
  } catch {
    return null;
  }
}
