/**
 * What a `scenarios.<label>` entry holds that no reader takes: a misspelt key, a YAML merge key,
 * or a value that is not a mapping. Each loses what it says (a likelihood, most often) without a
 * word from any command, so it is an error, as an indicator's unknown key is.
 */
import { SCENARIO_KEYS } from '../../brief/model.js';
import { likelihoodRange } from '../../brief/estimative.js';
import { closestMatches } from '../../text/suggest.js';
import type { Rule } from '../types.js';
import { exampleBrief } from './example.js';

/** Words for a scenario's keys that are not typos of them. */
const SYNONYMS: Record<string, (typeof SCENARIO_KEYS)[number]> = {
  probability: 'likelihood', chance: 'likelihood', odds: 'likelihood',
  signposts: 'indicators', signals: 'indicators', consequences: 'impact',
};

const TAKES = `a scenario entry takes ${SCENARIO_KEYS.join(', ')}`;

const rule: Rule = {
  id: 'scenario-unknown-key',
  description: 'A key of a frontmatter scenario entry that is not read (a typo, a YAML merge key), or an entry that is not a mapping.',
  defaultSeverity: 'error',
  examples: {
    fail: [
      { text: exampleBrief(['scenarios:', '  A: {likelihod: likely}']), lines: [6] },
      { text: exampleBrief(['scenarios:', '  A:', '    impact: high', '    likelihod: likely']), lines: [8] },
      { text: exampleBrief(['scenarios:', '  A:', '    <<: {likelihood: unlikely}']), lines: [7] },
      { text: exampleBrief(['scenarios:', '  A: likely']), lines: [6] },
    ],
    pass: [
      { text: exampleBrief(['scenarios:', '  A:', '    likelihood: likely', '    impact: high', '    indicators:', '      - {text: Talks resume, note: x}']) },
      // An empty entry holds nothing that could be lost.
      { text: exampleBrief(['scenarios:', '  A:']) },
    ],
  },
  check({ brief, lines, report }) {
    const scenarios = own(brief.frontmatter.data, 'scenarios');
    if (!isMapping(scenarios)) return;
    for (const entry of brief.frontmatter.scenarioEntries) {
      const value = own(scenarios, entry.key);
      if (value === undefined || value === null) continue;
      const name = `scenarios.${entry.key}`;
      if (!isMapping(value)) {
        report({ line: entry.line, message: `${name} is ${shapeOf(value)}, not a mapping, and is not read; write ${entry.key}: ${asMapping(value, lines[entry.line - 1] ?? '')}` });
        continue;
      }
      let keyLines: Map<string, number> | null = null;
      const lineOf = (key: string): number => (keyLines ??= entryKeyLines(lines, entry.line)).get(key) ?? entry.line;
      for (const key of Object.keys(value)) {
        if ((SCENARIO_KEYS as readonly string[]).includes(key)) continue;
        if (key === '<<') {
          const lost = mergedKeys(value[key]);
          report({
            line: lineOf(key),
            message: `${name} has a YAML merge key "<<", which is not read (brief does not merge keys)${lost.length > 0 ? `, so its ${andList(lost)} ${lost.length === 1 ? 'is' : 'are'} lost` : ''}; write the keys out under "${entry.key}:"`,
          });
          continue;
        }
        const near = (Object.hasOwn(SYNONYMS, key.toLowerCase()) ? SYNONYMS[key.toLowerCase()] : undefined) ?? closestMatches(key.replace(/-/g, '_'), SCENARIO_KEYS, 1)[0];
        report({ line: lineOf(key), message: `${name} has an unknown key "${key}", which is not read${near ? `; did you mean "${near}"?` : ''} (${TAKES})` });
      }
    }
  },
};

/** "a", "a and b", "a, b and c". */
const andList = (items: readonly string[]): string => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

function own(data: unknown, key: string): unknown {
  return isMapping(data) && Object.prototype.hasOwnProperty.call(data, key) ? data[key] : undefined;
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value in the message: a list named as such; a long or multi-line text cut to one short line. */
function shapeOf(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  const chars = [...String(value).replace(/\s+/g, ' ').trim()];
  return `"${chars.length > 40 ? `${chars.slice(0, 39).join('')}…` : chars.join('')}"`;
}

/** The entry as it should be written: `{likelihood: likely}` when the value reads as a likelihood. */
function asMapping(value: unknown, line: string): string {
  if (Array.isArray(value)) return '{likelihood: ..., indicators: [...]}';
  const written = writtenScalar(line) ?? String(value);
  return likelihoodRange(written.replace(/^(["'])(.*)\1$/, '$2')) !== null ? `{likelihood: ${written}}` : `{likelihood: ..., impact: ...}`;
}

/** The scalar after the entry's key on its line, as typed (`0.50` stays `0.50`, quotes kept), or null. */
function writtenScalar(line: string): string | null {
  const m = /^\s*(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#"'][^:#]*?)[ \t]*:[ \t]+(.*?)(?:[ \t]+#.*)?$/.exec(line);
  return m && m[1] !== '' ? m[1]! : null;
}

/** The scenario keys a merge key's value holds (a mapping, or a list of them). */
function mergedKeys(value: unknown): string[] {
  const maps = Array.isArray(value) ? value.filter(isMapping) : isMapping(value) ? [value] : [];
  return SCENARIO_KEYS.filter((key) => maps.some((m) => Object.prototype.hasOwnProperty.call(m, key)));
}

/** A key in block style (`key:` at a line's start) or in a flow mapping (after `{` or `,`). */
const KEY_AT_START = /^(?:"((?:[^"\\]|\\.)*)"|'((?:[^']|'')*)'|([^\s#"'{}[\],][^:#]*?))[ \t]*:(?:[ \t]|$)/;
const KEY_IN_FLOW = /[{,][ \t]*(?:"((?:[^"\\]|\\.)*)"|'((?:[^']|'')*)'|([^\s#"'{}[\],][^:#{},]*?))[ \t]*:/g;

/**
 * The file line of each key of the entry on `entryLine`: the keys of a flow mapping on that line,
 * then those of its block (the lines indented one level below it). One pass over the block, so a
 * brief with many keys costs no more than its lines.
 */
function entryKeyLines(lines: readonly string[], entryLine: number): Map<string, number> {
  const found = new Map<string, number>();
  const add = (m: RegExpExecArray, line: number): void => {
    const key = m[1] ?? m[2]?.replace(/''/g, "'") ?? m[3]!.trim();
    if (!found.has(key)) found.set(key, line);
  };
  const entry = lines[entryLine - 1];
  if (entry === undefined) return found;
  for (const m of entry.matchAll(KEY_IN_FLOW)) add(m, entryLine);
  const entryIndent = indentOf(entry);
  let childIndent = -1;
  for (let n = entryLine + 1; n <= lines.length; n += 1) {
    const text = lines[n - 1]!;
    if (/^\s*(?:#.*)?$/.test(text)) continue;
    const indent = indentOf(text);
    if (indent <= entryIndent) break;
    if (childIndent === -1) childIndent = indent;
    if (indent !== childIndent) continue;
    const m = KEY_AT_START.exec(text.slice(indent));
    if (m) add(m, n);
  }
  return found;
}

function indentOf(line: string): number {
  let n = 0;
  while (line.charCodeAt(n) === 32) n += 1;
  return n;
}

export default rule;
