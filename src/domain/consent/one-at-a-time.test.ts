import { describe, expect, it } from 'vitest';
import { oneAtATime } from './one-at-a-time.js';

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('oneAtATime', () => {
  it('runs work for one key in turn, other keys at once, and forgets a key when done', async () => {
    const queue = oneAtATime();
    const log: string[] = [];
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const first = queue.run('a', async () => {
      log.push('a1 start');
      await gate;
      log.push('a1 end');
      return 1;
    });
    const second = queue.run('a', async () => {
      log.push('a2');
      return 2;
    });
    const other = queue.run('b', async () => {
      log.push('b');
      return 3;
    });
    await tick();
    expect(log).toEqual(['a1 start', 'b']);
    release();
    expect(await Promise.all([first, second, other])).toEqual([1, 2, 3]);
    expect(log).toEqual(['a1 start', 'b', 'a1 end', 'a2']);
    expect(queue.size).toBe(0);
  });

  it('runs the next work after a failure, and passes the failure to its own caller only', async () => {
    const queue = oneAtATime();
    const failing = queue.run('a', async () => {
      throw new Error('boom');
    });
    const next = queue.run('a', async () => 'ok');
    await expect(failing).rejects.toThrow('boom');
    expect(await next).toBe('ok');
    expect(queue.size).toBe(0);
  });
});
