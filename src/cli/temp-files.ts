/** Temporary files of writes in progress, and folders of PDF prints: removed if the process is interrupted (cli/process.ts). */
export const pendingTempFiles = new Set<string>();
