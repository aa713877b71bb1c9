/**
 * The lines that match, for the briefs a search shows. A search that shows a few of many briefs
 * scans for counts only: the hits of every matching brief, kept until the ranking is known, were
 * most of a large search's time and memory. The briefs shown are then read again for their hits.
 */
import type { Match } from '../search/rank.js';
import type { Found } from '../search/schema.js';
import { cleanLine } from '../text/sanitize.js';
import { readOne, reportSkipped, type Outcome } from './briefs.js';
import type { Context } from './context.js';
import { readerFor, type SearchQuery, type SearchRead } from './worker-tasks.js';

/**
 * `shown` with each brief's hits, read again from its file. A brief changed since the scan, so
 * that it no longer matches or can no longer be read, is named on stderr and left out: its
 * score and its lines would no longer agree.
 */
export function rereadHits(shown: ReadonlyArray<Match<Found>>, query: SearchQuery, ctx: Pick<Context, 'io'>): Array<Match<Found>> {
  const read = readerFor({ kind: 'search', query: { ...query, withHits: true } }) as (text: string, path: string) => Outcome<SearchRead>;
  const kept: Array<Match<Found>> = [];
  for (const match of shown) {
    const { path } = match.brief;
    const outcome = readOne(path, read);
    if (!('value' in outcome)) {
      reportSkipped(path, outcome.problem, ctx);
      continue;
    }
    const again = outcome.value?.reading.match;
    if (again === undefined || again === null) {
      ctx.io.err(`brief: ${cleanLine(path)}: changed during the search and no longer matches (skipped)\n`);
      continue;
    }
    kept.push({ brief: match.brief, score: match.score, hits: again.hits });
  }
  return kept;
}
