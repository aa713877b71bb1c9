/** `brief completion bash|zsh|fish`, and `brief __complete`, which the scripts call for candidates. */
import { Argument, Command } from '@commander-js/extra-typings';
import { discoverBriefs } from '../../brief/discover.js';
import { briefRef, sharedIds } from '../../brief/address.js';
import { cleanLine } from '../../text/sanitize.js';
import { defineCommand } from '../command.js';
import { complete, type CompletionSources } from '../complete.js';
import { COMPLETION_SCRIPTS } from '../completion-scripts.js';
import { createContext } from '../context.js';
import { ExitCode } from '../errors.js';
import type { IO } from '../io.js';
import { createProgram } from '../program.js';

export default defineCommand({
  create: () => new Command('completion')
    .description('print a shell completion script (commands, options, brief ids, scenario labels)')
    .addArgument(new Argument('<shell>', 'the shell').choices(['bash', 'zsh', 'fish'] as const))
    .addHelpText('after', `
Examples:
  $ source <(brief completion bash)                 # in ~/.bashrc
  $ source <(brief completion zsh)                  # in ~/.zshrc, after compinit
  $ brief completion fish > ~/.config/fish/completions/brief.fish`),

  run([shell], _opts, ctx) {
    ctx.io.out(COMPLETION_SCRIPTS[shell]);
    return ExitCode.Ok;
  },
});

/**
 * `brief __complete <words...>`: candidates, one per line, for the raw words typed (before
 * commander applies options or rejects a half-typed flag). Never an error: a shell shows
 * nothing rather than a message.
 */
export async function runComplete(words: string[], io: IO): Promise<number> {
  const { program, commands } = await createProgram(io, [], () => {});
  const follow = words.includes('--follow');
  // The briefs directory as every command finds it (BRIEF_DIR, then .briefrc.json), unless --dir was typed.
  const quiet: IO = { ...io, err: () => {} };
  const briefsDir = async (dir: string | undefined): Promise<string> => dir ?? (await createContext(quiet, { follow })).dir;
  const sources: CompletionSources = {
    ids: async (dir) => {
      try {
        // An id that names several briefs would fail: each of them is offered by its path instead (`en/x`).
        const folder = await briefsDir(dir);
        const { files, aliases } = await discoverBriefs(folder, { follow });
        const shared = sharedIds([...files, ...aliases]);
        return [...new Set(files.map((file) => briefRef(folder, file, shared)))].sort();
      } catch {
        return [];
      }
    },
    revisions: async (dir) => {
      try {
        const { listRevisions } = await import('../git.js');
        return await listRevisions(await briefsDir(dir), io.env);
      } catch {
        return [];
      }
    },
    metadata: async (dir, field) => {
      try {
        const folder = await briefsDir(dir);
        const { files } = await discoverBriefs(folder, { follow });
        const { readMeta } = await import('../brief-filters.js');
        const { readOne } = await import('../briefs.js');
        const values = new Set<string>();
        for (const file of files) {
          const read = readOne(file, readMeta);
          if ('value' in read) for (const value of read.value[field]) values.add(value);
        }
        return [...values].sort();
      } catch {
        return [];
      }
    },
    labels: async (dir, ref) => {
      try {
        const { loadBrief } = await import('../load.js');
        return (await loadBrief(ref, { dir: await briefsDir(dir), follow })).scenarios.map((s) => s.label);
      } catch {
        return [];
      }
    },
  };
  // Ids come from file names: a name with control characters is not offered (it would reach the terminal).
  const candidates = (await complete(program as never, commands, words, sources)).filter((c) => cleanLine(c) === c);
  if (candidates.length > 0) io.out(`${candidates.join('\n')}\n`);
  return ExitCode.Ok;
}
