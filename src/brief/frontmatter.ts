/**
 * Splits the YAML frontmatter from the body and parses it safely.
 *
 * We split the fence ourselves instead of using gray-matter: gray-matter evaluates `---js`
 * fences with `eval`, caches every file in a global, reads the whole file as YAML when the
 * closing fence is missing, takes `----` or `---js` as a closing fence, and keeps no positions.
 * YAML is read with js-yaml 4's CORE schema: no tag constructs code or objects (unknown tags are
 * refused), dates stay the strings the writer typed, nesting is capped at 100 levels. js-yaml
 * is much faster than the `yaml` package here but keeps no positions, so a line scanner finds
 * keys, cross-checked against the parsed keys. The shapes nearly every brief's frontmatter has
 * are read by simple-yaml.ts, which gives what js-yaml gives and leaves it everything else.
 */
import yaml from 'js-yaml';
import type { Problem, ProblemCode } from './model.js';
import { readSimpleYaml } from './simple-yaml.js';

/** Frontmatter larger than this is refused: a brief's metadata is a few hundred bytes. */
export const MAX_FRONTMATTER_BYTES = 64 * 1024;
/** Frontmatter may expand (aliases followed) to at most this many values: a brief needs about 50. */
const MAX_EXPANDED_NODES = 10_000;

export interface RawFrontmatter {
  /** Line of the opening fence, or null when there is none. */
  startLine: number | null;
  /** First line of the body (1-based). */
  bodyLine: number;
  /** Offset in the text where the body starts. */
  bodyOffset: number;
  /** The parsed mapping; empty when absent or not a mapping. */
  data: Record<string, unknown>;
  keys: string[];
  keyLines: Record<string, number>;
  /** For `scenarios.<key>`: the key's line and, per attribute, the source text of scalars. */
  scenarioEntries: ScenarioEntry[];
  problems: Problem[];
  /**
   * The scalar at `path` as the writer typed it, where YAML read a number: `0x1F` stays
   * "0x1F" (not 31), a 30-digit title keeps its digits. Null when there is no such scalar.
   */
  asWritten(path: ReadonlyArray<string | number>): string | null;
  /** The file line where the list or mapping at `path` starts; null when there is none. */
  lineOf(path: ReadonlyArray<string | number>): number | null;
}

export interface ScenarioEntry {
  key: string;
  line: number;
  /** Source text of the `likelihood` scalar as written (`0.50` stays `0.50`), or null. */
  likelihoodSource: string | null;
  likelihoodLine: number | null;
}

const OPEN_FENCE = /^---[ \t]*([^\s-][^\n]*?)?[ \t]*$/;
const CLOSE_FENCE = /^(?:---|\.\.\.)[ \t]*$/;

export interface FrontmatterOptions {
  /** Find the line of each key (lint and problem messages need them; `list` does not). */
  positions?: boolean;
  /** Read the common shapes of YAML without js-yaml (simple-yaml.ts); false: js-yaml reads all (its differential test). */
  simple?: boolean;
}

