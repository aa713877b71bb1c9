/**
 * The estimative judgements of one brief: every use of an ICD 203 term in its own prose, and
 * each frontmatter likelihood that is a term. Pure: a parsed brief and its source lines in.
 */
import { findTerm, hedgesIn, splitTermAndNumber, termsIn, type EstimativeTerm } from '../brief/estimative.js';
import type { Brief } from '../brief/model.js';
import { scenarioKey } from '../brief/parse.js';
import { nextKeyLine } from '../brief/key-lines.js';
import { scenarioLines } from '../brief/scenario-lines.js';
import { decodeQuoted } from '../brief/yaml-quoted.js';
import { positionsIn, proseParagraphs, sentencesIn, type ProseParagraph } from './prose.js';
import { partitionPoint } from '../partition-point.js';

export interface Judgment {
  /** `term`: an ICD 203 term; `hedge`: a word that says only that something is possible ("may"), on no band. */
  kind: 'term' | 'hedge';
  /** The ICD 203 term (`very likely`), whatever form was written (`Very likely`, `probably` is `probable`); a hedge in lower case. */
  term: string;
  /** The words as written. */
  text: string;
  /** The row of the ICD 203 table: 1 (likely, unlikely, ...) or 2 (probable, improbable, ...); null for a hedge. */
  row: 1 | 2 | null;
  /** The position on the scale: 1 (almost no chance / remote) to 7 (almost certain / nearly certain); null for a hedge. */
  band: number | null;
  /** The band's probability range in percent; null for a hedge. */
  range: [number, number] | null;
  /** True after "not", "never", "no longer", "hardly": the writer uses the term to deny it. */
  negated: boolean;
  /** The section's heading; `frontmatter` for the frontmatter; null before the first section. */
  section: string | null;
  /** The frontmatter key (`summary`, `key_question`, `scenarios.B.likelihood`), or null in the body. */
  key: string | null;
  /** The scenario the judgement is written in or about, by label, or null. */
  scenario: string | null;
  /** File line and column (1-based, frontmatter included) of the term. */
  line: number;
  column: number;
  /** The sentence that holds the term, on one line, cut around the term past MAX_SENTENCE (a frontmatter likelihood: `likelihood: <value>`). */
  sentence: string;
}

