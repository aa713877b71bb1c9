/**
 * A reader for the YAML that briefs' frontmatter almost always is: block mappings and block
 * sequences nested by spaces, one-line plain and quoted scalars, one-line flow sequences of
 * scalars and flow mappings of those, `|` and `>` block scalars of plain lines, full-line and
 * trailing comments. It gives exactly what js-yaml's `load` gives with the CORE schema (plain
 * scalars are resolved by that schema's own types) and declines, returning undefined, on anything
 * else (tabs, anchors, tags, nested or multi-line flow mappings, multi-line plain or quoted
 * scalars, escapes, explicit `?` keys, duplicate keys,
 * `__proto__`, document markers, and whatever it is not sure of), leaving it to js-yaml.
 * js-yaml reads character by character through a general state machine; this reads lines.
 */
import { DECLINE, inlineScalar, keyEnd, keyOf } from './simple-yaml-scalars.js';

/**
 * Characters this reader leaves to js-yaml wherever they are: tabs, CR, a BOM, what js-yaml
 * calls non-printable (unpaired surrogates too) or reads as a line break.
 */
const UNSURE = /[\x00-\x09\x0B-\x1F\x7F-\x9F\uFEFF\uFFFE\uFFFF\u2028\u2029]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** Deeper nesting is left to js-yaml, which refuses more than 100 levels. */
const MAX_DEPTH = 50;

const SPACE = 32;
const HASH = 35;
const DASH = 45;
const BRACE = 0x7b;

/**
 * The mapping js-yaml reads from `text` (split into `lines`), or undefined when this reader
 * declines. It declines as well when the mapping holds more than `maxValues` values, so the
 * caller's budget holds without walking the result.
 */
export function readSimpleYaml(text: string, lines: readonly string[], maxValues: number): Record<string, unknown> | undefined {
  if (UNSURE.test(text)) return undefined;
  try {
    return new Reader(lines, maxValues).document();
  } catch {
    // DECLINE, or a fault of this reader: either way js-yaml reads the text.
    return undefined;
  }
}

class Reader {
  /** Index of the current line: the next one holding content, or lines.length. */
  private at = 0;
  /** Indentation of the current line. */
  private indent = 0;
  private values = 0;
  private depth = 0;

  constructor(private readonly lines: readonly string[], private readonly maxValues: number) {}

  document(): Record<string, unknown> {
    this.skipBlank(0);
    if (this.at === this.lines.length || this.indent !== 0) throw DECLINE;
    const data = this.mapping(0);
    if (this.at !== this.lines.length) throw DECLINE;
    return data;
  }

  /** Moves to the first line from `from` that is neither blank nor a comment. */
  private skipBlank(from: number): void {
    const lines = this.lines;
    let i = from;
    let indent = 0;
    for (; i < lines.length; i += 1) {
      const line = lines[i]!;
      indent = indentOf(line);
      if (indent < line.length && line.charCodeAt(indent) !== HASH) break;
    }
    this.at = i;
    this.indent = indent;
  }

  private count(): void {
    if (++this.values > this.maxValues) throw DECLINE;
  }

  /** The block node starting on the current line, whose content starts at `column`. */
  private block(column: number): unknown {
    if (++this.depth > MAX_DEPTH) throw DECLINE;
    const line = this.lines[this.at]!;
    const value = isItem(line, column) ? this.sequence(column) : this.mapping(column);
    this.depth -= 1;
    return value;
  }

  /** A block mapping whose keys start at `column`; its first key is on the current line. */
  private mapping(column: number): Record<string, unknown> {
    this.count();
    const result: Record<string, unknown> = {};
    for (;;) {
      const line = this.lines[this.at]!;
      const colon = keyEnd(line, column);
      if (colon === -1) throw DECLINE;
      const key = keyOf(line, column, colon);
      if (key === '__proto__' || Object.prototype.hasOwnProperty.call(result, key)) throw DECLINE;
      result[key] = this.value(line, colon + 1, column, true);
      if (this.at === this.lines.length) return result;
      const indent = this.indent;
      if (indent < column) return result;
      if (indent > column || isItem(this.lines[this.at]!, column)) throw DECLINE;
    }
  }

