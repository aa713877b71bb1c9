/**
 * HTML comments are notes to the author and lint directives (`<!-- brief-lint-... -->`), never
 * part of what a brief says: every output leaves them out. The plain-text model already has
 * none (src/brief/markdown.ts); these take them out of raw HTML on a terminal (`show` renders
 * the brief's own tokens, so its structure is the author's) and of the Markdown `show` prints
 * when piped.
 */
import { Lexer, type Token } from 'marked';

/** A comment as CommonMark and marked read it: `<!-->`, `<!--->`, or up to `-->` (or the end). */
export const COMMENT = /<!--(?:-?>|[\s\S]*?(?:-->|$))/g;

/** Raw HTML with its comments removed. */
export function stripComments(html: string): string {
  return html.includes('<!--') ? html.replace(COMMENT, '') : html;
}

/** What to find in the source: HTML with comments (a block of nothing else, or not), or code. */
interface Span { raw: string; kind: 'comments' | 'html' | 'code' }

/**
 * Markdown without its HTML comments, everything else as written: a comment in a code span or
 * a code block is text and stays. A comment on lines of its own goes with its lines; one inside
 * a line takes one of the spaces around it. What only a comment kept apart (a list from the
 * indented code after it, CommonMark's example) is no longer apart.
 */
export function markdownWithoutComments(markdown: string): string {
  if (!markdown.includes('<!--')) return markdown;
  markdown = markdown.replace(MARKS, '');
  let tokens: Token[];
  try {
    tokens = new Lexer({ gfm: true }).lex(markdown);
  } catch {
    // The parser's limits make this unlikely; without tokens, code is not told apart.
    return removeRanges(markdown, commentRanges(markdown, 0, markdown.length, true));
  }
  // marked keeps no positions. Top-level blocks' raw texts add up to the source, which places
  // each block; within one, each span is found in document order. A span inside a list item or
  // a quote lost its indent or `>` on later lines, so whitespace matches loosely.
  const ranges: Range[] = [];
  // A span not found costs a search to the end of its block; past this budget the rest of the
  // text goes without telling code apart, so no brief can make this quadratic.
  let budget = 4 * markdown.length;
  // Should the blocks not add up (a lexer change), the whole text is one block.
  const exact = tokens.reduce((n, t) => n + t.raw.length, 0) === markdown.length;
  let start = 0;
  for (const token of tokens) {
    if (!exact && start > 0) break;
    const end = exact ? start + token.raw.length : markdown.length;
    const spans: Span[] = [];
    collect(exact ? [token] : tokens, spans);
    let cursor = start;
    for (const span of spans) {
      const found = locate(markdown, span.raw, cursor, end);
      if (found === null) {
        budget -= end - cursor;
        if (budget < 0) return removeRanges(markdown, [...ranges, ...commentRanges(markdown, cursor, markdown.length, true)]);
        continue;
      }
      if (span.kind !== 'code') ranges.push(...commentRanges(markdown, found[0], found[1], span.kind === 'comments'));
      cursor = found[1];
    }
    start = end;
  }
  return removeRanges(markdown, ranges);
}

