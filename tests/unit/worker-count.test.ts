/**
 * How many worker threads read many briefs: none on two cores, where one thread was measured
 * faster than the pool, one a core but one above that, and BRIEF_WORKERS when it is set.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

const cores = vi.hoisted(() => ({ n: 2 }));
vi.mock('node:os', async (original) => ({ ...(await original<typeof import('node:os')>()), availableParallelism: () => cores.n }));
const { workerCount } = await import('../../src/cli/brief-workers.js');

describe('workerCount', () => {
  afterEach(() => { cores.n = 2; });

  it.each([[1, 0], [2, 0], [3, 2], [4, 3], [16, 15]])('on %i cores uses %i workers', (n, expected) => {
    cores.n = n;
    expect(workerCount({})).toBe(expected);
  });

  it('takes BRIEF_WORKERS as given, 0 for none', () => {
    expect(workerCount({ BRIEF_WORKERS: '2' })).toBe(2);
    cores.n = 8;
    expect(workerCount({ BRIEF_WORKERS: '0' })).toBe(0);
    expect(workerCount({ BRIEF_WORKERS: ' 3 ' })).toBe(3);
  });

  it('ignores a BRIEF_WORKERS that is not a count', () => {
    cores.n = 4;
    for (const value of ['', 'many', '-1', '1.5']) expect(workerCount({ BRIEF_WORKERS: value })).toBe(3);
  });
});
