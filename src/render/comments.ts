/**
 * HTML comments are notes to the author and lint directives (`<!-- brief-lint-... -->`), never
 * part of what a brief says: every output leaves them out. The plain-text model already has
 * none (src/brief/markdown.ts); these take them out of the Markdown that `show` renders or prints.
 */
import { Lexer, type Token } from 'marked';

/** A comment as CommonMark and marked read it: `<!-->`, `<!--->`, or up to `-->` (or the end). */
export const COMMENT = /<!--(?:-?>|[\s\S]*?(?:-->|$))/g;

/** Raw HTML with its comments removed. */
export function stripComments(html: string): string {
  return html.includes('<!--') ? html.replace(COMMENT, '') : html;
}

interface Span { raw: string; comment: boolean }

/**
 * Markdown without its HTML comments, everything else as written: a comment in a code span or
 * a code block is text and stays. A comment on lines of its own goes with its lines; one inside
 * a line takes one of the spaces around it.
 */
export function markdownWithoutComments(markdown: string): string {
  if (!markdown.includes('<!--')) return markdown;
  markdown = markdown.replaceAll(MARK, '');
  let tokens: Token[];
  try {
    tokens = new Lexer({ gfm: true }).lex(markdown);
  } catch {
    // The parser's limits make this unlikely; without tokens, code is not told apart.
    return removeRanges(markdown, commentRanges(markdown, 0, markdown.length));
  }
  const spans: Span[] = [];
  collect(tokens, spans);
  // marked keeps no positions, so each span is found in the source in document order. A span
  // inside a list item or a quote lost its indent or `>` on later lines: whitespace matches loosely.
  const ranges: Array<[number, number]> = [];
  let cursor = 0;
  // A span not found costs a search to the end; past this budget the rest of the text goes
  // without telling code apart, so no brief can make this quadratic.
  let budget = 4 * markdown.length;
  for (const span of spans) {
    const found = locate(markdown, span.raw, cursor);
    if (found === null) {
      budget -= markdown.length - cursor;
      if (budget < 0) { ranges.push(...commentRanges(markdown, cursor, markdown.length)); break; }
      continue;
    }
    if (span.comment) ranges.push(...commentRanges(markdown, found[0], found[1]));
    cursor = found[1];
  }
  return removeRanges(markdown, ranges);
}

/** HTML holding a comment, and code (where `<!--` is text), in document order. */
function collect(tokens: Token[], spans: Span[]): void {
  for (const token of tokens) {
    if (token.type === 'html') {
      if (token.text.includes('<!--')) spans.push({ raw: token.raw, comment: true });
      continue;
    }
    if (token.type === 'code' || token.type === 'codespan') {
      // Only code that could be taken for a comment needs finding.
      if (token.raw.includes('<!--')) spans.push({ raw: token.raw, comment: false });
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
 * Where `raw` is in `source` from `from` on: whitespace (and, after a line break, `>`) loosely,
 * and `|` also as `\|` (marked unescapes it in table cells).
 */
function locate(source: string, raw: string, from: number): [number, number] | null {
  const text = raw.trim();
  if (text === '') return null;
  const pattern = text.split(/(\s+)/).map((part, i) => {
    if (i % 2 === 0) return escapeRegExp(part).replace(/\\\|/g, '\\\\?\\|');
    return part.includes('\n') ? '[\\s>]*' : '[ \\t]+';
  }).join('');
  const re = new RegExp(pattern, 'g');
  re.lastIndex = from;
  const m = re.exec(source);
  return m === null ? null : [m.index, m.index + m[0].length];
}

/** The comments in source[start, end), as source ranges. */
function commentRanges(source: string, start: number, end: number): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const re = new RegExp(COMMENT.source, 'g');
  const slice = source.slice(start, end);
  for (let m = re.exec(slice); m !== null; m = re.exec(slice)) ranges.push([start + m.index, start + m.index + m[0].length]);
  return ranges;
}

/** Marks where a comment was, until the lines it leaves are tidied (a brief's own NULs go first). */
const MARK = '\u0000';
const SPACES = /[ \t]*/y;
const blank = (line: string): boolean => /^[ \t>]*$/.test(line);

/**
 * The source without the ranges. Inside a line a comment takes the spaces on one side of it (at
 * the end of a line those before it, which could make a hard break). A line left empty goes,
 * with a blank line after it when one is before it too; between two lines of text at the margin
 * (or in a quote) it leaves a blank line, so two paragraphs stay two.
 */
function removeRanges(source: string, ranges: Array<[number, number]>): string {
  let out = '';
  let cursor = 0;
  for (const [start, end] of ranges) {
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
    out += source.slice(cursor, s) + MARK;
    cursor = e;
  }
  out += source.slice(cursor);
  const lines = out.split('\n');
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    if (!lines[i]!.includes(MARK)) { kept.push(lines[i]!); continue; }
    const line = lines[i]!.replaceAll(MARK, '');
    if (!blank(line)) { kept.push(line); continue; }
    // A run of lines left empty: decide once for the run.
    let j = i;
    while (j + 1 < lines.length && lines[j + 1]!.includes(MARK) && blank(lines[j + 1]!.replaceAll(MARK, ''))) j += 1;
    const prevBlank = kept.length === 0 || blank(kept[kept.length - 1]!);
    const next = lines[j + 1];
    const nextBlank = next === undefined || blank(next.replaceAll(MARK, ''));
    if (prevBlank && nextBlank && next !== undefined && !next.includes(MARK)) j += 1;
    else if (!prevBlank && !nextBlank && (line === '' || line.trimEnd().endsWith('>'))) kept.push(line.trimEnd());
    i = j;
  }
  return kept.join('\n');
}
