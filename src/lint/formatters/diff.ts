/** `--fix-dry-run`'s diff for a terminal: coloured as `git diff` colours it, and cleaned. */
import type { Style } from '../../render/style.js';
import { cleanText } from '../../text/sanitize.js';

/**
 * Removed lines red, added green, hunk heads as labels, file heads bold. The brief's lines are
 * cleaned of control sequences first: on a terminal the diff is read, not applied (a pipe gets
 * the exact diff, for `patch`).
 */
export function colourDiff(diff: string, style: Style): string {
  return diff.split('\n').map((raw) => {
    const line = cleanText(raw);
    if (line.startsWith('--- ') || line.startsWith('+++ ')) return style.title(line);
    if (line.startsWith('@@')) return style.label(line);
    if (line.startsWith('-')) return style.error(line);
    if (line.startsWith('+')) return style.done(line);
    return line;
  }).join('\n');
}