/** `text` must already be normalised (no BOM, LF line endings). */
export function readFrontmatter(text: string, options: FrontmatterOptions = {}): RawFrontmatter {
  const result: RawFrontmatter = {
    // No prototype: keys come from the brief, and "__proto__" or "constructor" must stay plain keys.
    startLine: null, bodyLine: 1, bodyOffset: 0, data: {}, keys: [], keyLines: Object.create(null) as Record<string, number>,
    scenarioEntries: [], problems: [], asWritten: () => null, lineOf: () => null,
  };
  const problem = (code: ProblemCode, line: number, message: string, fatal = true): void => {
    result.problems.push({ code, line, column: 1, message, fatal });
  };

  // Find the first non-blank line; a fence may follow blank lines (reported, still read).
  let offset = 0;
  let line = 1;
  while (offset < text.length) {
    const end = text.indexOf('\n', offset);
    const lineText = text.slice(offset, end === -1 ? text.length : end);
    if (lineText.trim() !== '') break;
    if (end === -1) return result;
    offset = end + 1;
    line += 1;
  }
  const firstEnd = text.indexOf('\n', offset);
  const first = text.slice(offset, firstEnd === -1 ? text.length : firstEnd);
  const open = OPEN_FENCE.exec(first);
  if (!open) return result;
  if (line > 1) {
    result.problems.push({
      code: 'fence-not-first', line: 1, column: 1,
      message: `frontmatter must start on line 1; remove the ${line - 1} blank line(s) before "---" (other tools will not see it)`,
    });
  }
  result.startLine = line;
  const language = open[1]?.trim() ?? '';
  if (language !== '' && !/^ya?ml$/i.test(language)) {
    problem('not-yaml', line,
      `frontmatter fence names "${language}"; only YAML frontmatter is read (use a plain "---" line)`);
    return result;
  }

  // Find the closing fence.
  const yamlStart = firstEnd === -1 ? text.length : firstEnd + 1;
  let pos = yamlStart;
  let closeLine = line + 1;
  let closeAt = -1;
  while (pos < text.length) {
    const end = text.indexOf('\n', pos);
    const first = text.charCodeAt(pos);
    if ((first === 0x2d || first === 0x2e) && CLOSE_FENCE.test(text.slice(pos, end === -1 ? text.length : end))) { closeAt = pos; break; }
    if (end === -1) break;
    pos = end + 1;
    closeLine += 1;
  }
  if (closeAt === -1) {
    problem('unclosed', line,
      `frontmatter opened on line ${line} is never closed; add a "---" line after the last key`);
    return result;
  }
  const closeEnd = text.indexOf('\n', closeAt);
  result.bodyOffset = closeEnd === -1 ? text.length : closeEnd + 1;
  result.bodyLine = closeLine + 1;

  const yamlText = text.slice(yamlStart, closeAt);
  // A UTF-16 unit is at most 3 bytes of UTF-8: most frontmatter needs no count.
  if (yamlText.length * 3 > MAX_FRONTMATTER_BYTES && Buffer.byteLength(yamlText, 'utf8') > MAX_FRONTMATTER_BYTES) {
    problem('frontmatter-too-large', line,
      `frontmatter is larger than ${MAX_FRONTMATTER_BYTES / 1024} KiB; move long text into the body`);
    return result;
  }
  parseYaml(yamlText, line, result, problem, options.positions !== false, options.simple !== false);
  return result;
}

