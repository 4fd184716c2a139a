/**
 * Group commit: callers hand in rows and wait; rows that arrive while a write is running go into the next write,
 * so many concurrent requests share one transaction and each caller's promise resolves only after the write that
 * holds its row has committed (a 2xx still means "stored"). With `concurrency` > 1 several writes run at once
 * (PostgreSQL's pool); PGlite has one connection, so 1.
 *
 * While a write is running, a further one starts only once `parallelFrom` rows wait (default: a full batch,
 * `maxBatch`); fewer rows wait for the running write to finish and go together in the next. Each write costs a round
 * trip, a commit and a fixed amount of CPU whatever its size, so starting one for every few rows that arrive spends
 * the server's time on writes instead of requests; concurrency is for a queue one write cannot take.
 */
export function createBatchWriter<Row, Result>(options: {
  write: (rows: Row[]) => Promise<Result[]>;
  maxBatch: number;
  concurrency: number;
  parallelFrom?: number;
}) {
  const parallelFrom = Math.max(1, options.parallelFrom ?? options.maxBatch);
  type Pending = { row: Row; resolve: (r: Result) => void; reject: (e: unknown) => void };
  let queue: Pending[] = [];
  let running = 0;
  let scheduled = false;
  let idle: (() => void)[] = [];

  function pump(): void {
    scheduled = false;
    while (running < options.concurrency && queue.length >= (running === 0 ? 1 : parallelFrom)) {
      const batch = queue.slice(0, options.maxBatch);
      queue = queue.slice(batch.length);
      running += 1;
      options
        .write(batch.map((p) => p.row))
        .then(
          (results) => {
            batch.forEach((p, i) => {
              p.resolve(results[i] as Result);
            });
          },
          (error: unknown) => {
            for (const p of batch) {
              p.reject(error);
            }
          },
        )
        .finally(() => {
          running -= 1;
          if (queue.length > 0) {
            pump();
          } else if (running === 0) {
            const waiting = idle;
            idle = [];
            for (const done of waiting) {
              done();
            }
          }
        });
    }
  }

  return {
    /** Adds rows to the next write; resolves with their results once that write committed. */
    write(rows: readonly Row[]): Promise<Result[]> {
      const promises = rows.map(
        (row) =>
          new Promise<Result>((resolve, reject) => {
            queue.push({ row, resolve, reject });
          }),
      );
      if (!scheduled && running < options.concurrency) {
        // Wait one turn of the event loop so the requests already parsed join this write.
        scheduled = true;
        setImmediate(pump);
      }
      return Promise.all(promises);
    },
    /** Resolves when nothing is queued or being written (shutdown). */
    drain(): Promise<void> {
      if (queue.length === 0 && running === 0) {
        return Promise.resolve();
      }
      return new Promise((resolve) => {
        idle.push(resolve);
      });
    },
  };
}
