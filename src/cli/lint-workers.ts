/**
 * Linting a large set of files on every core: the files are split into contiguous slices, one
 * worker thread each, and the messages come back in file order. Used only for read-only runs.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { BriefConfig } from '../lint/config.js';
import type { LintMessage } from '../lint/types.js';
import { lintFiles, type LintRun } from './lint-files.js';

/**
 * Below this many files one thread wins: starting a worker and loading the linter costs more
 * than it saves (npm run bench measures both; BRIEF_PARALLEL_THRESHOLD overrides it).
 */
export function parallelThreshold(env: NodeJS.ProcessEnv): number {
  return Number(env.BRIEF_PARALLEL_THRESHOLD ?? 1500);
}

/**
 * Each worker keeps little (its messages), but V8 lets a busy heap grow: capping it makes the
 * collector run sooner, for a lower peak at a small cost in time. A worker that
 * fails anyway (a huge brief over the cap) has its slice linted again on the main thread.
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 16 };

export interface WorkerInput { files: string[]; config: BriefConfig; today: string | undefined }
export type WorkerOutput = { progress: number; messages: LintMessage[] } | { done: true } | { error: string };

export async function lintInWorkers(files: string[], config: BriefConfig, progress?: (done: number) => void, today?: string): Promise<LintRun> {
  const count = Math.min(availableParallelism(), Math.ceil(files.length / 500));
  const size = Math.ceil(files.length / count);
  const done = new Array<number>(count).fill(0);
  const slices = await Promise.all(Array.from({ length: count }, (_, i) => new Promise<LintMessage[]>((resolve, reject) => {
    const input: WorkerInput = { files: files.slice(i * size, (i + 1) * size), config, today };
    // Settles once: with the worker's messages, or by linting its slice here if it failed.
    let settled = false;
    const finish = (messages: LintMessage[] | null): void => {
      if (settled) return;
      settled = true;
      if (messages) resolve(messages);
      else lintFiles(input.files, config, { today }).then((run) => resolve(run.messages), reject);
    };
    // The worker sits beside this module in the bundle (dist/bundle) and in the tsc build (dist/cli).
    const worker = new Worker(new URL('./lint-worker.js', import.meta.url), { workerData: input, resourceLimits: WORKER_LIMITS });
    const received: LintMessage[] = [];
    worker.on('message', (message: WorkerOutput) => {
      if ('progress' in message) {
        for (const m of message.messages) received.push(m);
        done[i] = message.progress;
        progress?.(done.reduce((a, b) => a + b, 0));
      } else finish('done' in message ? received : null);
    });
    worker.on('error', () => finish(null));
    // Node delivers a worker's messages before its exit event: still unsettled here means it
    // stopped without finishing (a crash, or the heap cap).
    worker.on('exit', () => finish(null));
  })));
  return { messages: slices.flat(), diff: '', fixed: 0, fixedProblems: 0, notWritten: 0 };
}
