// Loaded with `node --import`: records every module URL the process resolves, one per line,
// in the file named by BRIEF_TRACE_FILE (to check what start-up loads).
import { register } from 'node:module';

register('./trace-hooks.mjs', import.meta.url, { data: { file: process.env.BRIEF_TRACE_FILE } });
