/**
 * `export --all` on every core: the files go to worker threads in batches, handed out as the
 * workers finish, and the entries come back in file order. Only a few batches are out at a
 * time, so memory does not grow with the archive.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { readOne, reportSkipped, type Outcome } from './briefs.js';
import type { Context } from './context.js';
import { exportEntry, type ExportFormat } from './export-entry.js';

export interface ExportWorkerInput { format: ExportFormat }
export interface ExportRequest { batch: number; files: string[] }
export interface ExportReply { batch: number; outcomes: Array<Outcome<string>> }

/** Files a batch: few enough that the workers finish together, enough that messages cost little. */
const BATCH = 64;
/** Batches a worker holds at once: the next is waiting when it finishes one. */
const PER_WORKER = 2;
/** As lint's workers (lint-workers.ts): a lower peak at a small cost in time. */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 16 };

interface Pooled { worker: Worker; inFlight: Set<number>; alive: boolean }

/**
 * Every readable brief's entry (exportEntry), in file order; each brief left out is named on
 * stderr in its turn. A batch whose worker failed (a crash, the heap cap) is done on this thread.
 */
export async function* exportInWorkers(files: readonly string[], format: ExportFormat, ctx: Pick<Context, 'io'>): AsyncGenerator<string> {
  const batches = Math.ceil(files.length / BATCH);
  const slice = (b: number): string[] => files.slice(b * BATCH, (b + 1) * BATCH);
  const count = Math.min(availableParallelism(), Math.ceil(files.length / 500));
  const done = new Map<number, Array<Outcome<string>>>();
  let wake: (() => void) | null = null;
  const notify = (): void => { const w = wake; wake = null; w?.(); };
  let closing = false;

  const pool: Pooled[] = Array.from({ length: count }, () => {
    const input: ExportWorkerInput = { format };
    // The worker sits beside this module in the bundle (dist/bundle) and in the tsc build (dist/cli).
    const worker = new Worker(new URL('./export-worker.js', import.meta.url), { workerData: input, resourceLimits: WORKER_LIMITS });
    const pooled: Pooled = { worker, inFlight: new Set(), alive: true };
    worker.on('message', (reply: ExportReply) => {
      pooled.inFlight.delete(reply.batch);
      done.set(reply.batch, reply.outcomes);
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
        pooled.worker.postMessage({ batch: next, files: slice(next) } satisfies ExportRequest);
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
          done.set(b, slice(b).map((path) => readOne(path, (text, p) => exportEntry(text, p, format))));
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