  /** A block sequence whose `-` are at `column`; its first item is on the current line. */
  private sequence(column: number): unknown[] {
    this.count();
    const result: unknown[] = [];
    for (;;) {
      const line = this.lines[this.at]!;
      let start = column + 1;
      while (line.charCodeAt(start) === SPACE) start += 1;
      const first = line.charCodeAt(start);
      // `- { a: b }` is a flow mapping, whose `a: ` is no key of a block mapping.
      if (start < line.length && first !== HASH && first !== BRACE && keyEnd(line, start) !== -1) {
        if (isItem(line, start)) throw DECLINE; // `- - x`
        result.push(this.block(start));
      } else {
        result.push(this.value(line, column + 1, column, false));
      }
      if (this.at === this.lines.length) return result;
      const next = this.lines[this.at]!;
      const indent = this.indent;
      if (indent < column || (indent === column && !isItem(next, column))) return result;
      if (indent > column) throw DECLINE;
    }
  }

  /**
   * The value written from `from` on the current line (after `key:` or `-`) of a node in a
   * block at `parent`, and what follows it on the next lines; moves past it.
   */
  private value(line: string, from: number, parent: number, inMapping: boolean): unknown {
    let start = from;
    while (line.charCodeAt(start) === SPACE) start += 1;
    if (start === line.length || line.charCodeAt(start) === HASH) {
      this.skipBlank(this.at + 1);
      if (this.at === this.lines.length) { this.count(); return null; }
      const next = this.lines[this.at]!;
      const indent = this.indent;
      // A sequence may sit at its key's indentation; nothing else may.
      if (indent > parent || (inMapping && indent === parent && isItem(next, indent))) {
        if (!isItem(next, indent) && keyEnd(next, indent) === -1) throw DECLINE; // a scalar on the next line
        return this.block(indent);
      }
      // After an empty entry js-yaml takes the next `-` into the same sequence, whatever its indentation.
      if (!inMapping && indent < parent && isItem(next, indent)) throw DECLINE;
      this.count();
      return null;
    }
    this.count();
    const first = line.charCodeAt(start);
    if (first === 0x7c /* | */ || first === 0x3e /* > */) return this.blockScalar(line, start, parent);
    const value = inlineScalar(line, start);
    if (typeof value === 'object' && value !== null && (this.values += inner(value)) > this.maxValues) throw DECLINE;
    this.skipBlank(this.at + 1);
    // More indented content would continue a plain scalar or be an error: js-yaml's to judge.
    if (this.at < this.lines.length && this.indent > parent) throw DECLINE;
    return value;
  }

  /**
   * A `|` or `>` scalar (clip or `-` strip) whose lines are all indented alike, blank lines
   * between them allowed; more-indented lines and `+`, explicit indentation are declined.
   */
  private blockScalar(line: string, start: number, parent: number): string {
    const folded = line.charCodeAt(start) === 0x3e;
    let i = start + 1;
    const strip = line.charCodeAt(i) === DASH;
    if (strip) i += 1;
    if (i < line.length) {
      if (line.charCodeAt(i) !== SPACE) throw DECLINE;
      while (line.charCodeAt(i) === SPACE) i += 1;
      if (i < line.length && line.charCodeAt(i) !== HASH) throw DECLINE;
    }
    const lines = this.lines;
    let n = this.at + 1;
    const firstLine = lines[n];
    const indent = firstLine === undefined ? 0 : indentOf(firstLine);
    // Blank lines before the first line and empty scalars are read by js-yaml's own rules.
    if (firstLine === undefined || indent <= parent || indent === firstLine.length) throw DECLINE;
    let text = firstLine.slice(indent);
    let empty = 0;
    for (n += 1; n < lines.length; n += 1) {
      const l = lines[n]!;
      const spaces = indentOf(l);
      if (spaces === l.length) {
        if (spaces > indent) throw DECLINE; // spaces past the indentation are content
        empty += 1;
        continue;
      }
      if (spaces < indent) break;
      if (spaces > indent) throw DECLINE;
      text += (folded ? (empty === 0 ? ' ' : '\n'.repeat(empty)) : '\n'.repeat(empty + 1)) + l.slice(indent);
      empty = 0;
    }
    if (!strip) text += '\n';
    this.skipBlank(n);
    if (this.at < lines.length && this.indent > parent) throw DECLINE;
    return text;
  }
}

/** How many values a flow collection holds below itself (a mapping's sequences' items too). */
function inner(value: object): number {
  if (Array.isArray(value)) return value.length;
  let n = 0;
  for (const v of Object.values(value)) n += 1 + (Array.isArray(v) ? v.length : 0);
  return n;
}

function indentOf(line: string): number {
  let n = 0;
  while (line.charCodeAt(n) === SPACE) n += 1;
  return n;
}

/** True when the line holds a `-` sequence entry at `column`. */
function isItem(line: string, column: number): boolean {
  return line.charCodeAt(column) === DASH && (column + 1 === line.length || line.charCodeAt(column + 1) === SPACE);
}
