/** Words for search: lower case, accents folded, a plural "s" dropped, so "Mechanisms" finds "mechanism". */

const WORD = /[\p{L}\p{N}]+/gu;

/** One word as the index keeps it. */
export function normaliseWord(word: string): string {
  let w = word.toLowerCase();
  // Only text with non-ASCII letters pays for folding.
  if (/[^\x00-\x7f]/.test(w)) w = w.normalize('NFD').replace(/\p{M}/gu, '');
  if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.slice(0, -1);
  return w;
}

/** The words of a text, normalised, in order. */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD)) out.push(normaliseWord(m[0]));
  return out;
}

/** The words of a text with their offsets in it (for highlighting). */
export function tokenSpans(text: string): Array<{ word: string; start: number; end: number }> {
  const out: Array<{ word: string; start: number; end: number }> = [];
  for (const m of text.matchAll(WORD)) out.push({ word: normaliseWord(m[0]), start: m.index, end: m.index + m[0].length });
  return out;
}
