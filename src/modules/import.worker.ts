import { parentPort } from 'node:worker_threads';
import { AppError } from '../errors.js';
import { runImportJob } from './import-job.js';

/**
 * The import worker (see import-runner.ts): runs one import a message and answers its view or its error. An
 * AppError goes back as its code, message and details; anything else as a bare failure, without its message (it
 * may quote the document).
 */
parentPort?.on(
  'message',
  async (job: Omit<Parameters<typeof runImportJob>[0], 'now'> & { id: number; now: string }) => {
    try {
      const view = await runImportJob({ ...job, now: new Date(job.now) });
      parentPort?.postMessage({ id: job.id, view });
    } catch (error) {
      parentPort?.postMessage({
        id: job.id,
        error:
          error instanceof AppError
            ? { code: error.code, message: error.message, details: error.details }
            : { code: 'internal' },
      });
    }
  },
);

// Loaded: the runner hands over the first import now, so its deadline does not include this start.
parentPort?.postMessage({ ready: true });
