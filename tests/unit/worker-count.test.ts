/**
 * When the commands that read every brief use worker threads, and how many: one a core, from
 * 1,500 files with more than two cores and from 30,000 with two (where one thread was measured
 * faster below that), and as BRIEF_WORKERS and BRIEF_PARALLEL_THRESHOLD say when they are set.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

const cores = vi.hoisted(() => ({ n: 2 }));
vi.mock('node:os', async (original) => ({ ...(await original<typeof import('node:os')>()), availableParallelism: () => cores.n }));
const { poolThreshold, workerCount } = await import('../../src/cli/brief-workers.js');

afterEach(() => { cores.n = 2; });

describe('workerCount', () => {
  it.each([[1, 0], [2, 2], [4, 4], [16, 16]])('on %i cores uses %i workers', (n, expected) => {
    cores.n = n;
    expect(workerCount({})).toBe(expected);
  });

  it('takes BRIEF_WORKERS as given, 0 for none', () => {
    expect(workerCount({ BRIEF_WORKERS: '3' })).toBe(3);
    cores.n = 8;
    expect(workerCount({ BRIEF_WORKERS: '0' })).toBe(0);
    expect(workerCount({ BRIEF_WORKERS: ' 1 ' })).toBe(1);
  });

  it('ignores a BRIEF_WORKERS that is not a count', () => {
    cores.n = 4;
    for (const value of ['', 'many', '-1', '1.5']) expect(workerCount({ BRIEF_WORKERS: value })).toBe(4);
  });
});

describe('poolThreshold', () => {
  it.each([[2, 30_000], [3, 1_500], [8, 1_500]])('on %i cores starts the pool at %i files', (n, expected) => {
    cores.n = n;
    expect(poolThreshold({})).toBe(expected);
  });

  it('takes BRIEF_PARALLEL_THRESHOLD on any machine', () => {
    expect(poolThreshold({ BRIEF_PARALLEL_THRESHOLD: '1' })).toBe(1);
    cores.n = 8;
    expect(poolThreshold({ BRIEF_PARALLEL_THRESHOLD: '100000000' })).toBe(100_000_000);
  });
});