const NEGATION = /(?:\b(?:not|never|no longer|hardly)|n't)\s+(?:\w+\s+)?$/i;
/** Whitespace that `\s+` -> one space would change: any but a lone space. */
const SPACING = /[^\S ]| {2}/;

function fromTerm(term: EstimativeTerm): Pick<Judgment, 'kind' | 'term' | 'row' | 'band' | 'range'> {
  return { kind: 'term', term: term.term, row: term.row, band: term.band, range: [term.min, term.max] };
}

export interface FindOptions {
  /** Also the hedges ("may", "might", "perhaps"): judgements written with no estimative term. */
  hedges?: boolean;
}

const keyPatterns = new Map<string, RegExp>();

/** The start of a frontmatter value's first line: its key, YAML's block indicator and an opening quote. */
function keyPattern(key: string): RegExp {
  let pattern = keyPatterns.get(key);
  if (pattern === undefined) {
    pattern = new RegExp(`^(\\s*${key}\\s*:\\s*(?:[>|][-+]?\\s*)?)(["']?)`);
    keyPatterns.set(key, pattern);
  }
  return pattern;
}

/** A paragraph of a frontmatter value, with its own way to the file's lines when it is not the lines as typed. */
interface ValueParagraph extends ProseParagraph {
  /** File line and column of an offset in `text`; absent when `lines` maps `text` line by line. */
  position?: (offset: number) => { line: number; column: number };
}

/** The lines of a frontmatter text value (`summary: >-` and what follows), as one paragraph. */
function frontmatterValue(lines: readonly string[], key: string, from: number, to: number): ValueParagraph | null {
  const own = [];
  for (let line = from; line <= to; line += 1) own.push(lines[line - 1] ?? '');
  const head = keyPattern(key).exec(own[0]!);
  if (head?.[2]) return quotedValue(own, from, head[1]!.length);
  // The key and YAML's block indicator are not prose: blanked, so columns stay true.
  own[0] = own[0]!.replace(keyPattern(key), (_m, h: string) => ' '.repeat(h.length));
  return oneParagraph(own, (line) => line + from - 1);
}

/** The prose paragraphs of `own` (quotations, code and comments blanked) as one: YAML folds a value's lines into one text. */
function oneParagraph(own: readonly string[], fileLine: (line: number) => number): ProseParagraph | null {
  const paragraphs = proseParagraphs(own, 1, own.length);
  if (paragraphs.length === 0) return null;
  const text = paragraphs.map((p) => p.text).join('\n');
  const source = paragraphs.map((p) => p.source).join('\n');
  return { text, source, lines: paragraphs.flatMap((p) => p.lines.map(fileLine)) };
}

/**
 * A quoted value read as YAML reads it (`\"` is `"`, `''` is `'`, its lines folded), so its
 * sentence shows the value; each offset is taken back to where it was typed for its line and column.
 */
function quotedValue(own: readonly string[], from: number, open: number): ValueParagraph | null {
  const raw = own.join('\n');
  const value = decodeQuoted(raw, open);
  const decodedLines = value.text.split('\n');
  const paragraph = oneParagraph(decodedLines, (line) => line);
  if (paragraph === null) return null;
  const decodedStarts = lineStarts(decodedLines);
  const rawStarts = lineStarts(own);
  const inParagraph = positionsIn(paragraph);
  return {
    ...paragraph,
    position: (offset) => {
      const at = inParagraph(offset);
      const rawOffset = value.from[decodedStarts[at.line - 1]! + at.column - 1] ?? raw.length;
      const line = lastAtMost(rawStarts, (start) => start, rawOffset);
      return { line: from + line, column: rawOffset - rawStarts[line]! + 1 };
    },
  };
}

/** The offset at which each of `lines` starts in the lines joined with "\n". */
function lineStarts(lines: readonly string[]): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const line of lines) { starts.push(at); at += line.length + 1; }
  return starts;
}

/**
 * Every judgement in a paragraph: each term once, the longest form winning ("very likely", not
 * also "likely"); with `hedges`, the hedges too.
 */
function judgmentsIn(paragraph: ValueParagraph, where: (line: number) => Pick<Judgment, 'section' | 'key' | 'scenario'>, options: FindOptions): Judgment[] {
  // Fields listed, not spread: a spread in an object literal takes V8's slow generic path, and a
  // brief can hold dozens of judgements.
  // Made at the first judgement: most paragraphs have none.
  let positionOf: ReturnType<typeof positionsIn> | undefined;
  let sentenceOf: ReturnType<typeof sentencesIn> | undefined;
  const at = (offset: number, kind: Pick<Judgment, 'kind' | 'term' | 'row' | 'band' | 'range'>, text: string): Judgment => {
    positionOf ??= paragraph.position ?? positionsIn(paragraph);
    sentenceOf ??= sentencesIn(paragraph.source);
    const { line, column } = positionOf(offset);
    const place = where(line);
    return {
      kind: kind.kind, term: kind.term, row: kind.row, band: kind.band, range: kind.range,
      text: SPACING.test(text) ? text.replace(/\s+/g, ' ') : text,
      negated: NEGATION.test(paragraph.text.slice(Math.max(0, offset - 40), offset)),
      section: place.section, key: place.key, scenario: place.scenario,
      line,
      column,
      sentence: sentenceOf(offset),
    };
  };
  const found = termsIn(paragraph.text).map((t) => at(t.column - 1, fromTerm(t.term), t.text));
  if (options.hedges) {
    for (const h of hedgesIn(paragraph.text)) found.push(at(h.column - 1, { kind: 'hedge', term: h.hedge, row: null, band: null, range: null }, h.text));
  }
  return found;
}

