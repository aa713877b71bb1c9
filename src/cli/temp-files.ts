/** Temporary files of writes in progress: removed if the process is interrupted (cli/process.ts). */
export const pendingTempFiles = new Set<string>();
