/** An export worker thread (see export-workers.ts): renders each batch of files it is sent. */
import { parentPort, workerData } from 'node:worker_threads';
import { readOne } from './briefs.js';
import { exportEntry } from './export-entry.js';
import type { ExportReply, ExportRequest, ExportWorkerInput } from './export-workers.js';

const { format } = workerData as ExportWorkerInput;
parentPort!.on('message', ({ batch, files }: ExportRequest) => {
  const outcomes = files.map((path) => readOne(path, (text, p) => exportEntry(text, p, format)));
  parentPort!.postMessage({ batch, outcomes } satisfies ExportReply);
});
