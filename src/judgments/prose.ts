/**
 * The brief's own prose, as paragraphs with their file lines: what a writer asserts, without
 * quotations (blockquotes, "quoted speech"), code (spans and blocks), HTML comments or link and
 * image addresses.
 */
import { blankAddresses } from '../lint/addresses.js';
import { proseLines, type SourceLine } from '../lint/source.js';
import { partitionPoint } from '../partition-point.js';

export interface ProseParagraph {
  /** The paragraph's lines joined with "\n"; quoted and code text and addresses blanked to spaces (offsets stay true). */
  text: string;
  /** The same lines before quotations and addresses were blanked (code spans and comments still blanked): for showing. */
  source: string;
  /** File line of each line of `text`, in order. */
  lines: number[];
}

/** A line that starts a block of its own: a list item or a table row (each is read alone). */
const BLOCK_START = /^\s*(?:[-*+]\s|\d{1,9}[.)]\s|\|)/;
const BLOCKQUOTE = /^\s{0,3}>/;
// Straight quotes toggle; curly quotes open and close. Single quotes are apostrophes too often to read.
const QUOTE_MARKS = /["\u201c\u201d\u00ab\u00bb\u201e]/g;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * Blanks the parts of `text` inside double quotes. `open` carries an unclosed quote from the
 * previous line of the same paragraph; returns the new state.
 */
function blankQuoted(text: string, open: boolean): { text: string; open: boolean } {
  if (!open && !/["\u201c\u201d\u00ab\u00bb\u201e]/.test(text)) return { text, open };
  let out = '';
  let last = 0;
  let inside = open;
  // A quotation opened by a curly mark is closed by one; a straight quote inside it is not its end.
  let curly = false;
  for (const m of text.matchAll(QUOTE_MARKS)) {
    const mark = m[0];
    // After a digit, a straight quote is an inch mark (`a 12" pipe`), not the start of a quotation,
    // nor the end of one opened by a curly mark.
    if (mark === '"' && (!inside || curly) && isDigit(text.charCodeAt(m.index - 1))) continue;
    const opens = mark === '\u201c' || mark === '\u00ab' || mark === '\u201e' || (mark === '"' && !inside);
    curly = opens && mark !== '"';
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
  for (const { line, text: raw } of proseLines(lines as string[], from, to, true)) {
    // Headings, fences and code lines are left out by proseLines: they end a paragraph.
    if (line !== previous + 1) { close(); quoteBlock = false; }
    previous = line;
    if (raw.trim() === '') { close(); quoteBlock = false; continue; }
    // A blockquote runs to the next blank line (lazy continuation lines included).
    if (BLOCKQUOTE.test(raw)) { close(); quoteBlock = true; }
    if (quoteBlock) continue;
    if (BLOCK_START.test(raw)) close();
    // Addresses first: a link's "title" is no quotation, and its marks must not open one.
    const blanked = blankQuoted(blankAddresses(raw), open);
    open = blanked.open;
    if (!current) current = { text: blanked.text, source: raw, lines: [line] };
    else { current.text += `\n${blanked.text}`; current.source += `\n${raw}`; current.lines.push(line); }
  }
  close();
  return out;
}

/**
 * The writer's own prose as lines, for lint's estimative rules: the lines of proseParagraphs
 * (quotations blanked, blockquotes left out, columns true), and an empty line after each
 * paragraph so that a sentence never runs from one paragraph into the next.
 */
export function ownProseLines(lines: readonly string[], from: number, to: number): SourceLine[] {
  const out: SourceLine[] = [];
  for (const paragraph of proseParagraphs(lines, from, to)) {
    const texts = paragraph.text.split('\n');
    paragraph.lines.forEach((line, i) => out.push({ line, text: texts[i]! }));
    out.push({ line: paragraph.lines.at(-1)!, text: '' });
  }
  return out;
}

/**
 * The file line and 1-based column of an offset in a paragraph's text, for each judgement of the
 * paragraph. The line starts are found once: a long paragraph with many terms is not read again
 * from its start for each.
 */
export function positionsIn(paragraph: ProseParagraph): (offset: number) => { line: number; column: number } {
  const { text, lines } = paragraph;
  // The ends of the paragraph's lines but its last (which ends with the text); no more than it has lines.
  const ends: number[] = [];
  for (let at = text.indexOf('\n'); at !== -1 && ends.length < lines.length; at = text.indexOf('\n', at + 1)) ends.push(at);
  return (offset) => {
    // The first line whose end is at or after the offset; past the last end, the line after it.
    const lo = partitionPoint(ends, (end) => end < offset);
    if (lo >= lines.length) return { line: lines.at(-1)!, column: 1 };
    const start = lo === 0 ? 0 : ends[lo - 1]! + 1;
    return { line: lines[lo]!, column: offset - start + 1 };
  };
}

/** Where a sentence ends: punctuation, closing quotes or brackets, then space before a capital or digit. */
const SENTENCE_END = /[.!?]["'\u201d)]*\s+(?=["'\u201c(]?[A-Z0-9])/g;

/**
 * The most of a sentence given with a judgement. A run-on paragraph with no sentence end is one
 * sentence, and each of its judgements would print it whole: the output would grow with the
 * square of its length. A longer sentence is cut to the words around the term, marked `…`.
 */
export const MAX_SENTENCE = 400;

/**
 * The sentence of `text` around an offset, on one line, with light Markdown markup removed, for
 * each judgement of a paragraph. The sentence ends are found once, and each sentence is cleaned
 * once however many judgements it holds.
 */
export function sentencesIn(text: string): (offset: number) => string {
  // Each end: where its punctuation starts, where it stops (closers kept), where the next sentence starts.
  const marks: number[] = [];
  const stops: number[] = [];
  const nexts: number[] = [];
  for (const m of text.matchAll(SENTENCE_END)) {
    marks.push(m.index);
    stops.push(m.index + m[0].trimEnd().length);
    nexts.push(m.index + m[0].length);
  }
  const cleaned = new Map<string, string>();
  return (offset) => {
    // The sentence starts after the last end that is over by the offset, and stops at the first
    // end that starts at or after it (an end the offset is inside belongs to neither).
    const lo = partitionPoint(nexts, (next) => next <= offset);
    const start = lo === 0 ? 0 : nexts[lo - 1]!;
    let i = lo;
    if (i < marks.length && marks[i]! < offset) i += 1;
    const end = i < marks.length ? stops[i]! : text.length;
    const key = `${start}:${end}`;
    let sentence = cleaned.get(key);
    if (sentence === undefined) {
      sentence = cleanSentence(text.slice(start, end));
      cleaned.set(key, sentence);
    }
    if (sentence.length <= MAX_SENTENCE) return sentence;
    const [from, to] = around(text, start, end, offset);
    const part = `cut ${from}:${to}`;
    let cut = cleaned.get(part);
    if (cut === undefined) {
      cut = `${from > start ? '…' : ''}${cleanSentence(text.slice(from, to), from === start)}${to < end ? '…' : ''}`;
      cleaned.set(part, cut);
    }
    return cut;
  };
}

/** The part of a long sentence [start, end) around an offset: whole words, at most MAX_SENTENCE characters. */
function around(text: string, start: number, end: number, offset: number): [number, number] {
  const half = MAX_SENTENCE / 2;
  let from = Math.max(start, offset - half);
  let to = Math.min(end, from + MAX_SENTENCE);
  from = Math.max(start, Math.min(from, to - MAX_SENTENCE));
  // Cut between words: forward to the next space at the start, back to the last one at the end.
  if (from > start) {
    const space = text.slice(from, offset).search(/\s/);
    if (space !== -1) from += space + 1;
  }
  if (to < end) {
    const space = text.slice(offset, to).search(/\s\S*$/);
    if (space !== -1) to = offset + space;
  }
  return [from, to];
}

/** What the link and emphasis passes below act on; without it they would change nothing. */
const MARKUP = /[[*_~]/;
/** Spacing other than single spaces, which the last pass folds (a sentence over two lines has a newline). */
const SPACING = /\s\s|[^\S ]/;

function cleanSentence(sentence: string, atStart = true): string {
  let text = atStart ? sentence.replace(/^\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?/, '') : sentence;
  // Most sentences have no markup, and many no spacing to fold: each pass runs only where it acts.
  if (MARKUP.test(text)) text = text.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/(\*\*|__|\*|~~)/g, '');
  return (SPACING.test(text) ? text.replace(/\s+/g, ' ') : text).trim();
}