/** The last of `items` (ascending by `key`) whose key is at most `at`, by index; -1 for none. */
function lastAtMost<T>(items: readonly T[], key: (item: T) => number, at: number): number {
  return partitionPoint(items, (item) => key(item) <= at) - 1;
}

/**
 * The heading of the last section that starts at or before a line. Sections come in file order,
 * so it is found by halving, not by reading them all for each judgement (a brief of many
 * sections and terms would take their product); out of order, they are read all.
 */
export function sectionFinder(sections: ReadonlyArray<{ line: number; heading: string }>): (line: number) => string | null {
  const ascending = sections.every((s, i) => i === 0 || sections[i - 1]!.line <= s.line);
  if (!ascending) {
    return (line) => {
      let heading: string | null = null;
      for (const s of sections) if (s.line <= line) heading = s.heading;
      return heading;
    };
  }
  return (line) => sections[lastAtMost(sections, (s) => s.line, line)]?.heading ?? null;
}

/**
 * The label of the first scenario whose lines hold a line. Ranges in file order that do not
 * overlap can hold it only in the last that starts at or before it, found by halving; others
 * are read in turn.
 */
export function scenarioFinder(ranges: ReadonlyArray<{ label: string; from: number; to: number }>): (line: number) => string | null {
  const apart = ranges.every((r, i) => r.from <= r.to && (i === 0 || ranges[i - 1]!.to < r.from));
  if (!apart) return (line) => ranges.find((r) => line >= r.from && line <= r.to)?.label ?? null;
  return (line) => {
    const r = ranges[lastAtMost(ranges, (x) => x.from, line)];
    return r !== undefined && line <= r.to ? r.label : null;
  };
}

/**
 * The judgements of a brief, in file order. `lines` is the normalised source (LF, no BOM),
 * `lines[0]` being line 1.
 */
export function findJudgments(brief: Brief, lines: readonly string[], options: FindOptions = {}): Judgment[] {
  const out: Judgment[] = [];
  const fm = brief.frontmatter;
  for (const entry of fm.scenarioEntries) {
    if (entry.likelihood === null || entry.likelihoodLine === null) continue;
    const term = findTerm(entry.likelihood) ?? findTerm(splitTermAndNumber(entry.likelihood)?.term ?? '');
    if (!term) continue;
    const label = scenarioKey(entry.key);
    const column = (lines[entry.likelihoodLine - 1] ?? '').toLowerCase().indexOf(entry.likelihood.toLowerCase()) + 1;
    const { kind, row, band, range } = fromTerm(term);
    out.push({
      kind, term: term.term, row, band, range, text: entry.likelihood, negated: false, section: 'frontmatter',
      key: `scenarios.${entry.key}.likelihood`, scenario: label, line: entry.likelihoodLine, column: Math.max(1, column),
      sentence: `likelihood: ${entry.likelihood}`,
    });
  }
  // The frontmatter's text values that state judgements: the bottom line and the question.
  for (const key of ['summary', 'key_question']) {
    const at = fm.keyLines[key];
    if (at === undefined) continue;
    const next = nextKeyLine(fm.keyLines, at) ?? fm.bodyLine - 1;
    const paragraph = frontmatterValue(lines, key, at, next - 1);
    if (paragraph) for (const j of judgmentsIn(paragraph, () => ({ section: 'frontmatter', key, scenario: null }), options)) out.push(j);
  }
  const sectionAt = sectionFinder(brief.sections);
  const scenarioAt = scenarioFinder(scenarioLines(brief));
  for (const paragraph of proseParagraphs(lines, fm.bodyLine, lines.length)) {
    // A loop, not push(...): a paragraph of 200,000 terms passed as arguments overflows the stack.
    for (const j of judgmentsIn(paragraph, (line) => ({ section: sectionAt(line), key: null, scenario: scenarioAt(line) }), options)) out.push(j);
  }
  return out.sort((a, b) => a.line - b.line || a.column - b.column);
}
