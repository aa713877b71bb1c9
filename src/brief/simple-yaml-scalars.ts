/**
 * The scalars and keys of simple-yaml.ts, one line each: plain scalars resolved by js-yaml's own
 * CORE types, quoted scalars without escapes, flow sequences of scalars, flow mappings of those.
 * Whatever is not sure to read as js-yaml reads it throws DECLINE.
 */
import yaml from 'js-yaml';

interface ImplicitType { resolve(text: string): boolean; construct(text: string): unknown }
/** CORE's implicit types in js-yaml's order: null, bool, int, float. */
const IMPLICIT = (yaml.CORE_SCHEMA as unknown as { compiledImplicit: ImplicitType[] }).compiledImplicit;

/** Thrown where the simple reader leaves the text to js-yaml. */
class Decline extends Error {}
export const DECLINE = new Decline();

const SPACE = 32;
const HASH = 35;
const DASH = 45;

/**
 * Where the `:` of a `key:` starting at `column` is, or -1 when the line holds no key there.
 * A quoted key ends at its closing quote; a plain key at the first `:` before a space or the end.
 */
export function keyEnd(line: string, column: number): number {
  const first = line.charCodeAt(column);
  let i: number;
  if (first === 0x22 /* " */ || first === 0x27 /* ' */) {
    i = quotedEnd(line, column);
    if (i === -1) return -1;
    while (line.charCodeAt(i) === SPACE) i += 1;
    if (line.charCodeAt(i) !== 0x3a) return -1;
  } else {
    i = column;
    for (;;) {
      i = line.indexOf(':', i);
      if (i === -1) return -1;
      if (i + 1 === line.length || line.charCodeAt(i + 1) === SPACE) break;
      i += 1;
    }
  }
  return i + 1 === line.length || line.charCodeAt(i + 1) === SPACE ? i : -1;
}

