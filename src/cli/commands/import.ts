/** `brief import <file|->`: a published article (text, web page, Markdown, Word) as a new brief. */
import { Command, Option } from '@commander-js/extra-typings';
import { existsSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { ImportError, type Article, type ImportOptions } from '../../import/article.js';
import { checkDocx, decodeInput, formatOf, INPUT_FORMATS, type InputFormat } from '../../import/detect.js';
import { markdownToArticle } from '../../import/markdown.js';
import { importReport } from '../../import/report.js';
import { textToArticle } from '../../import/text.js';
import { readKeyQuestion } from '../../import/text-metadata.js';
import { writeBrief } from '../../import/write-brief.js';
import { parseBrief } from '../../brief/parse.js';
import { MAX_BRIEF_BYTES } from '../../brief/read.js';
import { KEBAB, kebabCase } from '../../lint/rules/file-name.js';
import { cleanLine } from '../../text/sanitize.js';
import { refuseTakenId, requireBriefsDir } from '../briefs.js';
import { defineCommand } from '../command.js';
import { BriefError, ExitCode, UsageError } from '../errors.js';
import { readImportInput } from '../import-input.js';
import { writeFileAtomic } from '../write-file.js';

const FORMAT_NAMES: Record<InputFormat, string> = { text: 'plain text', html: 'HTML', markdown: 'Markdown', docx: '.docx' };

/** Ids past this length are cut at a word: file names have limits, and ids are typed. */
const MAX_ID_LENGTH = 80;

export function idFromTitle(title: string): string {
  const id = kebabCase(title);
  if (id.length <= MAX_ID_LENGTH) return id;
  const cut = id.slice(0, MAX_ID_LENGTH + 1);
  return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : MAX_ID_LENGTH);
}

/** The article in the input; the HTML and Word paths, with their libraries, load only when needed. */
async function readArticle(bytes: Uint8Array, format: InputFormat, options: ImportOptions): Promise<{ article: Article; extra?: Record<string, unknown> }> {
  switch (format) {
    case 'text': return { article: textToArticle(decodeInput(bytes, 'text'), options) };
    case 'markdown': return markdownToArticle(decodeInput(bytes, 'markdown'), options);
    case 'html': return { article: withKeyQuestion((await import('../../import/html.js')).htmlToArticle(decodeInput(bytes, 'html'), options)) };
    case 'docx':
      checkDocx(bytes);
      return { article: withKeyQuestion(await (await import('../../import/docx.js')).docxToArticle(bytes, options)) };
  }
}

/** "The key question ... is: ...?" in a web page's or document's paragraphs, as in pasted text. */
function withKeyQuestion(article: Article): Article {
  if (article.keyQuestion !== null) return article;
  const found = article.body.split(/\n{2,}/).map(readKeyQuestion).find((q) => q !== null) ?? null;
  return { ...article, keyQuestion: found };
}

function checkUrl(url: string | undefined): void {
  if (url === undefined) return;
  let parsed: URL | null = null;
  try { parsed = new URL(url); } catch { /* refused below */ }
  if (parsed?.protocol !== 'http:' && parsed?.protocol !== 'https:') {
    throw new UsageError(`--url "${cleanLine(url)}" is not an http or https address`);
  }
}

