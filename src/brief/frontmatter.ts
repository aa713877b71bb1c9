/**
 * Splits the YAML frontmatter from the body and parses it safely.
 *
 * We split the fence ourselves instead of using gray-matter: gray-matter evaluates `---js`
 * fences with `eval`, caches every file in a global, reads the whole file as YAML when the
 * closing fence is missing, takes `----` or `---js` as a closing fence, and keeps no positions.
 * YAML is read with the `yaml` package's core schema (YAML 1.2): no code-constructing tags,
 * dates stay the strings the writer typed, alias expansion is bounded.
 */
import { isMap, isScalar, LineCounter, parseDocument, type Node, type Pair } from 'yaml';
import type { Problem } from './model.js';

/** Frontmatter larger than this is refused: a brief's metadata is a few hundred bytes. */
export const MAX_FRONTMATTER_BYTES = 64 * 1024;
/** Bounds alias expansion (a 380-byte alias bomb expands to gigabytes). */
const MAX_ALIAS_COUNT = 100;

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

/** `text` must already be normalised (no BOM, LF line endings). */
export function readFrontmatter(text: string): RawFrontmatter {
  const result: RawFrontmatter = {
    // No prototype: keys come from the brief, and "__proto__" or "constructor" must stay plain keys.
    startLine: null, bodyLine: 1, bodyOffset: 0, data: {}, keys: [], keyLines: Object.create(null) as Record<string, number>,
    scenarioEntries: [], problems: [],
  };
  const problem = (rule: string, line: number, message: string, fatal = true): void => {
    result.problems.push({ rule, severity: 'error', line, column: 1, message, fatal });
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
      rule: 'frontmatter-syntax', severity: 'warning', line: 1, column: 1,
      message: `frontmatter must start on line 1; remove the ${line - 1} blank line(s) before "---" (other tools will not see it)`,
    });
  }
  result.startLine = line;
  const language = open[1]?.trim() ?? '';
  if (language !== '' && !/^ya?ml$/i.test(language)) {
    problem('frontmatter-language', line,
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
    const lineText = text.slice(pos, end === -1 ? text.length : end);
    if (CLOSE_FENCE.test(lineText)) { closeAt = pos; break; }
    if (end === -1) break;
    pos = end + 1;
    closeLine += 1;
  }
  if (closeAt === -1) {
    problem('frontmatter-syntax', line,
      `frontmatter opened on line ${line} is never closed; add a "---" line after the last key`);
    return result;
  }
  const closeEnd = text.indexOf('\n', closeAt);
  result.bodyOffset = closeEnd === -1 ? text.length : closeEnd + 1;
  result.bodyLine = closeLine + 1;

  const yamlText = text.slice(yamlStart, closeAt);
  if (Buffer.byteLength(yamlText, 'utf8') > MAX_FRONTMATTER_BYTES) {
    problem('frontmatter-syntax', line,
      `frontmatter is larger than ${MAX_FRONTMATTER_BYTES / 1024} KiB; move long text into the body`);
    return result;
  }
  parseYaml(yamlText, line, result, problem);
  return result;
}

function parseYaml(
  yamlText: string,
  fenceLine: number,
  result: RawFrontmatter,
  problem: (rule: string, line: number, message: string, fatal?: boolean) => void,
): void {
  const counter = new LineCounter();
  const fileLine = (offset: number): number => fenceLine + counter.linePos(offset).line;
  let doc;
  try {
    doc = parseDocument(yamlText, {
      schema: 'core', resolveKnownTags: false, uniqueKeys: true, prettyErrors: false, lineCounter: counter,
    });
  } catch {
    problem('frontmatter-syntax', fenceLine + 1, 'frontmatter could not be parsed (too deeply nested?); simplify it');
    return;
  }
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    const message = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    const unclosed = /missing closing|flow (?:sequence|map)/i.test(message);
    problem('frontmatter-syntax', fileLine(faultOffset(doc.contents, error.pos[0], yamlText, unclosed)), `YAML: ${message}`);
    return;
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const text = (error as Error).message;
    problem('frontmatter-syntax', fenceLine + 1, /alias count|resource exhaustion/i.test(text)
      ? 'frontmatter expands too many YAML aliases (*name); write the values out'
      : `YAML: ${text.split('\n')[0]}`);
    return;
  }
  if (data === null || data === undefined) return;
  if (!isMap(doc.contents) || typeof data !== 'object' || Array.isArray(data)) {
    problem('frontmatter-type', fenceLine + 1,
      'frontmatter must be a mapping of keys to values (title: ..., date: ...)', false);
    return;
  }
  result.data = data as Record<string, unknown>;
  for (const pair of doc.contents.items as Pair<Node, Node | null>[]) {
    const key = keyText(pair.key);
    if (key === null) continue;
    result.keys.push(key);
    result.keyLines[key] = fileLine(pair.key?.range?.[0] ?? 0);
    if (key === 'scenarios' && isMap(pair.value)) {
      for (const entry of pair.value.items as Pair<Node, Node | null>[]) {
        const name = keyText(entry.key);
        if (name === null) continue;
        const like = isMap(entry.value) ? entry.value.items.find((p) => keyText(p.key as Node) === 'likelihood') : undefined;
        const likeNode = like?.value;
        const scalar = isScalar(likeNode) && likeNode.value !== null ? likeNode : null;
        result.scenarioEntries.push({
          key: name,
          line: fileLine(entry.key?.range?.[0] ?? 0),
          likelihoodSource: scalar ? scalarSource(scalar) : null,
          likelihoodLine: scalar ? fileLine(scalar.range?.[0] ?? 0) : null,
        });
      }
    }
  }
}

/**
 * Where to report a YAML error. An unclosed quote or bracket is noticed later (at the next
 * key, or at the end); the fault is where it opened, in the last key that starts before.
 */
function faultOffset(contents: unknown, offset: number, yamlText: string, unclosed: boolean): number {
  const end = yamlText.trimEnd().length;
  if (offset < end && !unclosed) return offset;
  if (isMap(contents)) {
    const starts = (contents.items as Pair<Node, Node | null>[]).map((p) => p.key?.range?.[0]).filter((n): n is number => n !== undefined && n < offset);
    if (starts.length > 0) return Math.max(...starts);
  }
  return Math.max(0, end - 1);
}

function keyText(node: Node | null | undefined): string | null {
  if (!isScalar(node) || node.value === null || typeof node.value === 'object') return null;
  return String(node.value);
}

/** The scalar as the writer typed it: `0.50` stays "0.50", `"35%"` is "35%". */
function scalarSource(node: { source?: string; value: unknown }): string {
  return typeof node.source === 'string' ? node.source : String(node.value);
}
