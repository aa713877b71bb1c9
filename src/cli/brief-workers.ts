/**
 * The commands that read every brief (`export --all`, `judgments`, `indicators`, `search`) on
 * every core: the files go to worker threads in batches, handed out as the workers finish, and
 * what each brief gives comes back in file order. Only a few batches are out at a time, so
 * memory does not grow with the archive.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { readEach, readOne, reportSkipped, type Outcome } from './briefs.js';
import type { Context } from './context.js';
import { parallelThreshold } from './lint-workers.js';
import { readerFor, type WorkerTask } from './worker-tasks.js';

export interface WorkerInput { task: WorkerTask }
export interface WorkerRequest { batch: number; files: string[] }
export interface WorkerReply { batch: number; outcomes: Array<Outcome<unknown>> }

/** Files a batch: few enough that the workers finish together, enough that messages cost little. */
const BATCH = 64;
/** Batches a worker holds at once: the next is waiting when it finishes one. */
const PER_WORKER = 2;
/**
 * A cap on the old generation keeps the peak low. The young generation is left near V8's own
 * size: each brief's parse is garbage within it, and a smaller one (16 MB, as lint's workers)
 * made the workers spend more CPU, much of it collecting on V8's threads (docs/architecture.md).
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 48 };

interface Pooled { worker: Worker; inFlight: Set<number>; alive: boolean }

/**
 * How many worker threads read briefs: `BRIEF_WORKERS` when set (0: none), else one a core
 * (none on one core).
 */
export function workerCount(env: NodeJS.ProcessEnv): number {
  const asked = env.BRIEF_WORKERS;
  if (asked !== undefined && /^\d+$/.test(asked.trim())) return Number(asked);
  const cores = availableParallelism();
  return cores > 1 ? cores : 0;
}

/**
 * From how many files the workers read the briefs: `BRIEF_PARALLEL_THRESHOLD` when set, else
 * 1,500 (as lint) with more than two cores and 30,000 with two. Each worker compiles the parser
 * for itself, on V8's threads: with two cores that takes the core the other worker needs, and
 * one thread was faster up to 20,000 briefs and the pool from 40,000 (docs/architecture.md).
 */
export function poolThreshold(env: NodeJS.ProcessEnv): number {
  if (env.BRIEF_PARALLEL_THRESHOLD !== undefined) return parallelThreshold(env);
  return availableParallelism() > 2 ? parallelThreshold(env) : 30_000;
}

/**
 * What `task` gives for each readable brief, as readEach gives it: on worker threads when there
 * are enough files (poolThreshold) and workers to use (workerCount), else on this thread.
 */
export function readEachFor<T>(files: readonly string[], task: WorkerTask, ctx: Pick<Context, 'io'>): AsyncGenerator<T> {
  const count = Math.min(workerCount(ctx.io.env), Math.ceil(files.length / 500));
  const parallel = files.length >= poolThreshold(ctx.io.env) && count > 0;
  return parallel ? readInWorkers<T>(files, task, count, ctx) : readEach(files, readerFor(task) as (text: string, path: string) => Outcome<T>, ctx);
}

/**
 * Each readable brief's value, in file order; each brief left out is named on stderr in its
 * turn. A batch whose worker failed (a crash, the heap cap) is done on this thread.
 */
async function* readInWorkers<T>(files: readonly string[], task: WorkerTask, count: number, ctx: Pick<Context, 'io'>): AsyncGenerator<T> {
  const read = readerFor(task) as (text: string, path: string) => Outcome<T>;
  const batches = Math.ceil(files.length / BATCH);
  const slice = (b: number): string[] => files.slice(b * BATCH, (b + 1) * BATCH);
  const done = new Map<number, Array<Outcome<T>>>();
  let wake: (() => void) | null = null;
  const notify = (): void => { const w = wake; wake = null; w?.(); };
  let closing = false;

  const pool: Pooled[] = Array.from({ length: count }, () => {
    const input: WorkerInput = { task };
    // The worker sits beside this module in the bundle (dist/bundle) and in the tsc build (dist/cli).
    const worker = new Worker(new URL('./brief-worker.js', import.meta.url), { workerData: input, resourceLimits: WORKER_LIMITS });
    const pooled: Pooled = { worker, inFlight: new Set(), alive: true };
    worker.on('message', (reply: WorkerReply) => {
      pooled.inFlight.delete(reply.batch);
      done.set(reply.batch, reply.outcomes as Array<Outcome<T>>);
      notify();
    });
    const fail = (): void => {
      if (closing || !pooled.alive) return;
      // Its batches are done here instead (the main loop finds them in no worker's hands).
      pooled.alive = false;
      pooled.inFlight.clear();
      notify();
    };
    worker.on('error', fail);
    worker.on('exit', fail);
    return pooled;
  });

  let next = 0;
  const handOut = (): void => {
    for (const pooled of pool) {
      while (pooled.alive && pooled.inFlight.size < PER_WORKER && next < batches) {
        pooled.inFlight.add(next);
        pooled.worker.postMessage({ batch: next, files: slice(next) } satisfies WorkerRequest);
        next += 1;
      }
    }
  };
  const held = (b: number): boolean => pool.some((p) => p.alive && p.inFlight.has(b));

  try {
    for (let b = 0; b < batches; b += 1) {
      handOut();
      while (!done.has(b)) {
        if (!held(b)) {
          done.set(b, slice(b).map((path) => readOne(path, read)));
          break;
        }
        await new Promise<void>((resolve) => { wake = resolve; });
      }
      const outcomes = done.get(b)!;
      done.delete(b);
      for (const [i, outcome] of outcomes.entries()) {
        if ('value' in outcome) yield outcome.value;
        else reportSkipped(files[b * BATCH + i]!, outcome.problem, ctx);
      }
    }
  } finally {
    closing = true;
    await Promise.all(pool.map((p) => p.worker.terminate()));
  }
}
