/** `brief export <brief>` / `--all`: plain text, JSON, an HTML page or a PDF, to stdout or atomically to a file. */
import { Command, Option } from '@commander-js/extra-typings';
import { briefFields, briefJSON } from '../../render/json.js';
import { renderHtmlPage } from '../../render/html/page.js';
import { renderText } from '../../render/text.js';
import { findBriefs, refuseBriefAsOutput } from '../briefs.js';
import { defineCommand } from '../command.js';
import type { Context } from '../context.js';
import { chromiumMissingMessage, findChromium, printPdf } from '../chromium.js';
import { cleanLine } from '../../text/sanitize.js';
import { BriefError, ExitCode, UsageError } from '../errors.js';
import type { ExportFormat } from '../export-entry.js';
import { exportHtmlFolder } from '../export-html.js';
import { readEachFor } from '../brief-workers.js';
import { formatSelected } from '../json-output.js';
import { loadBrief } from '../load.js';
import { resolveTarget, writeFileAtomic, writeStreamAtomic } from '../write-file.js';

const command = () => new Command('export')
  .description('export a brief (or --all of them) as plain text, JSON, an HTML page or a PDF, to stdout or a file')
  .argument('[brief]', 'a brief id, or a path to a .md file')
  .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'html', 'pdf'] as const).default('text' as const))
  .addOption(new Option('--paper <size>', 'pdf (and html when printed): the paper size; pdf default a4').choices(['a4', 'letter'] as const))
  .option('--json [fields]', 'print JSON; --json title,date selects fields')
  .option('--all', 'every brief in the briefs directory: a JSON array, the texts one after another, or a folder of pages')
  .option('-o, --output <file>', 'write to this file (atomically: it is complete or untouched); --all --format html: a folder')
  .option('--force', 'with -o: replace a read-only file too')
  .addHelpText('after', `
With --all, briefs that cannot be read are named on stderr and left out; the
exit status is then 1, so a script knows the export is incomplete.

--format html is one self-contained page (no script, nothing loaded from the
network; raw HTML in the brief is sanitised). With --all it needs -o <folder>,
an existing folder, and writes <id>.html for each brief and an index.html.
--format pdf prints that page with a Chromium or Chrome found on the machine
($BRIEF_CHROME, else the usual names and install paths; none is downloaded),
to -o <file> or to a stdout that is not a terminal. See docs/export.md.

Exit status: 0 done; 1 a brief could not be read, a file not written, or the
browser failed; 2 bad arguments or an unknown brief.

Examples:
  $ brief export istanbul-talks                      # plain text to stdout
  $ brief export istanbul-talks --format json -o istanbul.json
  $ brief export briefs/istanbul-talks.md --json | jq .recommendations
  $ brief export --all --json | jq -r '.[] | [.id, .summary] | @tsv'
  $ brief export istanbul-talks --format html -o istanbul.html
  $ brief export --all --format html -o site/
  $ brief export istanbul-talks --format pdf --paper letter -o istanbul.pdf`);

type ExportOptions = ReturnType<ReturnType<typeof command>['opts']>;

export default defineCommand({
  create: command,
  complete: ['brief'],
  jsonFields: briefFields,

  async run([ref], opts, ctx) {
    if (opts.json !== undefined && opts.format !== 'text' && opts.format !== 'json') throw new UsageError(`--json and --format ${opts.format} cannot be combined; choose one`);
    const json = opts.json !== undefined ? true : opts.format === 'json';
    if (opts.format === 'pdf' && !json) return exportPdf(ref, opts, ctx);
    if (opts.all) {
      if (ref !== undefined) throw new UsageError('give a brief or --all, not both');
      if (opts.format === 'html' && !json) return exportHtmlFolder(opts.output, { paper: opts.paper, force: opts.force }, ctx);
      return exportAll(json, opts, ctx);
    }
    if (ref === undefined) {
      // `brief export --json x`: --json [fields] took the brief as its fields.
      const took = typeof opts.json === 'string' ? `; --json took "${cleanLine(opts.json)}" as its fields: put --json after the brief` : '';
      throw new UsageError(`missing brief: give an id or a path, or --all${took}`);
    }
    const brief = await loadBrief(ref, ctx);
    if (opts.output !== undefined) refuseBriefAsOutput(opts.output, resolveTarget(opts.output).target, ctx.dir, [brief.path]);
    const content = json ? formatSelected(briefJSON(brief), opts.json) : opts.format === 'html' ? renderHtmlPage(brief, { paper: opts.paper }) : renderText(brief);
    if (opts.output === undefined) ctx.io.out(content);
    else await writeFileAtomic(opts.output, content, { force: opts.force });
    return ExitCode.Ok;
  },
});

