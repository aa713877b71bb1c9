/**
 * Limits on the body that keep parsing bounded in time and stack. marked's lexer needs
 * stack in proportion to a line's length (V8's regex engine overflows on multi-megabyte
 * lines), to the nesting of lists and quotes, and to the nesting of emphasis, strikethrough
 * and links, and time that grows steeply with list nesting and with the number of emphasis
 * and link marks in one paragraph. No real brief comes near them; docs/brief-format.md
 * documents them.
 */
import type { Problem } from './model.js';

export const MAX_LINE_LENGTH = 100_000;
/** Leading indentation, in columns (tabs count 4; a list marker counts 2): about 100 levels of list nesting. */
export const MAX_INDENT = 200;
export const MAX_QUOTE_DEPTH = 50;
/** Emphasis, strikethrough and links nested in one another. */
export const MAX_INLINE_DEPTH = 50;
/** Marks (`* _ ~ [ ] !`) in one paragraph, heading, list item or table cell. */
export const MAX_INLINE_MARKS = 1_000;

/** The first place the body breaks a limit, as a fatal problem; null when it is within them. */
export function checkBodyLimits(body: string, firstLine: number): Problem | null {
  let line = firstLine;
  let start = 0;
  while (start <= body.length) {
    let end = body.indexOf('\n', start);
    if (end === -1) end = body.length;
    const problem = checkLine(body, start, end);
    if (problem !== null) return limitProblem(line, problem);
    start = end + 1;
    line += 1;
  }
  return null;
}

export function limitProblem(line: number, message: string): Problem {
  return { code: 'too-complex', line, column: 1, message, fatal: true };
}

function checkLine(text: string, start: number, end: number): string | null {
  if (end - start > MAX_LINE_LENGTH) return `line is ${end - start} characters long; lines over ${MAX_LINE_LENGTH} are not read (break it into paragraphs)`;
  let indent = 0;
  let quotes = 0;
  for (let i = start; i < end; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 0x20) indent += 1;
    else if (c === 0x09) indent += 4;
    else if (c === 0x3e) quotes += 1; // '>'
    else {
      // `- - - x` and `> 1. > 1. x` nest lists on one line, as indentation does: a marker
      // counts two columns.
      const width = listMarkerWidth(text, i, end);
      if (width === 0) break;
      if (indent > MAX_INDENT) {
        if (isThematicBreak(text.slice(start, end))) return null;
        return `lists are nested more than ${MAX_INDENT / 2} deep on this line; nesting that deep is not read`;
      }
      indent += 2;
      i += width - 1;
      continue;
    }
    if (indent > MAX_INDENT) return `line is indented more than ${MAX_INDENT} columns; nesting that deep is not read`;
    if (quotes > MAX_QUOTE_DEPTH) return `block quotes nested more than ${MAX_QUOTE_DEPTH} deep are not read`;
  }
  return null;
}

/** Length of a list marker (`-`, `*`, `+`, `1.`, `1)`) at `i` and the space or tab after it; 0 when there is none. */
function listMarkerWidth(text: string, i: number, end: number): number {
  let j = i;
  const c = text.charCodeAt(j);
  if (c === 0x2d || c === 0x2a || c === 0x2b) j += 1; // - * +
  else {
    while (j < end && j - i < 9 && text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x39) j += 1;
    if (j === i || j >= end || (text.charCodeAt(j) !== 0x2e && text.charCodeAt(j) !== 0x29)) return 0; // . )
    j += 1;
  }
  return j < end && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09) ? j - i + 1 : 0;
}

/** `- - - -` and `* * *` are rules, not lists. */
function isThematicBreak(line: string): boolean {
  return /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/.test(line);
}

const INLINE_MARK = /[*_~[\]!]/g;

/** The marks (`* _ ~ [ ] !`) in inline text, counted up to `limit + 1`. */
export function countInlineMarks(src: string, limit: number): number {
  // A global pattern's native scan, not a loop over char codes: several times faster on prose.
  INLINE_MARK.lastIndex = 0;
  let marks = 0;
  while (INLINE_MARK.exec(src) !== null) {
    marks += 1;
    if (marks > limit) return marks;
  }
  return marks;
}
