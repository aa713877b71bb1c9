/** Words for search: lower case, accents folded, a plural "s" dropped, so "Mechanisms" finds "mechanism". */

const WORD = /[\p{L}\p{N}]+/gu;

/** Text without its accents ("médiat" -> "mediat"); only text with non-ASCII letters pays for folding. */
export function foldAccents(text: string): string {
  return /[^\x00-\x7f]/.test(text) ? text.normalize('NFD').replace(/\p{M}/gu, '') : text;
}

/** One word as the index keeps it. */
export function normaliseWord(word: string): string {
  let w = foldAccents(word.toLowerCase());
  if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.slice(0, -1);
  return w;
}

/** The words of a text, normalised, in order. */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  tokenizeInto(text, out);
  return out;
}

const CHAR_s = 115;
const CHAR_u = 117;
const CHAR_i = 105;
const CHAR_e = 101;

/** ASCII letters and digits: what `\p{L}` and `\p{N}` match in ASCII text. */
export const isWordCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

/** The word at [start, end) of lower-case ASCII text, normalised as normaliseWord does. */
export function asciiWord(lower: string, start: number, end: number): string {
  // A plural "s" dropped, as normaliseWord: not after "s", "u" or "i"; "ies" becomes "y".
  if (end - start > 3 && lower.charCodeAt(end - 1) === CHAR_s) {
    const before = lower.charCodeAt(end - 2);
    if (before !== CHAR_s && before !== CHAR_u && before !== CHAR_i) {
      return before === CHAR_e && lower.charCodeAt(end - 3) === CHAR_i ? `${lower.slice(start, end - 3)}y` : lower.slice(start, end - 1);
    }
  }
  return lower.slice(start, end);
}

/**
 * Appends the words of `text` to `out`, as tokenize gives them. Returns true when the text is
 * ASCII, where the words are its runs of letters and digits, so their number is also what a
 * count of such runs gives. ASCII text is read without the Unicode pattern; any other goes the
 * general way.
 */
export function tokenizeInto(text: string, out: string[]): boolean {
  const from = out.length;
  // Lower case keeps ASCII text's offsets: its words are cut from it.
  const lower = text.toLowerCase();
  let start = -1;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c >= 128) {
      out.length = from;
      for (const m of text.matchAll(WORD)) out.push(normaliseWord(m[0]));
      return false;
    }
    if (isWordCode(c)) {
      if (start === -1) start = i;
    } else if (start !== -1) {
      out.push(asciiWord(lower, start, i));
      start = -1;
    }
  }
  if (start !== -1) out.push(asciiWord(lower, start, text.length));
  return true;
}

/** The words of a text with their offsets in it (for highlighting). */
export function tokenSpans(text: string): Array<{ word: string; start: number; end: number }> {
  const out: Array<{ word: string; start: number; end: number }> = [];
  for (const m of text.matchAll(WORD)) out.push({ word: normaliseWord(m[0]), start: m.index, end: m.index + m[0].length });
  return out;
}