/** One brief printed to PDF by a Chromium of the machine: to -o, or to a stdout that is not a terminal. */
async function exportPdf(ref: string | undefined, opts: ExportOptions, ctx: Context): Promise<number> {
  if (opts.all) throw new UsageError('--format pdf prints one brief; for every brief use --all --format html -o <folder>');
  if (ref === undefined) throw new UsageError('missing brief: give an id or a path');
  if (opts.output === undefined && ctx.io.stdoutIsTTY) throw new UsageError('a PDF is binary and stdout is a terminal: give -o <file.pdf>, or redirect stdout to a file');
  const brief = await loadBrief(ref, ctx);
  if (opts.output !== undefined) refuseBriefAsOutput(opts.output, resolveTarget(opts.output).target, ctx.dir, [brief.path]);
  const chromium = findChromium(ctx.io.env);
  if (chromium === null) throw new BriefError(chromiumMissingMessage());
  const paper = opts.paper ?? 'a4';
  const pdf = await printPdf(renderHtmlPage(brief, { paper }), { chromium, paper, env: ctx.io.env });
  if (opts.output === undefined) ctx.io.outBytes(pdf);
  else await writeFileAtomic(opts.output, pdf, { force: opts.force });
  return ExitCode.Ok;
}

/**
 * Streams every brief, one parsed at a time, so memory does not grow with the archive. Many
 * briefs are parsed on worker threads (brief-workers.ts), their entries written in file order.
 */
async function exportAll(json: boolean, opts: ExportOptions, ctx: Context): Promise<number> {
  // A mistyped --dir must not replace an archive with an empty one (findBriefs refuses it).
  const { files, unread } = await findBriefs(ctx);
  const output = opts.output;
  if (output !== undefined) refuseBriefAsOutput(output, resolveTarget(output).target, ctx.dir, files);
  const format: ExportFormat = { json, fields: opts.json };
  const entries = readEachFor<string>(files, { kind: 'export', format }, ctx);
  let written = 0;
  const produce = async (write: (chunk: string) => void | Promise<void>): Promise<void> => {
    // Entries are gathered into writes of about 64 KB: one write a brief cost more than its JSON.
    let pending = json ? '[\n' : '';
    for await (const entry of entries) {
      // JSON: a comma between elements; text: a blank line between briefs.
      pending += written === 0 ? entry : `${json ? ',\n' : '\n'}${entry}`;
      written += 1;
      if (pending.length >= WRITE_SIZE) { await write(pending); pending = ''; }
    }
    // An archive is not replaced with nothing: no brief found or none readable leaves it as it was.
    if (written === 0 && output !== undefined) throw new BriefError(`no brief exported; ${cleanLine(output)} was not written`);
    if (json) pending += written === 0 ? ']\n' : '\n]\n';
    if (pending !== '') await write(pending);
  };
  if (output === undefined) await produce(async (chunk) => { ctx.io.out(chunk); await ctx.io.drain(); });
  else await writeStreamAtomic(output, produce, { force: opts.force });
  // A brief skipped, or a folder not read that may hold briefs, leaves the export incomplete.
  return written < files.length || unread.length > 0 ? ExitCode.Failure : ExitCode.Ok;
}

/** Characters gathered before a write. */
const WRITE_SIZE = 64 * 1024;
