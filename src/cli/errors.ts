/** Typed errors: commands throw these, and only cli/main.ts turns them into exit codes. */

/** Documented exit codes (docs/brief-format.md, "Exit codes"). */
export const ExitCode = {
  Ok: 0,
  /** Lint found errors, a brief could not be read, or output could not be written. */
  Failure: 1,
  /** Bad arguments, an unknown brief, label or command: the command could not run. */
  Usage: 2,
  /** Ctrl-C. SIGTERM and SIGHUP end brief with 143 and 129: 128 + the signal (cli/process.ts). */
  Interrupted: 130,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** Bad arguments or an unknown name: exit 2. */
export class UsageError extends Error {
  readonly exitCode = ExitCode.Usage;
}

/** A brief that cannot be read: exit 1. The message already names the file and line. */
export class BriefError extends Error {
  readonly exitCode = ExitCode.Failure;
}
