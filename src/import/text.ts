/**
 * Plain text, as a browser copies an article (or as a page is saved as text), read as a brief:
 * the metadata lines around the article taken out (tag strip, title, byline, date), the site's
 * boilerplate dropped, and the rest turned into the Markdown a writer would have typed. Every
 * other line is kept, in order and as wrapped; only heading marks, list marks and escapes are
 * added.
 */
import type { Article, ImportOptions } from './article.js';
import { ImportError } from './article.js';
import { findBoilerplate } from './boilerplate.js';
import { markdownBody, type Block } from './text-body.js';
import { readByline, readDateLine, readDateStamp, readDateline, readKeyQuestion, readTagStrip } from './text-metadata.js';
import { cleanText } from '../text/sanitize.js';

/** Paragraphs: runs of non-blank lines; a dropped line ends one, as a blank line does. */
function toBlocks(lines: readonly string[], dropped: ReadonlySet<number>): Block[] {
  const blocks: Block[] = [];
  let current: string[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '' || dropped.has(i)) {
      if (current.length > 0) blocks.push(current);
      current = [];
    } else {
      // Indentation from a page's layout would make a code block in Markdown.
      current.push(line.trim());
    }
  });
  if (current.length > 0) blocks.push(current);
  return blocks;
}

/** One short line with no sentence end: a title, a heading, a byline, a date. */
export function isShortLine(block: Block, max = 200): boolean {
  return block.length === 1 && block[0]!.length <= max && !/[.,;:]["'”’)\]]*$/u.test(block[0]!);
}

/** A title: a short line, or one wrapped over two or three lines, with no sentence end. */
function isTitle(block: Block): boolean {
  return block.length <= 3 && isShortLine([block.join(' ')]);
}

/**
 * A boilerplate line wrapped mid-sentence ("Required fields" / "are marked *") takes the rest of
 * its sentence with it, up to two more lines of the same paragraph.
 */
function withContinuations(lines: readonly string[], dropped: ReadonlySet<number>): Set<number> {
  const all = new Set(dropped);
  for (const i of dropped) {
    for (let j = i; j < i + 2 && !/[.!?:*)]["'”’]?\s*$/u.test(lines[j]!) && (lines[j + 1] ?? '').trim() !== ''; j += 1) all.add(j + 1);
  }
  return all;
}

interface Found { title: string | null; authors: string[]; date: string | null; tags: string[] }

/** Lines of the page around a title: where the page sits in the site, how long it takes to read. */
const PAGE_CHROME: ReadonlyArray<[RegExp, string]> = [
  [/^Home\s*[»›>/|]/u, 'breadcrumbs'],
  [/^\d{1,3}\s*(?:min|mins|minutes?)\s+read$/i, 'reading time'],
  [/^(?:Skip to (?:main )?content|Skip navigation|Menu|Search|Open menu|Close menu|Toggle navigation|Sign in|Log in|Subscribe)$/i, 'site navigation'],
  [/^(?:Share(?: this(?: article| page| post)?)?:?|Tweet|Post|Email|E-mail|Print|Copy link|Facebook|Twitter|X|LinkedIn|WhatsApp|Telegram|Reddit)$/i, 'share buttons'],
  // The kind of page, in capitals above the title ("POLICY BRIEF"): the site's label, not a heading.
  [/^(?:POLICY (?:BRIEF|PAPER|MEMO)|ISSUE BRIEF|WORKING PAPER|EXPERT COMMENT|COMMENTARY|ANALYSIS|REPORT|RESEARCH|OPINION|BRIEFING|ARTICLE|EXPLAINER)$/u, 'page label'],
];

const isChrome = (line: string): boolean => PAGE_CHROME.some(([pattern]) => pattern.test(line));

/** A line of the page's head that is not the title: navigation, a byline, a date. */
const isHeadLine = (line: string): boolean => isChrome(line) || readByline(line) !== null || readDateLine(line) !== null || readDateStamp(line) !== null;

/**
 * The page's head as a browser copies it, one line per element and no blank lines between
 * ("Title" / "By A and B" / "12 June 2025"): those lines apart, each a block of its own, so the
 * title is not read together with the byline. Only the leading blocks of short lines.
 */
function splitHead(blocks: Block[]): Block[] {
  const out: Block[] = [];
  let i = 0;
  for (; i < blocks.length && i < 12; i += 1) {
    const block = blocks[i]!;
    if (!block.every((line) => isShortLine([line]))) break;
    if (block.length === 1 || !block.some(isHeadLine)) { out.push(block); continue; }
    // Lines between head lines stay together: a title wrapped over two lines is one title.
    let run: string[] = [];
    for (const line of block) {
      if (!isHeadLine(line)) { run.push(line); continue; }
      if (run.length > 0) out.push(run);
      run = [];
      out.push([line]);
    }
    if (run.length > 0) out.push(run);
  }
  return [...out, ...blocks.slice(i)];
}

function dropChrome(blocks: Block[], dropped: string[]): void {
  while (blocks[0]?.length === 1) {
    const name = PAGE_CHROME.find(([pattern]) => pattern.test(blocks[0]![0]!))?.[1];
    if (name === undefined) return;
    if (!dropped.includes(name)) dropped.push(name);
    blocks.shift();
  }
}

/** Takes the metadata lines off the top: a tag strip, the title, a byline and a date below it. */
function readHead(blocks: Block[], found: Found, dropped: string[]): void {
  dropChrome(blocks, dropped);
  const first = blocks[0];
  if (first && first.length === 1) {
    const strip = readTagStrip(first[0]!, true);
    // A lone word above the title is the site's category ("Analysis").
    const category = /^[\p{Lu}][\p{L}\p{M}-]{1,30}$/u.test(first[0]!) && blocks[1] !== undefined && isShortLine(blocks[1]);
    if (strip || category) {
      found.tags.push(...(strip ?? [first[0]!]));
      blocks.shift();
    }
  }
  dropChrome(blocks, dropped);
  if (blocks[0] && isTitle(blocks[0]) && !readByline(blocks[0][0]!) && !readDateLine(blocks[0][0]!)) {
    found.title = blocks.shift()!.join(' ');
  }
  for (;;) {
    dropChrome(blocks, dropped);
    if (!(blocks[0] && isShortLine(blocks[0]) && readMetaLine(blocks[0][0]!, found, false))) return;
    blocks.shift();
  }
}

const RELATED = /^(?:Related(?: (?:content|reading|articles|posts|stories|publications|research|analysis))?|Read (?:more|next)|More on this topic|Recommended(?: reading)?|You (?:may|might) also like)\s*:?$/i;
const ABOUT = /^About the authors?$/i;

/**
 * A site's list of links to other articles after this one: a "Related" line, then the titles,
 * each a short line, up to the end or to "About the authors" (the writers' own words, kept).
 * Anything else after it, and "Related" is the writer's own heading.
 */
function dropRelated(blocks: Block[], dropped: string[]): void {
  const start = blocks.findIndex((b, i) => i > 0 && RELATED.test(b[0]!));
  if (start < 0) return;
  const isTitleLine = (line: string): boolean => isShortLine([line], 120) && !ABOUT.test(line);
  const head = blocks[start]!;
  let titles = head.slice(1).findIndex((line) => !isTitleLine(line));
  // The titles in the "Related" line's paragraph, or, pasted with blank lines, in their own.
  let end = start + 1;
  if (titles < 0) {
    titles = head.length - 1;
    for (; end < blocks.length && blocks[end]!.length === 1 && isTitleLine(blocks[end]![0]!); end += 1) titles += 1;
  } else if (!ABOUT.test(head[titles + 1]!)) {
    return;
  }
  const next = head.length > titles + 1 ? head[titles + 1] : blocks[end]?.[0];
  if (titles === 0 || (next !== undefined && !ABOUT.test(next))) return;
  if (head.length > titles + 1) blocks[start] = head.slice(titles + 1);
  else blocks.splice(start, end - start);
  if (!dropped.includes('related links')) dropped.push('related links');
}

/** Takes the metadata lines off the end: the byline, a date, a `Tags:` line. */
function readTail(blocks: Block[], found: Found): void {
  while (blocks.length > 1 && isShortLine(blocks.at(-1)!) && readMetaLine(blocks.at(-1)![0]!, found, true)) blocks.pop();
}

function readMetaLine(line: string, found: Found, tail: boolean): boolean {
  const byline = found.authors.length === 0 ? readByline(line) : null;
  if (byline) {
    found.authors.push(...byline.authors);
    found.date ??= byline.date;
    return true;
  }
  const date = found.date === null ? readDateLine(line) ?? readDateStamp(line) : null;
  if (date) {
    found.date = date;
    return true;
  }
  const tags = tail ? readTagStrip(line, false) : null;
  if (tags) {
    found.tags.push(...tags.filter((t) => !found.tags.includes(t)));
    return true;
  }
  return false;
}

/** An article from pasted or saved text. Throws ImportError when no text is left. */
export function textToArticle(input: string, options: ImportOptions = {}): Article {
  const lines = cleanText(input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')).split('\n');
  const boilerplate = findBoilerplate(lines);
  const blocks = splitHead(toBlocks(lines, withContinuations(lines, boilerplate.lines)));
  const found: Found = { title: null, authors: [], date: null, tags: [] };
  const dropped = [...boilerplate.names];
  readHead(blocks, found, dropped);
  dropRelated(blocks, dropped);
  readTail(blocks, found);
  if (blocks.length === 0) throw new ImportError('no article text in it (only a title, a byline or web-page boilerplate)');
  const body = markdownBody(blocks);
  const paragraphs = blocks.filter((b) => !isShortLine(b)).map((b) => b.join(' '));
  return {
    title: found.title,
    author: found.authors,
    date: found.date,
    source: paragraphs.length > 0 ? readDateline(paragraphs[0]!) : null,
    url: options.url ?? null,
    tags: found.tags,
    keyQuestion: blocks.map((b) => readKeyQuestion(b.join(' '))).find((q) => q !== null) ?? null,
    body,
    dropped,
  };
}
