/**
 * Plain text of simple inline Markdown without marked's inline lexer: text whose only markup
 * is emphasis or strong runs, code spans and inline links with a plain destination. It gives
 * exactly what lexing with marked and taking the tokens' text would give (markdown.ts), and
 * null for anything else (escapes, entities, HTML, autolinks and bare URLs, images, reference
 * links, strikethrough, hard breaks, link titles, nested or unusual delimiters), which then
 * takes that slower path. Each rule below is narrower than CommonMark's, on purpose: it only
 * accepts what marked's delimiter rules read one way.
 */
import { softBreaks } from './markdown.js';

const START = -1;
const END = -1;

/**
 * Characters a text run may not hold as they are (the rest are plain); a pattern finds them
 * fastest. `:` and `.` matter only in text that has a `://` or `www.` somewhere.
 */
const SPECIAL = /[*_`[\]!<&\\~@\r]/g;
const SPECIAL_URL = /[*_`[\]!<&\\~@\r:.]/g;

/** Before an opening delimiter: start of the run, whitespace, or an opening mark. */
const OPEN_AFTER = new Set([START, 32, 10, 40, 34, 39]); // ( " '
/** After a closing delimiter: end of the run, whitespace, or closing punctuation. */
const CLOSE_BEFORE = new Set([END, 32, 10, 46, 44, 58, 59, 33, 63, 41, 34, 39, 45]); // . , : ; ! ? ) " ' -
/** Punctuation that may end emphasis (a code span's or link's end counts as punctuation). */
const CLOSE_PUNCT = new Set([46, 44, 58, 59, 33, 63, 41, 34, 39, 96]); // . , : ; ! ? ) " ' `

const isAlnum = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** A link destination's characters: printable ASCII without spaces, brackets, quotes or escapes. */
function isDestination(c: number): boolean {
  return c > 32 && c < 127 && c !== 40 && c !== 41 && c !== 60 && c !== 62 && c !== 92 && c !== 34 && c !== 39 && c !== 96 && c !== 91 && c !== 93;
}

let src = '';
let pos = 0;
let special = SPECIAL;

/**
 * The plain text marked's inline lexer and inlineText would give for `text` (lines trimmed,
 * as tidyInline does), or null when the text has markup this does not read.
 */
export function plainInline(text: string): string | null {
  if (text.includes('  \n')) return null;
  src = text;
  pos = 0;
  special = text.includes('://') || text.includes('www.') ? SPECIAL_URL : SPECIAL;
  const out = run(text.length, false, false);
  src = '';
  return out === null || pos !== text.length ? null : out.trim();
}

/**
 * The plain text of one inline run from `pos` up to `end` (the text, a link's label, or an
 * emphasis's content, each lexed on its own by marked). Inside emphasis the run stops at the
 * next delimiter, which the caller checks as the closer.
 */
function run(end: number, inEmphasis: boolean, inLink: boolean): string | null {
  const runStart = pos;
  let out = '';
  let text = pos;
  let i = pos;
  while (i < end) {
    special.lastIndex = i;
    if (special.exec(src) === null || special.lastIndex > end) break;
    i = special.lastIndex - 1;
    const c = src.charCodeAt(i);
    switch (c) {
      case 33: // ! before [ is an image
        if (src.charCodeAt(i + 1) === 91) return null;
        i += 1;
        continue;
      case 58: // a protocol's :// starts a GFM autolink
        if (src.charCodeAt(i + 1) === 47 && src.charCodeAt(i + 2) === 47) return null;
        i += 1;
        continue;
      case 46: // so does www.
        if (i >= 3 && src.startsWith('www', i - 3)) return null;
        i += 1;
        continue;
      case 42: case 95: { // * _
        if (text < i) out += softBreaks(src.slice(text, i));
        if (inEmphasis) { pos = i; return out; }
        const inner = emphasis(i, c, runStart, end, inLink);
        if (inner === null) return null;
        out += inner;
        break;
      }
      case 96: { // `
        if (inLink) return null;
        if (text < i) out += softBreaks(src.slice(text, i));
        const code = codeSpan(i, end);
        if (code === null) return null;
        out += code;
        break;
      }
      case 91: { // [
        if (inLink) return null;
        if (text < i) out += softBreaks(src.slice(text, i));
        const label = link(i, end);
        if (label === null) return null;
        out += label;
        break;
      }
      default:
        return null;
    }
    i = text = pos;
  }
  if (text < end) out += softBreaks(src.slice(text, end));
  pos = end;
  return out;
}

