/** `brief judgments [briefs...]`: every estimative judgement (an ICD 203 term) across the briefs. */
import { Command, Option } from '@commander-js/extra-typings';
import { judgmentFields, type JudgmentEntry } from '../../judgments/schema.js';
import { BANDS, bandNamed, countBands, HEDGE_BAND, sortByBand, TERM_NAMES, termNamed } from '../../judgments/select.js';
import { renderJudgmentsTerminal, renderJudgmentsTSV } from '../../render/judgments.js';
import { cleanLine } from '../../text/sanitize.js';
import { closestMatches } from '../../text/suggest.js';
import { briefFilter, noFileMatches, withBriefFilters } from '../brief-filters.js';
import { briefFiles, refNamer } from '../brief-refs.js';
import { readEachFor } from '../brief-workers.js';
import { defineCommand } from '../command.js';
import { ExitCode, UsageError } from '../errors.js';
import { selectedArrayWriter, writeSelectedArray } from '../json-output.js';
import type { WorkerTask } from '../worker-tasks.js';

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

function unknownTerm(flag: string, value: string): UsageError {
  const [best] = closestMatches(value.toLowerCase(), TERM_NAMES, 1);
  // The terms are a closed list: with none close, the list, as for any such value.
  const terms = BANDS.map((b) => `${b.band} ${b.terms.join(' or ')}`).join(', ');
  const allowed = `give ${flag === '--band' ? 'a band, a term or hedge' : 'a term'} (by band: ${terms})`;
  return new UsageError(`${flag} "${cleanLine(value)}" is not an ICD 203 term${flag === '--band' ? ' or a band 1-7' : ''}; ${best ? `did you mean ${best}?` : allowed}`);
}

