import { describe, expect, it } from 'vitest';
import { formatTable, summarise } from './harness.js';

describe('bench harness', () => {
  it('summarises samples', () => {
    expect(summarise([5, 1, 3])).toMatchObject({ runs: 3, median: 3, min: 1, max: 5, mean: 3 });
    expect(summarise([4, 1, 3, 2]).median).toBe(2.5);
  });

  it('formats a table with baseline and ratio', () => {
    const table = formatTable({
      benchmark: 'x',
      date: '2026-11-21',
      machine: { cpus: 2, model: 'cpu', node: 'v20' },
      figures: [
        {
          name: 'dijk',
          unit: 'req/s',
          stats: summarise([100]),
          baseline: { name: 'bare', stats: summarise([200]) },
          ratio: 0.5,
          goal: '>= 0.5',
          meetsGoal: true,
        },
      ],
      notes: ['n'],
    });
    expect(table).toContain('bare: 200');
    expect(table).toContain('0.500');
    expect(table).toContain('✓');
  });
});
