/** `brief search <query...>`: full-text search over the briefs, ranked (BM25F), with the matching lines. */
import { Command } from '@commander-js/extra-typings';
import { renderSearchTerminal, renderSearchTSV } from '../../render/search.js';
import { parseQuery, QueryError, type Clause } from '../../search/query.js';
import { SearchScan } from '../../search/rank.js';
import { searchResultFields, searchResultJSON, type Found } from '../../search/schema.js';
import { cleanLine } from '../../text/sanitize.js';
import { briefFilter, noFileMatches, withBriefFilters } from '../brief-filters.js';
import { briefFiles, refNamer } from '../brief-refs.js';
import { defineCommand } from '../command.js';
import { ExitCode, UsageError } from '../errors.js';
import { writeSelectedArray } from '../json-output.js';
import { readEachFor } from '../brief-workers.js';
import { rereadHits } from '../search-hits.js';
import type { SearchQuery, SearchRead } from '../worker-tasks.js';

function limitOf(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n)) throw new UsageError(`--limit "${cleanLine(value)}" is not a number; give a count of briefs (0 for all)`);
  return n;
}

function clausesOf(words: readonly string[]): Clause[] {
  try {
    return parseQuery(words.join(' '));
  } catch (error) {
    if (error instanceof QueryError) throw new UsageError(`${error.message}`);
    throw error;
  }
}

export default defineCommand({
  create: () => withBriefFilters(new Command('search')
    .description('search the briefs\' text: titles, summaries, sections, scenarios, recommendations'))
    .argument('<query...>', 'words (all must match), "quoted phrases", field:word or field:"a phrase"')
    .option('--limit <n>', 'show at most this many briefs (0: all)', '20')
    .option('--json [fields]', 'print JSON; --json id,score,hits selects fields')
    .addHelpText('after', `
A brief matches when every word and phrase of the query is in it; a plural
"s" and accents are ignored ("Mechanisms" finds "mechanism"), and word* finds
words that begin so. A prefix keeps a word or phrase to one part of the brief
(no space after the colon: title:grain):
  title:  tag: (a whole tag)  question: (key_question)  summary:
  scenario:  rec: (a recommendation)  section: (any other section)
Briefs are ranked by BM25F: a match in the title counts more than one in a tag,
the summary, a scenario or recommendation, or a section's text.

Output: on a terminal, each brief with its lines that match (the match
highlighted); piped, one line per match with tab-separated id, line, field,
section, text and scenario label (with --color always, the match highlighted
in the text's column, as grep --color=always). Exit status: 0 when a brief
matches, 1 when none does (as grep; a message on stderr), 2 for bad arguments,
a bad query or output that cannot be written.

Examples:
  $ brief search ceasefire
  $ brief search '"border mechanism"'
  $ brief search scenario:escalation tag:security
  $ brief search rec:monitor* --since 2025
  $ brief search ceasefire --color always | less -R
  $ brief search title:cable --json | jq -r '.[].id'`),
  complete: ['query'],
  jsonFields: searchResultFields,

  answersWithExitOne: true,

  async run([words], opts, ctx) {
    const clauses = clausesOf(words);
    const limit = limitOf(opts.limit);
    const filter = briefFilter(opts);
    const files = await briefFiles([], ctx);
    const scan = new SearchScan<Found>(clauses);
    // When only some briefs are shown, the scan keeps counts, and the briefs shown are read again for their lines.
    const query: SearchQuery = { clauses, filter, withHits: limit === 0 };
    // Many briefs are read on worker threads, as export --all reads them; the scan is kept here.
    for await (const read of readEachFor<SearchRead>(files, { kind: 'search', query }, ctx)) {
      if (read !== null) scan.record(read.found, read.reading);
    }
    const all = scan.results();
    const shown = limit === 0 ? all : rereadHits(all.slice(0, limit), query, ctx);
    if (opts.json) await writeSelectedArray(shown.map((m) => searchResultJSON(m, clauses)), opts.json, ctx.io);
    else if (ctx.width !== null) {
      // Each brief as the reader would name it next (`brief show en/x`), where two share an id.
      const refOf = refNamer(files, ctx.dir);
      ctx.io.out(renderSearchTerminal(shown.map((m) => ({ ...m, brief: { ...m.brief, id: refOf(m.brief) } })), clauses, ctx.style, ctx.width));
    }
    else ctx.io.out(renderSearchTSV(shown, clauses, ctx.style));
    if (all.length === 0) {
      // When the brief filters kept no brief, the fault is theirs: name the filter and the closest
      // value. A briefs directory without briefs was said as it was searched.
      const why = scan.briefsCounted === 0 ? await noFileMatches(files, opts) : null;
      if (files.length > 0) ctx.io.err(`brief: ${why ?? `no brief matches ${cleanLine(words.join(' '))}`}\n`);
      return ExitCode.Failure;
    }
    if (shown.length < all.length) ctx.io.err(`brief: ${shown.length} of ${all.length} matching briefs shown; --limit 0 shows all\n`);
    return ExitCode.Ok;
  },
});
