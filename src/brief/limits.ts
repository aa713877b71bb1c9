/**
 * Limits on the body that keep parsing bounded in time and stack. marked's lexer needs
 * stack in proportion to a line's length (V8's regex engine overflows on multi-megabyte
 * lines) and time that grows steeply with list nesting (200 levels: 75 ms; 2,000: a minute).
 * No real brief comes near them; docs/brief-format.md documents them.
 */
import type { Problem } from './model.js';

export const MAX_LINE_LENGTH = 100_000;
/** Leading indentation, in columns (tabs count 4): about 100 levels of list nesting. */
export const MAX_INDENT = 200;
export const MAX_QUOTE_DEPTH = 50;

/** The first place the body breaks a limit, as a fatal problem; null when it is within them. */
export function checkBodyLimits(body: string, firstLine: number): Problem | null {
  let line = firstLine;
  let start = 0;
  while (start <= body.length) {
    let end = body.indexOf('\n', start);
    if (end === -1) end = body.length;
    const problem = checkLine(body, start, end);
    if (problem !== null) return { rule: 'file-unreadable', severity: 'error', line, column: 1, message: problem, fatal: true };
    start = end + 1;
    line += 1;
  }
  return null;
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
    else break;
    if (indent > MAX_INDENT) return `line is indented more than ${MAX_INDENT} columns; nesting that deep is not read`;
    if (quotes > MAX_QUOTE_DEPTH) return `block quotes nested more than ${MAX_QUOTE_DEPTH} deep are not read`;
  }
  return null;
}