function parseYaml(
  yamlText: string,
  fenceLine: number,
  result: RawFrontmatter,
  problem: (code: ProblemCode, line: number, message: string, fatal?: boolean) => void,
  positions: boolean,
  simple: boolean,
): void {
  const lines = yamlText.split('\n');
  // The common shapes are read directly (a mapping without aliases, within the budget); the
  // rest, errors included, by js-yaml.
  let data: unknown = simple ? readSimpleYaml(yamlText, lines, MAX_EXPANDED_NODES) : undefined;
  if (data === undefined) {
    try {
      data = yaml.load(yamlText, { schema: yaml.CORE_SCHEMA, json: false });
    } catch (error) {
      const e = error as { reason?: string; message?: string; mark?: { line: number } };
      const reason = (e.reason ?? e.message ?? 'cannot be parsed').replace(/!<tag:yaml\.org,2002:([^>]+)>/, '!!$1');
      const at = e.mark ? faultLine(lines, e.mark.line, reason) : 0;
      const hint = /unknown tag/.test(reason) ? '; brief reads plain YAML only' : '';
      problem('yaml-syntax', fenceLine + 1 + at, `YAML: ${reason}${hint}`);
      return;
    }
    if (data === null || data === undefined) return;
    // js-yaml keeps aliases as shared references: cheap to load, but a bomb expands to
    // gigabytes for anything that walks it. Walk it here, within a budget.
    if (expandsBeyond(data, MAX_EXPANDED_NODES)) {
      problem('too-many-values', fenceLine + 1,
        `frontmatter expands to more than ${MAX_EXPANDED_NODES} values (YAML aliases, *name); write the values out`);
      return;
    }
    if (typeof data !== 'object' || Array.isArray(data)) {
      problem('not-mapping', fenceLine + 1,
        'frontmatter must be a mapping of keys to values (title: ..., date: ...)', false);
      return;
    }
  }
  result.data = data as Record<string, unknown>;
  result.asWritten = (path) => {
    const value = valueAt(loadAsText(yamlText), path);
    return typeof value === 'string' ? value : null;
  };
  result.lineOf = (path) => {
    const line = lineOfValue(yamlText, path);
    return line === null ? null : fenceLine + 1 + line;
  };
  const keys = Object.keys(result.data);
  result.keys = keys;
  const found = positions ? scanKeys(lines) : new Map<string, { line: number; end: number }>();
  for (const key of keys) result.keyLines[key] = fenceLine + 1 + (found.get(key)?.line ?? 0);

  const scenarios = result.data.scenarios;
  if (typeof scenarios === 'object' && scenarios !== null && !Array.isArray(scenarios)) {
    const block = found.get('scenarios');
    const entries = block ? scanEntries(lines, block.line, block.end) : new Map<string, ScannedEntry>();
    for (const [key, attrs] of Object.entries(scenarios as Record<string, unknown>)) {
      const found = entries.get(key);
      const value = typeof attrs === 'object' && attrs !== null && !Array.isArray(attrs) ? (attrs as Record<string, unknown>).likelihood : undefined;
      const line = fenceLine + 1 + (found?.line ?? block?.line ?? 0);
      result.scenarioEntries.push({
        key,
        line,
        likelihoodSource: likelihoodSource(value, found?.likelihood ?? null),
        likelihoodLine: value === undefined || value === null ? null : fenceLine + 1 + (found?.likelihoodLine ?? found?.line ?? block?.line ?? 0),
      });
    }
  }
}

/**
 * CORE without its number types: plain scalars that CORE reads as numbers stay the text
 * written. Used only when a text field holds a number, so numbers elsewhere keep their type.
 */
const TEXT_SCHEMA = yaml.FAILSAFE_SCHEMA.extend({
  implicit: (yaml.CORE_SCHEMA as unknown as { implicit: Array<yaml.Type & { tag: string }> }).implicit.filter((t) => !/:(?:int|float)$/.test(t.tag)),
});

function loadAsText(yamlText: string): unknown {
  try {
    return yaml.load(yamlText, { schema: TEXT_SCHEMA, json: false });
  } catch {
    return undefined; // `!!int 5` has no meaning here: the number is used as read
  }
}

function valueAt(data: unknown, path: ReadonlyArray<string | number>): unknown {
  let value = data;
  for (const step of path) {
    if (typeof value !== 'object' || value === null || !Object.prototype.hasOwnProperty.call(value, step)) return undefined;
    value = (value as Record<string | number, unknown>)[step];
  }
  return value;
}

/** The (0-based) YAML line where the list or mapping at `path` opens, read again with js-yaml's node events. */
function lineOfValue(yamlText: string, path: ReadonlyArray<string | number>): number | null {
  const lines = new Map<unknown, number>();
  const opened: number[] = [];
  let data: unknown;
  try {
    data = yaml.load(yamlText, {
      schema: yaml.CORE_SCHEMA,
      json: false,
      listener(event, state) {
        if (event === 'open') { opened.push(state.line); return; }
        const line = opened.pop()!;
        if (typeof state.result === 'object' && state.result !== null && !lines.has(state.result)) lines.set(state.result, line);
      },
    });
  } catch {
    return null;
  }
  const target = valueAt(data, path);
  return typeof target === 'object' && target !== null ? lines.get(target) ?? null : null;
}

