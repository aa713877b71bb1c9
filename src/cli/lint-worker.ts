/** A lint worker thread (see lint-workers.ts): lints its slice of files and posts the messages back. */
import { parentPort, workerData } from 'node:worker_threads';
import { lintFile } from './lint-files.js';
import type { WorkerInput, WorkerOutput } from './lint-workers.js';
import type { LintMessage } from '../lint/types.js';

const { files, config, today } = workerData as WorkerInput;
const post = (message: WorkerOutput): void => parentPort!.postMessage(message);
try {
  // Messages go back every 200 files with the progress, so the worker never holds many.
  let messages: LintMessage[] = [];
  for (const [i, file] of files.entries()) {
    for (const m of lintFile(file, config, today).messages) messages.push(m);
    if (i % 200 === 199 || i === files.length - 1) {
      post({ progress: i + 1, messages });
      messages = [];
    }
  }
  post({ done: true });
} catch (error) {
  post({ error: (error as Error).message });
}
