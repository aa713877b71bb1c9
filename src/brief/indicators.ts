/**
 * A scenario's `indicators` in the frontmatter: text, a list of text, or a list whose items may be
 * `{ text, status, as_of, note }` (docs/brief-format.md, "Indicators with a state"). Faults are
 * problems at the line of the key that holds them; what can be read is kept.
 */
import { INDICATOR_STATUSES, type IndicatorState, type IndicatorStatus, type Problem, type ProblemCode } from './model.js';
import type { RawFrontmatter } from './frontmatter.js';
import { scalarText } from './metadata.js';
import { parseCalendarDate } from './period.js';
import { closestMatches } from '../text/suggest.js';

export const INDICATOR_KEYS = ['text', 'status', 'as_of', 'note'] as const;

export interface IndicatorsRead {
  /** The texts (Scenario.indicators). */
  texts: string[];
  /**
   * The states, made when first asked for: a plain string's line is found by scanning the
   * frontmatter's lines, which a parse that never reads states (export, lint) need not pay for.
   */
  states: () => IndicatorState[];
}

/** Where an indicator list is, for lines: the frontmatter's lines (file line n is `lines[n - 1]`) and the scenario entry's line. */
export interface IndicatorSource {
  fm: RawFrontmatter;
  lines: () => readonly string[];
  entryLine: number;
}

/** `observed`, `Observed`, `not observed`, `not_observed` are read; the JSON spells them as INDICATOR_STATUSES. */
export function readIndicatorStatus(written: string): IndicatorStatus | null {
  const wanted = written.trim().toLowerCase().replace(/[\s_]+/g, '-');
  return (INDICATOR_STATUSES as readonly string[]).includes(wanted) ? (wanted as IndicatorStatus) : null;
}

const isScalar = (value: unknown): value is string | number | boolean =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';

const kind = (value: unknown): string => (Array.isArray(value) ? 'a list' : 'a mapping');

export function readIndicators(value: unknown, path: ReadonlyArray<string>, source: IndicatorSource, problems: Problem[]): IndicatorsRead {
  const { fm } = source;
  const texts: string[] = [];
  // Each state as read; a plain string's line (a function) is found when the states are made.
  const read: Array<Omit<IndicatorState, 'line'> & { line: number | (() => number) }> = [];
  let itemLines: number[] | null = null;
  const lineOfItem = (i: number): number => {
    itemLines ??= scanItemLines(source.lines(), source.entryLine);
    return itemLines[Math.min(i, itemLines.length - 1)] ?? source.entryLine;
  };
  // Fields listed, not spread: a spread in an object literal takes V8's slow generic path.
  const states = (): IndicatorState[] => read.map((r) => ({ text: r.text, status: r.status, asOf: r.asOf, note: r.note, line: typeof r.line === 'number' ? r.line : r.line() }));
  const report = (code: ProblemCode, line: number, message: string): void => {
    problems.push({ code, line, column: 1, message });
  };
  const add = (text: string, line: number | (() => number), status: IndicatorStatus | null = null, asOf: string | null = null, note: string | null = null): void => {
    texts.push(text);
    read.push({ text, status, asOf, note, line });
  };

  if (value === undefined || value === null) return { texts, states };
  if (isScalar(value)) {
    const text = scalarText(value, path, fm.asWritten).trim();
    if (text !== '') add(text, () => lineOfItem(0));
    return { texts, states };
  }
  if (!Array.isArray(value)) {
    report('wrong-type', fm.lineOf(path) ?? source.entryLine,
      '"indicators" should be a list of text, not a mapping; write each indicator as "- text" or "- {text: ..., status: observed}"');
    return { texts, states };
  }
  value.forEach((item, i) => {
    if (item === null || item === undefined) return;
    if (isScalar(item)) {
      const text = scalarText(item, [...path, i], fm.asWritten).trim();
      if (text !== '') add(text, () => lineOfItem(i));
      return;
    }
    const at = lineOfItem(i);
    if (Array.isArray(item)) {
      report('wrong-type', at, `indicator ${i + 1} is a list, not text; write each indicator as one "- text" line or as "- {text: ..., status: observed}"`);
      return;
    }
    const keys = Object.keys(item as object);
    if (!keys.some((k) => (INDICATOR_KEYS as readonly string[]).includes(k))) {
      // `- Talks resume: in March` is a mapping to YAML: most likely text with ": " in it.
      report('wrong-type', at, `indicator ${i + 1} is a mapping, not text ("${keys[0] ?? ''}: ..."); quote text that has ": " in it, or write "- {text: ..., status: observed}"`);
      return;
    }
    const read = readIndicatorObject(item as Record<string, unknown>, [...path, i], i + 1, at, source, report);
    if (read !== null) add(read.text, at, read.status, read.asOf, read.note);
  });
  return { texts, states };
}

type Reporter = (code: ProblemCode, line: number, message: string) => void;