/**
 * Emphasis or strong opened by the run of `c` at `at`: one or two delimiters after whitespace,
 * an opening mark or the run's start, before a letter, digit, code span or link; closed by the
 * next delimiter run, of the same character and length, after a letter, digit or closing
 * punctuation and before whitespace, punctuation or the run's end. Sets `pos` after it.
 */
function emphasis(at: number, c: number, runStart: number, end: number, inLink: boolean): string | null {
  let n = 1;
  while (at + n < end && src.charCodeAt(at + n) === c) n += 1;
  if (n > 2 || at + n >= end) return null;
  if (!OPEN_AFTER.has(at === runStart ? START : src.charCodeAt(at - 1))) return null;
  const next = src.charCodeAt(at + n);
  if (!(isAlnum(next) || next === 96 || (next === 91 && !inLink))) return null;
  pos = at + n;
  const inner = run(end, true, inLink);
  if (inner === null || pos >= end) return null;
  const close = pos;
  if (src.charCodeAt(close) !== c || (close + 1 < end && src.charCodeAt(close + 1) === c) !== (n === 2)) return null;
  if (n === 2 && close + 2 < end && src.charCodeAt(close + 2) === c) return null;
  const before = src.charCodeAt(close - 1);
  if (!isAlnum(before) && !CLOSE_PUNCT.has(before)) return null;
  if (!CLOSE_BEFORE.has(close + n === end ? END : src.charCodeAt(close + n))) return null;
  pos = close + n;
  return inner;
}

/**
 * A code span of one backtick run holding no backtick, line break, `&` or carriage return,
 * with one space stripped from each end when both have one. Sets `pos` after it.
 */
function codeSpan(at: number, end: number): string | null {
  let n = 1;
  while (at + n < end && src.charCodeAt(at + n) === 96) n += 1;
  const from = at + n;
  let i = from;
  while (i < end) {
    const c = src.charCodeAt(i);
    if (c === 96) break;
    if (c === 10 || c === 13 || c === 38) return null;
    i += 1;
  }
  if (i === end || i === from) return null;
  let close = 1;
  while (i + close < end && src.charCodeAt(i + close) === 96) close += 1;
  if (close !== n) return null;
  pos = i + n;
  const code = src.slice(from, i);
  const spaced = code.charCodeAt(0) === 32 && code.charCodeAt(code.length - 1) === 32;
  return spaced && /[^ ]/.test(code) ? code.slice(1, -1) : code;
}

/**
 * An inline link `[text](destination)`: its text without brackets or backticks, its
 * destination plain (no spaces, parentheses, quotes or title). Sets `pos` after it.
 */
function link(at: number, end: number): string | null {
  let close = at + 1;
  while (close < end) {
    const c = src.charCodeAt(close);
    if (c === 93) break;
    if (c === 91 || c === 96 || c === 92) return null;
    close += 1;
  }
  if (close >= end || src.charCodeAt(close + 1) !== 40) return null;
  let i = close + 2;
  while (i < end && isDestination(src.charCodeAt(i))) i += 1;
  if (i === close + 2 || i >= end || src.charCodeAt(i) !== 41) return null;
  const after = i + 1;
  pos = at + 1;
  const label = run(close, false, true);
  if (label === null) return null;
  pos = after;
  return label;
}