/** The key written from `column` to the `:` at `colon`, as js-yaml names the property. */
export function keyOf(line: string, column: number, colon: number): string {
  const first = line.charCodeAt(column);
  if (first === 0x22 || first === 0x27) return quoted(line, column);
  const raw = trimSpaces(line.slice(column, colon));
  // Keys that start with an indicator, hold a comment, a colon or flow brackets, or merge.
  if (!plainStart(raw, false) || /[#:[\]{},]/.test(raw) || raw === '<<') throw DECLINE;
  return String(resolve(raw));
}

/** A one-line scalar or flow collection from `start` to the end of the line (or a comment). */
export function inlineScalar(line: string, start: number): unknown {
  const first = line.charCodeAt(start);
  if (first === 0x22 || first === 0x27) {
    const value = quoted(line, start);
    trailer(line, quotedEnd(line, start));
    return value;
  }
  if (first === 0x5b /* [ */) {
    const result: unknown[] = [];
    trailer(line, flowSequence(line, start, result));
    return result;
  }
  if (first === 0x7b /* { */) {
    const result: Record<string, unknown> = {};
    trailer(line, flowMapping(line, start, result));
    return result;
  }
  let end = line.indexOf(' #', start);
  if (end === -1) end = line.length;
  const text = trimSpaces(line.slice(start, end));
  if (!plainStart(text, false) || text.endsWith(':') || text.includes(': ')) throw DECLINE;
  return resolve(text);
}

/** `[a, 'b', 3]` on one line into `result`: plain and quoted scalars only. Returns the index past `]`. */
function flowSequence(line: string, start: number, result: unknown[]): number {
  let i = start + 1;
  for (;;) {
    while (line.charCodeAt(i) === SPACE) i += 1;
    if (line.charCodeAt(i) === 0x5d /* ] */ && result.length === 0) break;
    const first = line.charCodeAt(i);
    if (first === 0x22 || first === 0x27) {
      result.push(quoted(line, i));
      i = quotedEnd(line, i);
      while (line.charCodeAt(i) === SPACE) i += 1;
    } else {
      let end = i;
      for (; end < line.length; end += 1) {
        const c = line.charCodeAt(end);
        if (c === 0x2c /* , */ || c === 0x5d) break;
      }
      const text = trimSpaces(line.slice(i, end));
      if (!plainStart(text, true) || /[#:[\]{}]/.test(text)) throw DECLINE;
      result.push(resolve(text));
      i = end;
    }
    const c = line.charCodeAt(i);
    if (c === 0x5d) break;
    if (c !== 0x2c) throw DECLINE;
    i += 1;
  }
  return i + 1;
}

/**
 * `{ key: value, ... }` on one line into `result`: plain and quoted keys; plain and quoted scalars
 * and flow sequences of them as values. Returns the index past `}`. A key without a value, a
 * nested mapping, a comment (js-yaml would read on past the line) are declined.
 */
function flowMapping(line: string, start: number, result: Record<string, unknown>): number {
  let i = start + 1;
  for (;;) {
    while (line.charCodeAt(i) === SPACE) i += 1;
    // `{}`, or the end after a trailing comma, which js-yaml takes as such.
    if (line.charCodeAt(i) === 0x7d /* } */) return i + 1;
    let key: string;
    const first = line.charCodeAt(i);
    if (first === 0x22 || first === 0x27) {
      key = quoted(line, i);
      i = quotedEnd(line, i);
      while (line.charCodeAt(i) === SPACE) i += 1;
      // After a quoted key the value may follow the colon at once (`{"a":1}`), as in JSON.
      if (line.charCodeAt(i) !== 0x3a /* : */) throw DECLINE;
      i += 1;
    } else {
      const end = plainEnd(line, i);
      if (line.charCodeAt(end) !== 0x3a || line.charCodeAt(end + 1) !== SPACE) throw DECLINE;
      key = keyOf(line, i, end);
      i = end + 1;
    }
    if (key === '__proto__' || Object.prototype.hasOwnProperty.call(result, key)) throw DECLINE;
    while (line.charCodeAt(i) === SPACE) i += 1;
    const c = line.charCodeAt(i);
    if (c === 0x22 || c === 0x27) {
      result[key] = quoted(line, i);
      i = quotedEnd(line, i);
    } else if (c === 0x5b) {
      const items: unknown[] = [];
      i = flowSequence(line, i, items);
      result[key] = items;
    } else {
      const end = plainEnd(line, i);
      const text = trimSpaces(line.slice(i, end));
      if (!plainStart(text, true)) throw DECLINE;
      result[key] = resolve(text);
      i = end;
    }
    while (line.charCodeAt(i) === SPACE) i += 1;
    const next = line.charCodeAt(i);
    if (next === 0x7d) return i + 1;
    if (next !== 0x2c /* , */) throw DECLINE;
    i += 1;
  }
}

/**
 * Where a plain scalar in a flow collection starting at `from` stops, as js-yaml's reader stops:
 * at a flow indicator, a `:` before a space or a flow indicator, a `#` after a space, or the end
 * of the line.
 */
function plainEnd(line: string, from: number): number {
  let i = from;
  for (; i < line.length; i += 1) {
    const c = line.charCodeAt(i);
    if (c === 0x2c || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d) break;
    if (c === 0x3a) {
      const next = line.charCodeAt(i + 1);
      if (i + 1 === line.length || next === SPACE || next === 0x2c || next === 0x5b || next === 0x5d || next === 0x7b || next === 0x7d) break;
    } else if (c === HASH && line.charCodeAt(i - 1) === SPACE) {
      break;
    }
  }
  return i;
}

/** What may follow a scalar on its line: spaces, then perhaps a comment. */
function trailer(line: string, from: number): void {
  let i = from;
  while (line.charCodeAt(i) === SPACE) i += 1;
  if (i < line.length && (i === from || line.charCodeAt(i) !== HASH)) throw DECLINE;
}

/** Index just past the closing quote of the quoted scalar at `start` on this line, or -1. */
function quotedEnd(line: string, start: number): number {
  const quote = line[start]!;
  let i = start + 1;
  for (;;) {
    const end = line.indexOf(quote, i);
    if (end === -1) return -1;
    if (quote === "'" && line[end + 1] === "'") { i = end + 2; continue; }
    return end + 1;
  }
}

/** The text of a one-line quoted scalar; a double-quoted one with an escape is declined. */
function quoted(line: string, start: number): string {
  const end = quotedEnd(line, start);
  if (end === -1) throw DECLINE;
  const body = line.slice(start + 1, end - 1);
  if (line[start] === "'") return body.includes("''") ? body.replace(/''/g, "'") : body;
  if (body.includes('\\')) throw DECLINE;
  return body;
}

/** True when `text` (not empty) may start a plain scalar without further thought. */
function plainStart(text: string, inFlow: boolean): boolean {
  if (text === '') return false;
  const c = text.charCodeAt(0);
  if ('&*!|>\'"%@`#,[]{}:'.includes(text[0]!)) return false;
  if (c === DASH || c === 0x3f /* ? */) {
    const next = text.charCodeAt(1);
    if (text.length === 1 || next === SPACE || (inFlow && (next === 0x2c || next === 0x5d))) return false;
    if (c === DASH && text.startsWith('---')) return false;
  }
  if (text.startsWith('...')) return false;
  return true;
}

/** A plain scalar as CORE reads it: null, bool, int, float, or the text. */
function resolve(text: string): unknown {
  // Every CORE type but str needs one of these first characters: skip them for words.
  const c = text.charCodeAt(0);
  if (!((c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2b || c === 0x2e || c === 0x7e || c === 0x6e || c === 0x4e
    || c === 0x74 || c === 0x54 || c === 0x66 || c === 0x46)) return text;
  for (const type of IMPLICIT) if (type.resolve(text)) return type.construct(text);
  return text;
}

/** Without its trailing spaces (only spaces: js-yaml keeps other white space, such as U+00A0). */
function trimSpaces(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === SPACE) end -= 1;
  return end === text.length ? text : text.slice(0, end);
}
