import { Worker } from 'node:worker_threads';
import type { ImportInput } from '../domain/importer/index.js';
import { AppError, type ErrorCode } from '../errors.js';
import type { ImportView } from './import-job.js';

export interface ImportRunner {
  /** Imports one statement in the worker; rejects with `unprocessable` when it takes longer than the timeout. */
  run(job: ImportInput): Promise<ImportView>;
  /** Stops the worker; queued imports are refused as `unavailable`. */
  close(): Promise<void>;
}

/** How long a fresh worker may take to load the importer (~0.3 s built, a few seconds under tsx on a busy machine). */
const STARTUP_TIMEOUT_MS = 60_000;

/** Imports that may wait behind the running one; each holds its upload (up to 10 MB) while it waits. */
const MAX_WAITING = 4;

const shuttingDown = () => new AppError('unavailable', { message: 'The server is shutting down.' });

const startupFailed = () => new AppError('unavailable', { message: 'The importer did not start; try again.' });

type Reply = { id: number; view?: ImportView; error?: { code: ErrorCode; message?: string; details?: unknown } };

interface Queued {
  id: number;
  job: ImportInput;
  resolve: (view: ImportView) => void;
  reject: (error: unknown) => void;
}

/**
 * Runs statement imports in a worker thread, one at a time, each with a deadline. The importer runs a few hundred
 * regular expressions over text from outside; a document crafted to make one of them backtrack (or simply huge)
 * would otherwise hold the server's only thread. Past the deadline the worker is terminated and the next import
 * starts a fresh one. The worker stays warm between imports (its first start loads the importer, ~0.3 s). At most
 * four imports wait behind the running one; more are refused as `unavailable` (503), which bounds the uploads held.
 */
export function createImportRunner(options: {
  timeoutMs: number;
  now: () => Date;
  /** The worker module; import.worker.js beside this file by default (tests give one that never answers). */
  script?: URL;
}): ImportRunner {
  const typescript = import.meta.url.endsWith('.ts');
  const script = options.script ?? new URL(`./import.worker.${typescript ? 'ts' : 'js'}`, import.meta.url);
  let worker: Worker | undefined;
  /** Whether the worker has loaded the importer and takes jobs. */
  let ready = false;
  let current: (Queued & { timer: NodeJS.Timeout }) | undefined;
  const queue: Queued[] = [];
  let nextId = 1;
  let closed = false;

  function settle(outcome: { view: ImportView } | { error: unknown }): void {
    const done = current;
    current = undefined;
    if (done) {
      clearTimeout(done.timer);
      if ('view' in outcome) {
        done.resolve(outcome.view);
      } else {
        done.reject(outcome.error);
      }
    }
    worker?.unref();
    pump();
  }

  function stopWorker(): void {
    const stopping = worker;
    worker = undefined;
    // Its listeners go, but an error it may still raise must not become an uncaught one in the server.
    stopping?.removeAllListeners().on('error', () => {});
    void stopping?.terminate();
  }

  function startWorker(): Worker {
    // Under the sources, tsx's loader is registered in the worker first (`--import tsx` does not reach workers on
    // Node 20).
    const started = typescript
      ? new Worker(
          `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(script.href)}); })`,
          { eval: true },
        )
      : new Worker(script);
    started.on('message', (reply: Reply | { ready: true }) => {
      if ('ready' in reply) {
        ready = true;
        handOver();
        return;
      }
      if (reply.id !== current?.id) {
        return;
      }
      if (reply.view) {
        settle({ view: reply.view });
      } else {
        const code = reply.error?.code ?? 'internal';
        const message = reply.error?.message;
        settle({
          error: new AppError(
            code,
            code === 'internal' ? {} : { ...(message ? { message } : {}), details: reply.error?.details },
          ),
        });
      }
    });
    started.on('error', () => fail(new AppError('internal')));
    started.on('exit', () => {
      if (worker === started) {
        worker = undefined;
        settle({ error: new AppError('internal') });
      }
    });
    return started;
  }

  function pump(): void {
    if (current || closed) {
      return;
    }
    const next = queue.shift();
    if (!next) {
      return;
    }
    if (!worker) {
      worker = startWorker();
      ready = false;
    }
    worker.ref();
    // Until the worker has loaded the importer, the wait is the startup's, bounded on its own; the deadline of the
    // import starts when the job is handed over.
    current = { ...next, timer: setTimeout(() => fail(startupFailed()), STARTUP_TIMEOUT_MS) };
    if (ready) {
      handOver();
    }
  }

  function handOver(): void {
    if (!current || !worker) {
      return;
    }
    clearTimeout(current.timer);
    current.timer = setTimeout(
      () =>
        fail(
          new AppError('unprocessable', {
            message: `Reading this statement took longer than ${options.timeoutMs / 1000} s and was stopped. Send the text of the statement alone (plain text or HTML), or raise IMPORT_TIMEOUT_SECONDS.`,
          }),
        ),
      options.timeoutMs,
    );
    worker.postMessage({ ...current.job, id: current.id, now: options.now().toISOString() });
  }

  /** Stops the worker (the next import starts a fresh one) and rejects the running import. */
  function fail(error: AppError): void {
    stopWorker();
    settle({ error });
  }

  return {
    run(job) {
      if (closed) {
        return Promise.reject(shuttingDown());
      }
      if (queue.length >= MAX_WAITING) {
        return Promise.reject(
          new AppError('unavailable', { message: 'Too many imports are waiting; try again in a minute.' }),
        );
      }
      return new Promise<ImportView>((resolve, reject) => {
        queue.push({ id: nextId++, job, resolve, reject });
        pump();
      });
    },
    async close() {
      closed = true;
      for (const queued of queue.splice(0)) {
        queued.reject(shuttingDown());
      }
      if (current) {
        clearTimeout(current.timer);
        current.reject(shuttingDown());
        current = undefined;
      }
      const stopping = worker;
      worker = undefined;
      stopping?.removeAllListeners().on('error', () => {});
      await stopping?.terminate();
    },
  };
}
