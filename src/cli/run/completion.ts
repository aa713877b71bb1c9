/** Runs `brief completion` and `brief __complete`. */
import type { Command } from '@commander-js/extra-typings';
import { COMPLETION_SCRIPTS } from '../completion-scripts.js';
import { complete, type CompletionSources } from '../complete.js';
import { discoverBriefs } from '../../brief/discover.js';
import { idFromPath } from '../../brief/parse.js';
import type { IO } from '../io.js';
import { ExitCode } from '../errors.js';
import { cleanLine } from '../../text/sanitize.js';

export function runCompletion(shell: keyof typeof COMPLETION_SCRIPTS, io: IO): number {
  io.out(COMPLETION_SCRIPTS[shell]);
  return ExitCode.Ok;
}

/** Candidates, one per line; never an error (a shell shows nothing rather than a message). */
export async function runComplete(program: Command, words: string[], io: IO): Promise<number> {
  const briefsDir = (dir: string | undefined): string => dir ?? (io.env.BRIEF_DIR || 'briefs');
  const follow = words.includes('--follow');
  const sources: CompletionSources = {
    ids: async (dir) => {
      try {
        return [...new Set((await discoverBriefs(briefsDir(dir), { follow })).files.map(idFromPath))].sort();
      } catch {
        return [];
      }
    },
    labels: async (dir, ref) => {
      try {
        const { loadBrief } = await import('../load.js');
        return (await loadBrief(ref, { dir: briefsDir(dir), follow })).scenarios.map((s) => s.label);
      } catch {
        return [];
      }
    },
  };
  // Ids come from file names: a name with control characters is not offered (it would reach the terminal).
  const candidates = (await complete(program as never, words, sources)).filter((c) => cleanLine(c) === c);
  if (candidates.length > 0) io.out(`${candidates.join('\n')}\n`);
  return ExitCode.Ok;
}
