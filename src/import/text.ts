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
import { readByline, readDateLine, readDateline, readKeyQuestion, readTagStrip } from './text-metadata.js';
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
];

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
  const date = found.date === null ? readDateLine(line) : null;
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
  const blocks = toBlocks(lines, withContinuations(lines, boilerplate.lines));
  const found: Found = { title: null, authors: [], date: null, tags: [] };
  const dropped = [...boilerplate.names];
  readHead(blocks, found, dropped);
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
