/** main(argv, io): the one place where errors become exit codes. */
import { CommanderError } from '@commander-js/extra-typings';
import { createProgram, helpTopic } from './program.js';
import { commandNames, unknownCommandMessage } from './usage-errors.js';
import { BriefError, ExitCode, UsageError } from './errors.js';
import type { IO } from './io.js';
import { cleanLine } from '../text/sanitize.js';


export async function main(argv: string[], io: IO): Promise<number> {
  let code: number = ExitCode.Ok;
  try {
    if (argv[0] === '__complete') {
      const { runComplete } = await import('./commands/completion.js');
      return await runComplete(argv.slice(1), io);
    }
    const { program } = await createProgram(io, argv, (c) => { code = c; });
    if (argv.length === 0) {
      io.out(program.helpInformation());
      return ExitCode.Ok;
    }
    // commander answers `help <unknown>` with the whole help: one line and a suggestion instead.
    const topic = helpTopic(program, argv);
    if (topic !== undefined && !commandNames(program).includes(topic)) throw new UsageError(unknownCommandMessage(topic, program));
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit 0; every other commander error is a usage error, already printed.
      return error.exitCode === 0 ? ExitCode.Ok : ExitCode.Usage;
    }
    if (error instanceof UsageError || error instanceof BriefError) {
      io.err(`brief: ${cleanLine(error.message)}\n`);
      return error.exitCode;
    }
    const detail = io.env.BRIEF_DEBUG ? `\n${(error as Error).stack ?? String(error)}` : ' (set BRIEF_DEBUG=1 for details)';
    io.err(`brief: unexpected error: ${cleanLine((error as Error).message ?? String(error))}${detail}\n`);
    return ExitCode.Usage;
  }
}
