/** `brief diff <old> <new>`: what changed in a brief's judgements between two versions. */
import { Command } from '@commander-js/extra-typings';
import { diffBriefs, isSame, type ScenarioChange } from '../../diff/compare.js';
import { likelihoodLine, unexplainedMessage, unexplainedMoves } from '../../diff/explain.js';
import { diffFields, diffJSON } from '../../diff/json.js';
import type { Brief } from '../../brief/model.js';
import { renderDiff } from '../../render/diff.js';
import { cleanLine } from '../../text/sanitize.js';
import { wrap } from '../../text/wrap.js';
import { defineCommand } from '../command.js';
import { loadSide } from '../diff-side.js';
import { ExitCode } from '../errors.js';
import { formatSelected } from '../json-output.js';

export default defineCommand({
  create: () => new Command('diff')
    .description('compare two versions of a brief: judgements, not lines')
    .argument('<old>', 'a brief id, a path to a .md file, or <id>@<git-rev>')
    .argument('<new>', 'the same, for the newer version')
    .option('--json [fields]', 'print the comparison as JSON (brief schema diff); --json scenarios,unexplained selects fields')
    .option('--check', 'exit 1 when a likelihood moved and the new version does not say why')
    .addHelpText('after', `
Reports what a reader of the judgements needs: the title, key question, summary
and conclusion as a word diff ([-removed-]{+added+} when piped, coloured in a
terminal); scenarios added, removed, retitled or relabelled (matched by label,
then by title); each likelihood that moved, on the ICD 203 scale
("C  unlikely -> likely  (up two steps)"); indicators added or removed; and
recommendations added, removed, reworded or checked off.

<id>@<rev> reads the brief as the git revision <rev> holds it (git show), in the
repository that holds the brief: HEAD~1, main, a tag, a commit.

--check: a likelihood that moved must be explained in the new version, by a new
"changes:" frontmatter entry naming the scenario, or a new line naming it under a
"What changed" heading. Each one that is not is printed as file:line.

Exit status: 0 the title and judgements are the same (with --check: every move
explained), 1 they differ (with --check: a move is not explained; a new title
alone is no failure), 2 an error (a brief that cannot be found or read, a
revision git does not know, not a git repository, output that cannot be
written).

Examples:
  $ brief diff istanbul-talks@HEAD~1 istanbul-talks
  $ brief diff istanbul-talks@v1.0 istanbul-talks@main --json | jq '.scenarios[] | select((.likelihood.steps // 0) != 0)'
  $ brief diff drafts/gulf-shipping.md briefs/gulf-shipping.md
  $ brief diff istanbul-talks@origin/main istanbul-talks --check   # in CI: every change of judgement explained`),
  complete: ['version', 'version'],
  answersWithExitOne: true,
  jsonFields: diffFields,

  async run([oldRef, newRef], opts, ctx) {
    const folder = { dir: ctx.dir, follow: ctx.follow };
    const before = await loadSide(oldRef, folder, ctx.io.env);
    const after = await loadSide(newRef, folder, ctx.io.env);
    const diff = diffBriefs(before.brief, after.brief);
    const unexplained = unexplainedMoves(diff, before.brief, after.brief);
    const same = isSame(diff);
    if (opts.json) {
      ctx.io.out(formatSelected(diffJSON(diff, before, after, unexplained, same), opts.json));
    } else if (opts.check) {
      // One line each for a script or CI; on a terminal, wrapped with the lines after the first hanging, as lint's are.
      for (const s of unexplained) {
        const line = uncheckedLine(after.brief, s);
        ctx.io.out(`${ctx.width === null ? line : wrap(line, ctx.width, '    ', '')}\n`);
      }
    } else {
      ctx.io.out(renderDiff(diff, { style: ctx.style, width: ctx.width, oldRef, newRef, unexplained }));
      if (same && ctx.io.stderrIsTTY) ctx.io.err(`brief: no change of judgement between ${cleanLine(oldRef)} and ${cleanLine(newRef)}\n`);
    }
    if (opts.check) return unexplained.length > 0 ? ExitCode.Failure : ExitCode.Ok;
    return same ? ExitCode.Ok : ExitCode.Failure;
  },
});

/** `path:line: scenario C: likelihood unlikely -> likely (up two steps) is not explained; ...` */
function uncheckedLine(brief: Brief, s: ScenarioChange): string {
  return `${cleanLine(brief.path)}:${likelihoodLine(brief, s.label)}: ${cleanLine(unexplainedMessage(s))}`;
}
