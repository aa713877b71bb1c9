/**
 * The brief's own prose, as paragraphs with their file lines: what a writer asserts, without
 * quotations (blockquotes, "quoted speech"), code (spans and blocks) or HTML comments.
 */
import { proseLines } from '../lint/source.js';

export interface ProseParagraph {
  /** The paragraph's lines joined with "\n"; quoted and code text blanked to spaces (offsets stay true). */
  text: string;
  /** The same lines before quotations were blanked (code spans and comments still blanked): for showing. */
  source: string;
  /** File line of each line of `text`, in order. */
  lines: number[];
}

/** A line that starts a block of its own: a list item or a table row (each is read alone). */
const BLOCK_START = /^\s*(?:[-*+]\s|\d{1,9}[.)]\s|\|)/;
const BLOCKQUOTE = /^\s{0,3}>/;
// Straight quotes toggle; curly quotes open and close. Single quotes are apostrophes too often to read.
const QUOTE_MARKS = /["\u201c\u201d\u00ab\u00bb\u201e]/g;

/**
 * Blanks the parts of `text` inside double quotes. `open` carries an unclosed quote from the
 * previous line of the same paragraph; returns the new state.
 */
function blankQuoted(text: string, open: boolean): { text: string; open: boolean } {
  if (!open && !/["\u201c\u201d\u00ab\u00bb\u201e]/.test(text)) return { text, open };
  let out = '';
  let last = 0;
  let inside = open;
  for (const m of text.matchAll(QUOTE_MARKS)) {
    const mark = m[0];
    const opens = mark === '\u201c' || mark === '\u00ab' || mark === '\u201e' || (mark === '"' && !inside);
    const segment = text.slice(last, m.index);
    out += inside ? ' '.repeat(segment.length) : segment;
    out += ' ';
    last = m.index + 1;
    inside = opens;
  }
  const rest = text.slice(last);
  out += inside ? ' '.repeat(rest.length) : rest;
  return { text: out, open: inside };
}

/** The prose paragraphs of lines `from`..`to` of a brief's normalised source (`lines[0]` is line 1). */
export function proseParagraphs(lines: readonly string[], from: number, to: number): ProseParagraph[] {
  const out: ProseParagraph[] = [];
  let current: ProseParagraph | null = null;
  let quoteBlock = false;
  let open = false;
  let previous = from - 1;
  const close = (): void => {
    if (current) out.push(current);
    current = null;
    open = false;
  };
  for (const { line, text: raw } of proseLines(lines as string[], from, to)) {
    // Headings, fences and code lines are left out by proseLines: they end a paragraph.
    if (line !== previous + 1) { close(); quoteBlock = false; }
    previous = line;
    if (raw.trim() === '') { close(); quoteBlock = false; continue; }
    // A blockquote runs to the next blank line (lazy continuation lines included).
    if (BLOCKQUOTE.test(raw)) { close(); quoteBlock = true; }
    if (quoteBlock) continue;
    if (BLOCK_START.test(raw)) close();
    const blanked = blankQuoted(raw, open);
    open = blanked.open;
    if (!current) current = { text: blanked.text, source: raw, lines: [line] };
    else { current.text += `\n${blanked.text}`; current.source += `\n${raw}`; current.lines.push(line); }
  }
  close();
  return out;
}

/** The file line and 1-based column of an offset in a paragraph's text. */
export function positionIn(paragraph: ProseParagraph, offset: number): { line: number; column: number } {
  let start = 0;
  for (let i = 0; i < paragraph.lines.length; i += 1) {
    const end = paragraph.text.indexOf('\n', start);
    if (end === -1 || offset <= end) return { line: paragraph.lines[i]!, column: offset - start + 1 };
    start = end + 1;
  }
  return { line: paragraph.lines.at(-1)!, column: 1 };
}

/** The sentence of `text` around `offset`, on one line, with light Markdown markup removed. */
export function sentenceAt(text: string, offset: number): string {
  const boundary = /[.!?]["'\u201d)]*\s+(?=["'\u201c(]?[A-Z0-9])/g;
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(boundary)) {
    const after = m.index + m[0].length;
    if (after <= offset) start = after;
    else if (m.index >= offset) { end = m.index + m[0].trimEnd().length; break; }
  }
  return text.slice(start, end)
    .replace(/^\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?/, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|~~)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