export default defineCommand({
  // The British spelling, which the output uses, answers too.
  create: () => withBriefFilters(new Command('judgments').alias('judgements')
    .description('list every estimative judgement (ICD 203 term) in the briefs, with its band'))
    .argument('[briefs...]', 'brief ids, paths, or folders (default: the briefs directory)')
    .option('--term <term>', 'only this term (any form: "probably" is probable; repeat for any of several)', collect)
    .option('--band <band>', 'only this band: 1-7, a term of either row ("likely" is band 5, with "probable"), or hedge for the hedges; repeatable', collect)
    .option('--hedges', 'also each hedge ("may", "might", "perhaps", "possibly", "could possibly"): a judgement on no band')
    .addOption(new Option('--sort <key>', 'order: by brief and line, or by band (lowest first)').choices(['file', 'band'] as const).default('file' as const))
    .option('--json [fields]', 'print JSON; --json id,line,term selects fields')
    .addHelpText('after', `
A judgement is a use of an ICD 203 estimative term (either row: likely or
probable, very unlikely or highly improbable, ...; adverbs such as "probably" and
"almost certainly" count as their term) in a brief's own prose, or a scenario's
likelihood in the frontmatter (section "frontmatter"). Quotations (blockquotes,
text in double quotes), code, HTML comments and the addresses of links and images
(https://example.org/likely-x) are not the writer's judgement and are left out; a
link's text is read. "Very likely" counts once, as very likely; "unlikely" is not
"likely". --hedges adds the hedges, words that say only that something is possible
("may", "might", "perhaps"; lower-case "may", as "May" is the month), with band "-".
The briefs are those named (ids, paths or folders; a path or folder not found
from here is looked up in the briefs directory, as en/ for <dir>/en), else every
brief in the briefs directory.

A term the writer denies ("not likely", "never probable") is negated: marked
"(negated)" on a terminal, negated true in the last column and in --json.

Output: on a terminal, the judgements grouped by brief, then a chart of how
often each band is used; piped, one line per judgement with tab-separated id,
line, band (- for a hedge), term, section, sentence and negated (true or
false), the term's column coloured with --color always. Exit status: 0 (also
when none is found: a message on stderr says so, or names the brief filter
that kept no brief, with the closest value), 2 for bad arguments.

Examples:
  $ brief judgments
  $ brief judgments istanbul-talks baltic-cable-sabotage
  $ brief judgments --band likely --sort band         # band 5: likely or probable
  $ brief judgments --term "almost certain" --tag security --since 2025
  $ brief judgments tests/fixtures/house-styles
  $ brief judgments --dir tests/fixtures house-styles/   # a folder in it
  $ brief judgments --hedges --sort band              # the calibrated, then the hedges
  $ brief judgments --band hedge                      # only the hedges
  $ brief judgments --json | jq -r '.[] | [.id, .line, .term] | @tsv'
  $ brief judgments | awk -F'\\t' '$7 == "true"'      # only the negated terms`),
  complete: ['brief'],
  jsonFields: judgmentFields,
  completeOptions: {
    '--term': BANDS.flatMap((b) => b.terms),
    '--band': [...BANDS.map((b) => String(b.band)), ...BANDS.flatMap((b) => b.terms), 'hedge'],
  },

  async run([refs], opts, ctx) {
    const filter = briefFilter(opts);
    const terms = opts.term?.map((t) => termNamed(t) ?? (() => { throw unknownTerm('--term', t); })());
    const bands = opts.band?.map((b) => bandNamed(b) ?? (() => { throw unknownTerm('--band', b); })());
    const files = await briefFiles(refs, ctx);
    // --band hedge asks for the hedges, so it finds them without --hedges too.
    const hedges = opts.hedges === true || bands?.includes(HEDGE_BAND) === true;
    const task: WorkerTask = { kind: 'judgments', query: { filter, terms, bands, hedges } };
    // Briefs read (each gives its judgements, none when the filters leave it out) and judgements found.
    let read = 0;
    let found = 0;
    // Many briefs are read on worker threads, as export --all reads them (brief-workers.ts).
    const judged = async function* (): AsyncGenerator<JudgmentEntry[]> {
      for await (const some of readEachFor<JudgmentEntry[]>(files, task, ctx)) {
        read += 1;
        found += some.length;
        yield some;
      }
    };
    if (opts.json && opts.sort !== 'band') {
      // In file order, each brief's judgements are written as it is read: a register of
      // hundreds of thousands is never held whole.
      const writer = selectedArrayWriter(opts.json, ctx.io);
      for await (const some of judged()) await writer.add(some);
      writer.end();
    } else {
      let entries: JudgmentEntry[] = [];
      for await (const some of judged()) for (const j of some) entries.push(j);
      if (opts.sort === 'band') entries = sortByBand(entries);
      if (opts.json) await writeSelectedArray(entries, opts.json, ctx.io);
      else if (entries.length > 0 && ctx.width !== null) {
        // Each brief as the reader would name it next (`brief show en/x`), where two share an id.
        const refOf = refNamer(files, ctx.dir);
        ctx.io.out(renderJudgmentsTerminal(entries.map((j) => ({ ...j, id: refOf(j) })), countBands(entries), ctx.style, ctx.width, opts.hedges === true));
      }
      else if (entries.length > 0) ctx.io.out(renderJudgmentsTSV(entries, ctx.style));
    }
    // Why none was found, on stderr: the brief filters left every brief out (named in any output
    // mode, as list names them), or the briefs have none. When no brief could be read, each was
    // named as it was skipped, and that is the reason.
    if (found === 0 && (read > 0 || files.length === 0)) {
      const why = read > 0 ? await noFileMatches(files, opts) : null;
      if (why !== null) ctx.io.err(`brief: ${why}\n`);
      else if (!opts.json) ctx.io.err(`brief: no estimative judgements${files.length === 0 ? ': no briefs' : ` found${termFilters(opts)}`}\n`);
    }
    return ExitCode.Ok;
  },
});

/** ` with --band hedge`: the term and band filters a search for judgements was narrowed by, as given. */
function termFilters(opts: { term?: string[]; band?: string[] }): string {
  const given = [...(opts.term ?? []).map((t) => `--term ${quoteArg(t)}`), ...(opts.band ?? []).map((b) => `--band ${quoteArg(b)}`)];
  return given.length === 0 ? '' : ` with ${given.join(' ')}`;
}

const quoteArg = (arg: string): string => (/^[\w-]+$/.test(arg) ? arg : `"${cleanLine(arg)}"`);