export default defineCommand({
  create: () => new Command('import')
    .description('turn an article (plain text, a web page, Markdown or a .docx) into a new brief')
    .argument('<file>', 'the article: a file, or - for standard input')
    .addOption(new Option('--from <format>', 'read the input as this format (default: from its extension and content)').choices(INPUT_FORMATS))
    .option('--id <id>', 'the new brief\'s id (default: from the title)')
    .option('-o, --output <file>', 'write to this file instead (never over an existing one); - for stdout')
    .option('--dry-run', 'print the brief that would be written, and write nothing')
    .option('--url <url>', 'the article\'s address: base for relative links, and the brief\'s url')
    .addHelpText('after', `
The brief is written to <briefs dir>/<id>.md, never over an existing file. What
was recognised (title, author, date, sections, scenarios, recommendations, the
boilerplate dropped) and what is missing is printed on stderr. Nothing in the
input runs, and nothing is fetched.

Examples:
  $ brief import article.txt
  $ pbpaste | brief import - --id istanbul-talks
  $ brief import page.html --url https://example.org/analysis/talks -o -
  $ brief import report.docx --dry-run`),
  complete: ['files'],

  async run([ref], opts, ctx) {
    checkUrl(opts.url);
    if (opts.id !== undefined && !KEBAB.test(opts.id)) {
      const better = kebabCase(opts.id);
      throw new UsageError(`"${cleanLine(opts.id)}" is not a kebab-case id${better ? `; try "${better}"` : ''}`);
    }
    if (ref === '-' && ctx.io.stdinIsTTY) ctx.io.err('brief: reading the article from the terminal; paste it, then press Ctrl-D\n');
    const bytes = await readImportInput(ref, ctx.io);
    const name = ref === '-' ? null : ref;
    const format = opts.from ?? formatOf(name, bytes);
    const shown = ref === '-' ? 'stdin' : cleanLine(ref);
    const refuse = (message: string, line?: number): BriefError => new BriefError(`${shown}${line === undefined ? '' : `:${line}`}: ${cleanLine(message)}; nothing written`);
    let read: { article: Article; extra?: Record<string, unknown> };
    try {
      read = await readArticle(bytes, format, { url: opts.url });
    } catch (error) {
      if (error instanceof ImportError) throw refuse(error.message, error.line);
      // A library's failure on this input is still about this input: never "unexpected error".
      throw refuse(`could not be read as ${FORMAT_NAMES[format]} (${error instanceof Error ? error.message.slice(0, 120) : 'unknown error'})`);
    }
    const text = writeBrief(read.article, read.extra);
    // What import writes, every command reads: the reader's own limits, checked on the result.
    const size = Buffer.byteLength(text);
    if (size > MAX_BRIEF_BYTES) throw refuse(`the brief would be ${(size / 1024 / 1024).toFixed(1)} MiB; briefs over ${MAX_BRIEF_BYTES / 1024 / 1024} MiB are not read`);

    const toStdout = opts.output === '-';
    let target: string;
    if (opts.output !== undefined) {
      target = toStdout ? 'stdout' : opts.output;
    } else {
      const fromName = name === null ? '' : kebabCase(basename(name, extname(name)));
      const id = opts.id ?? (read.article.title !== null ? idFromTitle(read.article.title) : fromName);
      if (!id) throw new UsageError('no title found to name the brief after; give --id <id> or -o <file>');
      // A dry run writes nothing, so it needs no briefs directory; when there is one, the id is checked.
      if (opts.dryRun !== true || existsSync(ctx.dir)) {
        requireBriefsDir(ctx.dir, 'create it, use --dir <path>, or write with -o <file>');
        await refuseTakenId(id, ctx);
      }
      target = join(ctx.dir, `${id}.md`);
    }

    const { brief, problems } = parseBrief(text, toStdout ? 'stdout.md' : target);
    const tooComplex = problems.find((p) => p.fatal && p.code === 'too-complex');
    if (tooComplex) throw refuse(`the brief would not be read: its line ${tooComplex.line}: ${tooComplex.message}`);
    const dryRun = opts.dryRun === true;
    if (dryRun || toStdout) ctx.io.out(text);
    else await writeFileAtomic(target, text, { overwrite: false });
    ctx.io.err(importReport({ input: ref, format: FORMAT_NAMES[format], target, dryRun: dryRun && !toStdout, article: read.article, brief, text }));
    if (!dryRun && !toStdout) ctx.io.out(`${target}\n`);
    return ExitCode.Ok;
  },
});