/** `{ text, status, as_of, note }`: null when it has no text (reported). */
function readIndicatorObject(item: Record<string, unknown>, path: ReadonlyArray<string | number>, n: number, at: number,
  source: IndicatorSource, report: Reporter): Omit<IndicatorState, 'line'> | null {
  const keyLine = (key: string): number => findKeyLine(source.lines(), at, key);
  const own = (key: string): unknown => (Object.prototype.hasOwnProperty.call(item, key) ? item[key] : undefined);
  const textOf = (key: string): string | null => {
    const value = own(key);
    if (value === undefined || value === null) return null;
    if (isScalar(value)) return scalarText(value, [...path, key], source.fm.asWritten).trim() || null;
    report('wrong-type', keyLine(key), `indicator ${n}: "${key}" should be text, not ${kind(value)}`);
    return null;
  };

  for (const key of Object.keys(item)) {
    if ((INDICATOR_KEYS as readonly string[]).includes(key)) continue;
    const [near] = closestMatches(key.replace(/-/g, '_'), INDICATOR_KEYS, 1);
    report('wrong-type', keyLine(key),
      `indicator ${n} has an unknown key "${key}"${near ? `; did you mean "${near}"?` : ''} (an indicator takes ${INDICATOR_KEYS.join(', ')})`);
  }

  let status: IndicatorStatus | null = null;
  const written = textOf('status');
  if (written !== null) {
    status = readIndicatorStatus(written);
    if (status === null) {
      const [near] = closestMatches(written, INDICATOR_STATUSES, 1);
      report('invalid-value', keyLine('status'),
        `indicator ${n}: status "${written}" is not one of ${INDICATOR_STATUSES.join(', ')}${near ? `; did you mean "${near}"?` : ''}`);
    }
  }

  let asOf: string | null = null;
  const date = textOf('as_of');
  if (date !== null) {
    // A bare year is a number to YAML, and "2026-01" is a month: neither is the day it was reviewed.
    asOf = /^\d{4}-\d{2}-\d{2}/.test(date) ? parseCalendarDate(date) : null;
    if (asOf === null) report('invalid-value', keyLine('as_of'), `indicator ${n}: "as_of: ${date}" is not a calendar date; write the day it was last reviewed as YYYY-MM-DD`);
  }

  const note = textOf('note');
  const text = textOf('text');
  if (text === null) {
    const where = own('text') === undefined ? 'has no "text"' : 'has an empty "text"';
    report('wrong-type', own('text') === undefined ? at : keyLine('text'), `indicator ${n} ${where}; add text: the sign to watch for`);
    return null;
  }
  return { text, status, asOf, note };
}

function indentOf(line: string): number {
  let n = 0;
  while (line.charCodeAt(n) === 32) n += 1;
  return n;
}
const isBlank = (line: string): boolean => /^\s*(?:#.*)?$/.test(line);

/**
 * The file line of each item of the `indicators` list under the scenario entry on `entryLine`,
 * found by reading the lines (cheap, unlike a second YAML parse): every item of a flow list
 * (`[a, b]`) is on the key's line; a block list's items start with "-". Empty when not found.
 */
export function scanItemLines(lines: readonly string[], entryLine: number): number[] {
  const entry = lines[entryLine - 1];
  if (entry === undefined) return [];
  if (/[\s{,]["']?indicators["']?\s*:/.test(entry)) return [entryLine];
  const entryIndent = indentOf(entry);
  let keyLine = -1;
  let keyIndent = 0;
  for (let n = entryLine + 1; n <= lines.length; n += 1) {
    const text = lines[n - 1]!;
    if (isBlank(text)) continue;
    if (indentOf(text) <= entryIndent) return [];
    const m = /^(\s*)["']?indicators["']?\s*:(.*)$/.exec(text);
    if (m) {
      if (!isBlank(m[2]!)) return [n];
      keyLine = n;
      keyIndent = m[1]!.length;
      break;
    }
  }
  if (keyLine === -1) return [];
  const found: number[] = [];
  let itemIndent = -1;
  for (let n = keyLine + 1; n <= lines.length; n += 1) {
    const text = lines[n - 1]!;
    if (isBlank(text)) continue;
    const indent = indentOf(text);
    const dash = /^\s*-(?:\s|$)/.test(text);
    if (itemIndent === -1) {
      // YAML lets a list's dashes sit at its key's indentation.
      if (!dash || indent < keyIndent) break;
      itemIndent = indent;
    }
    if (indent < itemIndent || (indent === itemIndent && !dash)) break;
    if (indent === itemIndent) found.push(n);
  }
  return found.length > 0 ? found : [keyLine];
}

/**
 * The line where `key:` is written in the indicator mapping that starts on `from`: that line
 * (a flow mapping, or the first key after "-") or a line below it, indented deeper than its dash.
 */
export function findKeyLine(lines: readonly string[], from: number, key: string): number {
  const first = lines[from - 1];
  if (first === undefined) return from;
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`(?:^\\s*(?:-\\s+)?|[{,]\\s*)["']?${escaped}["']?\\s*:`);
  if (pattern.test(first)) return from;
  const base = indentOf(first);
  for (let n = from + 1; n <= lines.length; n += 1) {
    const text = lines[n - 1]!;
    if (isBlank(text)) continue;
    if (indentOf(text) <= base) break;
    if (pattern.test(text)) return n;
  }
  return from;
}
