// Loaded with `node --import`: records every module the process loads, one per line, in the
// file named by BRIEF_TRACE_FILE: ESM URLs (through a resolve hook) and CommonJS requests
// (through Module._load), to check what start-up loads.
import { appendFileSync } from 'node:fs';
import Module, { register } from 'node:module';

const file = process.env.BRIEF_TRACE_FILE;
register('./trace-hooks.mjs', import.meta.url, { data: { file } });
const load = Module._load;
Module._load = function traced(request, ...rest) {
  if (file) appendFileSync(file, `cjs:${request}\n`);
  return load.call(this, request, ...rest);
};
