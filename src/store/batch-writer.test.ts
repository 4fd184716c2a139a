import { describe, expect, it } from 'vitest';
import { createBatchWriter } from './batch-writer.js';

describe('createBatchWriter', () => {
  it('puts rows that arrive during a write into the next write, and resolves each after its own write', async () => {
    const writes: number[][] = [];
    let release: (() => void) | undefined;
    const writer = createBatchWriter<number, string>({
      write: async (rows) => {
        writes.push(rows);
        if (writes.length === 1) {
          await new Promise<void>((r) => {
            release = r;
          });
        }
        return rows.map((r) => `ok ${r}`);
      },
      maxBatch: 3,
      concurrency: 1,
    });
    const first = writer.write([1, 2]);
    await new Promise((r) => setImmediate(r));
    const second = writer.write([3]);
    const third = writer.write([4, 5, 6, 7]);
    let secondDone = false;
    void second.then(() => {
      secondDone = true;
    });
    await new Promise((r) => setTimeout(r, 10));
    expect(writes).toEqual([[1, 2]]);
    expect(secondDone).toBe(false);
    release?.();
    expect(await first).toEqual(['ok 1', 'ok 2']);
    expect(await second).toEqual(['ok 3']);
    expect(await third).toEqual(['ok 4', 'ok 5', 'ok 6', 'ok 7']);
    expect(writes).toEqual([
      [1, 2],
      [3, 4, 5],
      [6, 7],
    ]);
    await writer.drain();
  });

  it('rejects every row of a failed write and goes on with the next', async () => {
    let calls = 0;
    const writer = createBatchWriter<number, number>({
      write: async (rows) => {
        calls += 1;
        if (calls === 1) {
          throw new Error('database down');
        }
        return rows;
      },
      maxBatch: 10,
      concurrency: 1,
    });
    await expect(writer.write([1, 2])).rejects.toThrow('database down');
    expect(await writer.write([3])).toEqual([3]);
  });

  it('runs at most `concurrency` writes at once', async () => {
    let running = 0;
    let peak = 0;
    const writer = createBatchWriter<number, number>({
      write: async (rows) => {
        running += 1;
        peak = Math.max(peak, running);
        await new Promise((r) => setTimeout(r, 5));
        running -= 1;
        return rows;
      },
      maxBatch: 1,
      concurrency: 2,
    });
    await Promise.all(Array.from({ length: 10 }, (_, i) => writer.write([i])));
    expect(peak).toBe(2);
  });

  it('starts a further write only when a full batch waits, so a few rows wait for the running write', async () => {
    const writes: number[][] = [];
    const releases: (() => void)[] = [];
    const writer = createBatchWriter<number, number>({
      write: async (rows) => {
        writes.push(rows);
        await new Promise<void>((r) => {
          releases.push(r);
        });
        return rows;
      },
      maxBatch: 3,
      concurrency: 2,
    });
    const tick = () => new Promise((r) => setTimeout(r, 5));
    const all = [writer.write([1])];
    await tick();
    all.push(writer.write([2]), writer.write([3]));
    await tick();
    // Two rows wait (less than a batch of 3): no second write while the first runs.
    expect(writes).toEqual([[1]]);
    all.push(writer.write([4]));
    await tick();
    // A full batch waits: it gets the second connection.
    expect(writes).toEqual([[1], [2, 3, 4]]);
    all.push(writer.write([5]));
    releases.shift()?.();
    await tick();
    // The first write is done, the second still runs: one row waits for it rather than taking a write of its own.
    expect(writes).toEqual([[1], [2, 3, 4]]);
    releases.shift()?.();
    await tick();
    expect(writes).toEqual([[1], [2, 3, 4], [5]]);
    releases.shift()?.();
    expect(await Promise.all(all)).toEqual([[1], [2], [3], [4], [5]]);
    await writer.drain();
  });
});
