/** A worker thread of brief-workers.ts: reads each batch of files it is sent, for its task. */
import { parentPort, workerData } from 'node:worker_threads';
import { readOne } from './briefs.js';
import type { WorkerReply, WorkerRequest, WorkerInput } from './brief-workers.js';
import { readerFor } from './worker-tasks.js';

const read = readerFor((workerData as WorkerInput).task);
parentPort!.on('message', ({ batch, files }: WorkerRequest) => {
  const outcomes = files.map((path) => readOne(path, read));
  parentPort!.postMessage({ batch, outcomes } satisfies WorkerReply);
});
