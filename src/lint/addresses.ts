/**
 * Link and image addresses blanked to spaces, for the readers of a writer's prose: the words of
 * `https://example.org/likely-outcomes` are no judgement. Link text and image alt text stay.
 *
 * One pass over the line, each construct scanned forward from where it starts and never past
 * the line; no regular expression runs over more than one bounded piece of it, so a long line of
 * brackets costs time in proportion to its length.
 */

const SPACE = 32;
const TAB = 9;
const BACKSLASH = 92;
/** CommonMark's parsers give up on deeper parentheses in a destination; the bound keeps the scans short. */
const MAX_PAREN_DEPTH = 32;

/** Only a line with one of these can hold an address: most lines are read no further. */
const HINT = /[<@\]]|:\/\/|[wW]{3}\./;
/** A reference definition's start: `[label]:` indented at most three spaces. */
const DEFINITION = /^ {0,3}\[/;
const AUTOLINK_URI = /^[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*$/;
const AUTOLINK_EMAIL = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*$/;
/** GFM's bare URLs start so: `www.`, `http://`, `https://` (and `ftp://`, as older GFM had it). */
const BARE_START = /^(?:www\.|https?:\/\/|ftp:\/\/)/i;
/** GFM leaves these off the end of a bare URL (as cmark-gfm does quotes): they end the sentence. */
const TRAILING = new Set(['?', '!', '.', ',', ':', '*', '_', '~', "'", '"']);

const isSpace = (c: number): boolean => c === SPACE || c === TAB;
const isLetter = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;
const isAlnum = (c: number): boolean => (c >= 48 && c <= 57) || isLetter(c);
const isDomain = (c: number): boolean => isAlnum(c) || c === 45 || c === 95; // - _
const isEmailLocal = (c: number): boolean => isDomain(c) || c === 46 || c === 43; // . +
const isTagName = (c: number): boolean => isAlnum(c) || c === 45;
const isAttrStart = (c: number): boolean => isLetter(c) || c === 95 || c === 58; // _ :
const isAttrName = (c: number): boolean => isAlnum(c) || c === 95 || c === 46 || c === 58 || c === 45;

/**
 * `text` with the destinations and titles of inline links and images (`](...)`), autolinks
 * (`<https://...>`, `<name@example.org>`), bare URLs and e-mail addresses that GFM links, HTML
 * tags (their names and attribute values) and reference definitions (`[id]: url "title"`, the
 * whole line) turned to spaces. Same length: every column stays where it was.
 */
export function blankAddresses(text: string): string {
  if (!HINT.test(text)) return text;
  if (DEFINITION.test(text) && definitionEnd(text) === text.length) return ' '.repeat(text.length);
  const blanks: number[] = [];
  const n = text.length;
  // Where the run of e-mail local-part characters before the current position starts.
  let local = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let end = -1;
    let from = i;
    if (c === BACKSLASH) { i += 2; local = i; continue; }
    if (c === 93 && text.charCodeAt(i + 1) === 40) { // ](
      const close = destinationAndTitleEnd(text, i + 2, 41);
      if (close !== -1) { from = i + 2; end = close; }
    } else if (c === 60) { // <
      const link = autolinkEnd(text, i);
      const close = link !== -1 ? link : tagEnd(text, i);
      if (close !== -1) end = close + 1;
    } else if (c === 64) { // @
      const close = local < i ? emailDomainEnd(text, i + 1) : -1;
      if (close !== -1) { from = local; end = close; }
    } else if ((c === 119 || c === 87 || c === 104 || c === 72 || c === 102 || c === 70) && (i === 0 || !isAlnum(text.charCodeAt(i - 1))) &&
      BARE_START.test(text.slice(i, i + 8))) {
      end = bareUrlEnd(text, i);
    }
    if (end > from) {
      blanks.push(from, end);
      i = end;
      local = i;
      continue;
    }
    if (!isEmailLocal(c)) local = i + 1;
    i += 1;
  }
  if (blanks.length === 0) return text;
  let out = '';
  let last = 0;
  for (let k = 0; k < blanks.length; k += 2) {
    out += text.slice(last, blanks[k]) + ' '.repeat(blanks[k + 1]! - blanks[k]!);
    last = blanks[k + 1]!;
  }
  return out + text.slice(last);
}

function skipSpaces(text: string, j: number): number {
  while (j < text.length && isSpace(text.charCodeAt(j))) j += 1;
  return j;
}

/**
 * A link destination and optional title from `j` (after `](`, or after a definition's `:`), up
 * to `closer` (`)`; -1 for the end of the line): the index of the closer, or -1 if they are not.
 */
function destinationAndTitleEnd(text: string, j: number, closer: number): number {
  const n = text.length;
  j = skipSpaces(text, j);
  const destStart = j;
  if (text.charCodeAt(j) === 60) { // <...>
    for (j += 1; ; j += 1) {
      if (j >= n) return -1;
      const c = text.charCodeAt(j);
      if (c === BACKSLASH) { j += 1; continue; }
      if (c === 60) return -1;
      if (c === 62) { j += 1; break; }
    }
  } else {
    let depth = 0;
    for (; j < n; j += 1) {
      const c = text.charCodeAt(j);
      if (c === BACKSLASH) { j += 1; continue; }
      if (c <= SPACE) break;
      if (c === 40) { depth += 1; if (depth > MAX_PAREN_DEPTH) return -1; }
      if (c === 41) { if (depth === 0) break; depth -= 1; }
    }
    if (j > n) j = n;
  }
  const destEnd = j;
  j = skipSpaces(text, j);
  const atCloser = (k: number): boolean => (closer === -1 ? k === n : text.charCodeAt(k) === closer);
  if (atCloser(j)) return j;
  // A title needs space before it, unless the destination is empty.
  const q = text.charCodeAt(j);
  if ((j === destEnd && destEnd !== destStart) || (q !== 34 && q !== 39 && q !== 40)) return -1;
  const end = q === 40 ? 41 : q;
  for (j += 1; ; j += 1) {
    if (j >= n) return -1;
    const c = text.charCodeAt(j);
    if (c === BACKSLASH) { j += 1; continue; }
    if (c === end) break;
    if (q === 40 && c === 40) return -1;
  }
  j = skipSpaces(text, j + 1);
  return atCloser(j) ? j : -1;
}

/** The end of a reference definition's line (`[label]: destination "title"`), or -1 if it is none. */
function definitionEnd(text: string): number {
  let j = text.indexOf('[') + 1;
  const start = j;
  for (; j < text.length; j += 1) {
    const c = text.charCodeAt(j);
    if (c === BACKSLASH) { j += 1; continue; }
    if (c === 91) return -1;
    if (c === 93) break;
  }
  if (j >= text.length || j === start || j - start > 999 || text.slice(start, j).trim() === '' || text.charCodeAt(j + 1) !== 58) return -1;
  const rest = skipSpaces(text, j + 2);
  if (rest === text.length) return -1;
  return destinationAndTitleEnd(text, rest, -1);
}

/** `<scheme:...>` or `<name@example.org>` at `i`: the index of its `>`, or -1. */
function autolinkEnd(text: string, i: number): number {
  let j = i + 1;
  for (; j < text.length; j += 1) {
    const c = text.charCodeAt(j);
    if (c <= SPACE || c === 60) return -1;
    if (c === 62) break;
  }
  if (j >= text.length) return -1;
  const inside = text.slice(i + 1, j);
  return AUTOLINK_URI.test(inside) || AUTOLINK_EMAIL.test(inside) ? j : -1;
}

/** An HTML open or closing tag at `i`, on this line: the index of its `>`, or -1. */
function tagEnd(text: string, i: number): number {
  const n = text.length;
  let j = i + 1;
  const closing = text.charCodeAt(j) === 47;
  if (closing) j += 1;
  if (!isLetter(text.charCodeAt(j))) return -1;
  while (j < n && isTagName(text.charCodeAt(j))) j += 1;
  if (closing) { j = skipSpaces(text, j); return text.charCodeAt(j) === 62 ? j : -1; }
  for (;;) {
    const before = j;
    j = skipSpaces(text, j);
    const c = text.charCodeAt(j);
    if (c === 62) return j;
    if (c === 47 && text.charCodeAt(j + 1) === 62) return j + 1;
    if (j === before || !isAttrStart(c)) return -1;
    while (j < n && isAttrName(text.charCodeAt(j))) j += 1;
    const afterName = j;
    j = skipSpaces(text, j);
    if (text.charCodeAt(j) !== 61) { j = afterName; continue; } // =
    j = skipSpaces(text, j + 1);
    const q = text.charCodeAt(j);
    if (q === 34 || q === 39) {
      const close = text.indexOf(q === 34 ? '"' : "'", j + 1);
      if (close === -1) return -1;
      j = close + 1;
    } else {
      const valueStart = j;
      while (j < n && !'\t "\'=<>`'.includes(text[j]!)) j += 1;
      if (j === valueStart) return -1;
    }
  }
}

/** A bare URL from `i`: where it ends, its trailing punctuation and unmatched `)` left out. */
function bareUrlEnd(text: string, i: number): number {
  const n = text.length;
  // BARE_START has matched: `www.`, or a scheme and its `//` within the next few characters.
  let j = text.slice(i, i + 4).toLowerCase() === 'www.' ? i + 4 : text.indexOf('//', i) + 2;
  if (j >= n || !isDomain(text.charCodeAt(j))) return -1;
  let opened = 0;
  let closed = 0;
  for (; j < n; j += 1) {
    const c = text.charCodeAt(j);
    // Space and `<` end it, and so does `](`: a URL as a link's text stops before its destination.
    if (c <= SPACE || c === 60 || (c === 93 && text.charCodeAt(j + 1) === 40)) break;
    if (c === 40) opened += 1;
    if (c === 41) closed += 1;
  }
  for (;;) {
    const last = text[j - 1]!;
    if (TRAILING.has(last)) j -= 1;
    else if (last === ')' && closed > opened) { j -= 1; closed -= 1; }
    else if (last === ';') {
      let k = j - 2;
      while (k > i && isAlnum(text.charCodeAt(k))) k -= 1;
      if (text[k] !== '&' || k === j - 2) break;
      j = k;
    } else break;
  }
  return j;
}

/** The domain of an e-mail address after its `@` (at least one dot, as GFM asks): where it ends, or -1. */
function emailDomainEnd(text: string, j: number): number {
  let dots = 0;
  let end = j;
  for (; end < text.length; end += 1) {
    const c = text.charCodeAt(end);
    if (c === 46) { if (!isDomain(text.charCodeAt(end + 1))) break; dots += 1; } else if (!isDomain(c)) break;
  }
  const last = text.charCodeAt(end - 1);
  return dots > 0 && end > j && last !== 45 && last !== 95 ? end : -1;
}
