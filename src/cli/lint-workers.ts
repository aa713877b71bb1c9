/**
 * Linting a large set of files on every core: the files are split into contiguous slices, one
 * worker thread each, and the messages come back in file order. Used only for read-only runs.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { BriefConfig } from '../lint/config.js';
import type { LintMessage } from '../lint/types.js';
import type { LintRun } from './lint-files.js';

/**
 * Below this many files one thread wins: a worker costs ~50 ms to start and load the linter,
 * and linting takes ~0.3 ms a brief (npm run bench measures both).
 */
export const PARALLEL_THRESHOLD = Number(process.env.BRIEF_PARALLEL_THRESHOLD ?? 1500);

export interface WorkerInput { files: string[]; config: BriefConfig }
export type WorkerOutput = { progress: number } | { messages: LintMessage[] } | { error: string };

export async function lintInWorkers(files: string[], config: BriefConfig, progress?: (done: number) => void): Promise<LintRun> {
  const count = Math.min(availableParallelism(), Math.ceil(files.length / 500));
  const size = Math.ceil(files.length / count);
  const done = new Array<number>(count).fill(0);
  const slices = await Promise.all(Array.from({ length: count }, (_, i) => new Promise<LintMessage[]>((resolve, reject) => {
    const input: WorkerInput = { files: files.slice(i * size, (i + 1) * size), config };
    // The worker sits beside this module in the bundle (dist/bundle) and in the tsc build (dist/cli).
    const worker = new Worker(new URL('./lint-worker.js', import.meta.url), { workerData: input });
    worker.on('message', (message: WorkerOutput) => {
      if ('progress' in message) {
        done[i] = message.progress;
        progress?.(done.reduce((a, b) => a + b, 0));
      } else if ('messages' in message) resolve(message.messages);
      else reject(new Error(message.error));
    });
    worker.on('error', reject);
    worker.on('exit', (code) => { if (code !== 0) reject(new Error(`lint worker stopped (exit ${code})`)); });
  })));
  return { messages: slices.flat(), diff: '' };
}