/** True when walking `data`, following shared references, visits more than `budget` values. */
function expandsBeyond(data: unknown, budget: number): boolean {
  let visited = 0;
  const stack: unknown[] = [data];
  while (stack.length > 0) {
    const value = stack.pop();
    if (++visited > budget) return true;
    if (typeof value === 'object' && value !== null) {
      for (const child of Array.isArray(value) ? value : Object.values(value)) stack.push(child);
    }
  }
  return false;
}
/** A block-style key at the start of a line: `key:`, `"key":`, `'key':`. */
const KEY = /^(?:"((?:[^"\\]|\\.)*)"|'((?:[^']|'')*)'|([^\s#'"{[\]}>|*&!%@`,-][^:#]*?|-[^\s:#][^:#]*?))[ \t]*:(?:[ \t]+(.*))?$/;

/** Top-level keys with their (0-based) line and the line where their block ends. */
function scanKeys(lines: string[]): Map<string, { line: number; end: number }> {
  const found = new Map<string, { line: number; end: number }>();
  let last: { line: number; end: number } | null = null;
  for (let line = 0; line < lines.length; line += 1) {
    const text = lines[line]!;
    // KEY cannot match an empty line, nor one that starts with white space or a comment.
    const first = text.charCodeAt(0);
    if (first === 0x20 || first === 0x09 || first === 0x23 || text === '') continue;
    const m = KEY.exec(text);
    if (!m) continue;
    if (last) last.end = line;
    const key = m[1] ?? m[2]?.replace(/''/g, "'") ?? m[3]!.trim();
    last = { line, end: lines.length };
    if (!found.has(key)) found.set(key, last);
  }
  return found;
}

/** `likelihood: <scalar>` anywhere in a line, as in a flow mapping. */
const LIKELIHOOD = /(?:^|[{,\s])likelihood[ \t]*:[ \t]*("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^,}#\n]*[^,}#\s])/;

interface ScannedEntry { line: number; likelihood: string | null; likelihoodLine: number | null }

/** Entries of the `scenarios` block (its first indentation level) and their likelihood as written. */
function scanEntries(lines: string[], from: number, to: number): Map<string, ScannedEntry> {
  const entries = new Map<string, ScannedEntry>();
  let indent = -1;
  let current: ScannedEntry | null = null;
  for (let line = from + 1; line < to; line += 1) {
    const text = lines[line]!;
    let spaces = 0;
    while (text.charCodeAt(spaces) === 0x20) spaces += 1;
    if (spaces === text.length || text.charCodeAt(spaces) === 0x23) continue;
    if (indent === -1) indent = spaces;
    const body = text.slice(spaces);
    const m = spaces === indent ? KEY.exec(body) : null;
    if (m) {
      current = { line, likelihood: null, likelihoodLine: null };
      entries.set(m[1] ?? m[2]?.replace(/''/g, "'") ?? m[3]!.trim(), current);
    }
    if (!current || !text.includes('likelihood')) continue;
    const like = LIKELIHOOD.exec(spaces === indent ? (m?.[4] ?? '') : body);
    if (like) { current.likelihood = like[1]!.replace(/^["']|["']$/g, ''); current.likelihoodLine = line; }
  }
  return entries;
}

/** The likelihood as the writer typed it: `0.50` stays "0.50", not the number 0.5. */
function likelihoodSource(value: unknown, scanned: string | null): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && scanned !== null && Number(scanned) === value) return scanned;
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/**
 * The (0-based) line to report a YAML error on. An unclosed quote or bracket is noticed
 * later (at the next key, or the end); the fault is the line where it opened.
 */
function faultLine(lines: string[], line: number, reason: string): number {
  const opener = /quoted scalar/.test(reason) ? /:[ \t]*(["'])/ : /flow collection|missed comma/.test(reason) ? /:[ \t]*[[{]/ : null;
  if (opener) {
    for (let l = Math.min(line, lines.length - 1); l >= 0; l -= 1) if (opener.test(lines[l]!)) return l;
  }
  return Math.min(line, Math.max(0, lines.length - 1));
}
