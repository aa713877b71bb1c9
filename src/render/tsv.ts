/** Tab-separated lines for scripts (`cut -f`, `awk -F'\t'`), as the listing commands print them when piped. */
import { cleanLine } from '../text/sanitize.js';

/**
 * One cell: text from a brief without its control characters, and with no tab or line break
 * that would split the line or shift the columns after it. Null (a value missing) is empty.
 */
export const tsvCell = (text: string | null): string => cleanLine(text ?? '').replace(/\t/g, ' ');