/** HTML holding a comment, and code (where `<!--` is text), in document order. */
function collect(tokens: Token[], spans: Span[]): void {
  for (const token of tokens) {
    if (token.type === 'html') {
      if (token.text.includes('<!--')) {
        spans.push({ raw: token.raw, kind: token.block && stripComments(token.text).trim() === '' ? 'comments' : 'html' });
      }
      continue;
    }
    if (token.type === 'code' || token.type === 'codespan') {
      // Only code that could be taken for a comment needs finding.
      if (token.raw.includes('<!--')) spans.push({ raw: token.raw, kind: 'code' });
      continue;
    }
    const t = token as Token & { tokens?: Token[]; items?: Token[]; header?: Array<{ tokens: Token[] }>; rows?: Array<Array<{ tokens: Token[] }>> };
    if (t.header) for (const cell of [...t.header, ...(t.rows ?? []).flat()]) collect(cell.tokens, spans);
    if (t.items) collect(t.items, spans);
    if (t.tokens) collect(t.tokens, spans);
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Where `raw` is in source[from, to): whitespace (and, after a line break, `>`) loosely,
 * and `|` also as `\|` (marked unescapes it in table cells).
 */
function locate(source: string, raw: string, from: number, to: number): [number, number] | null {
  const text = raw.trim();
  if (text === '') return null;
  const pattern = text.split(/(\s+)/).map((part, i) => {
    if (i % 2 === 0) return escapeRegExp(part).replace(/\\\|/g, '\\\\?\\|');
    return part.includes('\n') ? '[\\s>]*' : '[ \\t]+';
  }).join('');
  const m = new RegExp(pattern).exec(source.slice(from, to));
  return m === null ? null : [from + m.index, from + m.index + m[0].length];
}

/** A comment's place in the source, and whether it was a block of its own (see removeRanges). */
type Range = [start: number, end: number, block: boolean];

/** The comments in source[start, end), as source ranges. */
function commentRanges(source: string, start: number, end: number, block: boolean): Range[] {
  const ranges: Range[] = [];
  const re = new RegExp(COMMENT.source, 'g');
  const slice = source.slice(start, end);
  for (let m = re.exec(slice); m !== null; m = re.exec(slice)) ranges.push([start + m.index, start + m.index + m[0].length, block]);
  return ranges;
}

/**
 * Mark where a comment was (BLOCK: one that was a block of its own), until the lines it leaves
 * are tidied. A brief's own NULs and SOHs go first; no output keeps control characters anyway.
 */
const MARK = '\u0000';
const BLOCK = '\u0001';
const MARKS = /[\u0000\u0001]/g;
const SPACES = /[ \t]*/y;
const marked = (line: string): boolean => line.includes(MARK) || line.includes(BLOCK);
const blank = (line: string): boolean => /^[ \t>]*$/.test(line);

/**
 * The source without the ranges. Inside a line a comment takes the spaces on one side of it (at
 * the end of a line those before it, which could make a hard break). A line left empty goes,
 * with a blank line after it when one is before it too. A comment that was a block of its own,
 * between two lines of text at the margin (or in a quote), leaves a blank line, so two
 * paragraphs stay two; one inside a larger block of HTML must not end that block.
 */
function removeRanges(source: string, ranges: Range[]): string {
  let out = '';
  let cursor = 0;
  for (const [start, end, block] of ranges) {
    if (start < cursor) continue;
    let s = start;
    let e = end;
    SPACES.lastIndex = e;
    const after = SPACES.exec(source)![0];
    // Only indentation (or quote marks) before it on its line: keep that, it places the line.
    const lead = blank(source.slice(source.lastIndexOf('\n', s - 1) + 1, s));
    if (source[e + after.length] === '\n' || e + after.length === source.length) {
      if (!lead) while (s > cursor && (source[s - 1] === ' ' || source[s - 1] === '\t')) s -= 1;
    } else if (lead || source[s - 1] === ' ' || source[s - 1] === '\t') {
      e += after.length;
    }
    out += source.slice(cursor, s) + (block ? BLOCK : MARK);
    cursor = e;
  }
  out += source.slice(cursor);
  const lines = out.split('\n');
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    if (!marked(lines[i]!)) { kept.push(lines[i]!); continue; }
    const line = lines[i]!.replace(MARKS, '');
    if (!blank(line)) { kept.push(line); continue; }
    // A run of lines left empty: decide once for the run.
    let j = i;
    while (j + 1 < lines.length && marked(lines[j + 1]!) && blank(lines[j + 1]!.replace(MARKS, ''))) j += 1;
    const prevBlank = kept.length === 0 || blank(kept[kept.length - 1]!);
    const next = lines[j + 1];
    const nextBlank = next === undefined || blank(next.replace(MARKS, ''));
    const apart = lines.slice(i, j + 1).every((l) => !l.includes(MARK));
    if (prevBlank && nextBlank && next !== undefined && !marked(next)) j += 1;
    else if (!prevBlank && !nextBlank && apart && (line === '' || line.trimEnd().endsWith('>'))) kept.push(line.trimEnd());
    i = j;
  }
  return kept.join('\n');
}
