/**
 * Ranking by BM25F, in one pass over the briefs: no index is built, since each run reads every
 * brief once anyway. A brief matches when every clause matches somewhere in it (a clause with a
 * field, in that field); its score sums each clause's BM25 over the fields, weighted (a word
 * in the title counts more than one in a section). Pure.
 */
import { FIELDS, wordMatches, type Clause, type Field } from './query.js';
import { detach } from '../text/detach.js';
import { asciiWord, isWordCode, normaliseWord, tokenize, tokenizeInto } from './tokenize.js';
import type { Unit } from './units.js';

/** How much a match in each field counts against one in a section's text. */
export const FIELD_WEIGHTS: Readonly<Record<Field, number>> = {
  title: 4, tag: 3, question: 2, summary: 2, scenario: 1.5, recommendation: 1.5, section: 1,
};
const K1 = 1.2;
const B = 0.75;

/** Where a clause matched: a line of a part of the brief. */
export interface Hit {
  field: Field;
  section: string | null;
  scenario: string | null;
  line: number;
  /** The line's text, as the unit holds it (for the snippet). */
  text: string;
}

export interface Match<T> {
  brief: T;
  score: number;
  hits: Hit[];
}

/** What one brief gives a scan: its words per field, and its counts and hits when every clause matches. */
export interface BriefReading {
  length: Partial<Record<Field, number>>;
  match: { tf: Array<Partial<Record<Field, number>>>; hits: Hit[] } | null;
}

interface Candidate<T> {
  brief: T;
  /** Per clause, per field: occurrences. */
  tf: Array<Partial<Record<Field, number>>>;
  length: Partial<Record<Field, number>>;
  hits: Hit[];
}

/** Occurrences of a clause in a run of words (a phrase: its words next to each other). */
function occurrences(clause: Clause, words: readonly string[], at: (i: number) => void): number {
  let n = 0;
  const size = clause.words.length;
  for (let i = 0; i + size <= words.length; i += 1) {
    let all = true;
    for (let k = 0; k < size && all; k += 1) all = wordMatches(clause, k, words[i + k]!);
    if (all) { n += 1; at(i); }
  }
  return n;
}

/** How often a part's text, and a clause in it, occur: the part's length in words, and a counter for each clause. */
interface UnitCounter {
  size: number;
  /** Occurrences of clause `c`, adding the index of each line it is on to `hitLines`. */
  count: (clause: Clause, c: number, hitLines: Set<number>) => number;
}

/**
 * Occurrences of a one-word clause in a line, as matching each of its tokens finds them. In
 * ASCII text every word that matches holds the clause's root (rootOf), so only the words around
 * each place the root is found are cut out and compared.
 */
export function wordOccurrences(clause: Clause, root: string, text: string): number {
  let n = 0;
  if (root === '' || NON_ASCII.test(text)) {
    for (const word of tokenize(text)) if (wordMatches(clause, 0, word)) n += 1;
    return n;
  }
  const lower = text.toLowerCase();
  for (let at = lower.indexOf(root); at !== -1;) {
    let start = at;
    while (start > 0 && isWordCode(lower.charCodeAt(start - 1))) start -= 1;
    let end = at + root.length;
    while (end < lower.length && isWordCode(lower.charCodeAt(end))) end += 1;
    if (wordMatches(clause, 0, asciiWord(lower, start, end))) n += 1;
    at = lower.indexOf(root, end);
  }
  return n;
}

const NON_ASCII = /[^\x00-\x7f]/;

/** A tag matches `tag:x` only whole: `tag:security` is not `food-security`. */
function wholeTag(clause: Clause, words: readonly string[]): boolean {
  return words.length === clause.words.length && words.every((w, k) => wordMatches(clause, k, w));
}

/** 1 for the ASCII codes of letters and digits. */
const WORD_CODE = new Uint8Array(128).map((_, c) => ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0));

/**
 * Words in a text, counted as the tokeniser would split them (any non-ASCII character counts as
 * a letter): the letters that follow a non-letter. A table and no branch on the letter: every
 * line of every brief is counted.
 */
export function countWords(text: string): number {
  let n = 0;
  let previous = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    const letter = c >= 128 ? 1 : WORD_CODE[c]!;
    n += letter & (previous ^ 1);
    previous = letter;
  }
  return n;
}

/**
 * What a line must contain, in lower case, to hold a clause's first word. A word is written as
 * it is, with a plural "s", or with "ies" for its "y" ("spy" is written "spies"): the root is
 * the word less a final "y". A prefix is matched as typed or normalised (query.ts), and both
 * contain the normalised prefix's root. Lines with other than ASCII are always read, since
 * accents are folded only by the tokeniser.
 */
export function rootOf(clause: Clause): string {
  const first = clause.words[0]!;
  const word = clause.prefix && clause.words.length === 1 ? normaliseWord(first) : first;
  return word.endsWith('y') ? word.slice(0, -1) : word;
}

/**
 * Copies of the hits that keep no brief's text alive: a line or a heading cut from the source is
 * a view on the whole text, and the hits of every matching brief are kept to the end of the scan.
 */
function detachHits(hits: readonly Hit[]): Hit[] {
  const headings = new Map<string, string>();
  const heading = (s: string | null): string | null => {
    if (s === null) return null;
    let copy = headings.get(s);
    if (copy === undefined) { copy = detach(s); headings.set(s, copy); }
    return copy;
  };
  return hits.map((h) => ({ field: h.field, section: heading(h.section), scenario: heading(h.scenario), line: h.line, text: detach(h.text) }));
}

export class SearchScan<T> {
  private readonly candidates: Array<Candidate<T>> = [];
  private readonly totalLength: Record<Field, number> = Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number>;
  private readonly df: number[];
  private briefs = 0;

  /**
   * Per field, a pattern for the lines where a clause may match: one that holds a clause's root,
   * in any case, or any character other than ASCII (accents are folded only by the tokeniser).
   * Null for a field no clause may match in.
   */
  private readonly mayMatchLine: Record<Field, RegExp | null>;
  /**
   * Per field, true when every clause that reads its words is one word: no match runs over a
   * line break, so only the lines that may hold one need their words.
   */
  private readonly byLine: Record<Field, boolean>;
  /** Per clause, what a line must contain to hold it (rootOf). */
  private readonly roots: string[];

  constructor(private readonly clauses: readonly Clause[]) {
    this.df = clauses.map(() => 0);
    this.roots = clauses.map(rootOf);
    const applies = (c: Clause, f: Field): boolean => c.field === null || c.field === f;
    const pattern = (roots: string[]): RegExp | null => (roots.length === 0 ? null
      : new RegExp(`${roots.map((r) => r.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')}|[^\\x00-\\x7f]`, 'i'));
    this.mayMatchLine = Object.fromEntries(FIELDS.map((f) => [f, pattern(clauses.filter((c) => applies(c, f)).map(rootOf))])) as Record<Field, RegExp | null>;
    this.byLine = Object.fromEntries(FIELDS.map((f) => [f, clauses.every((c) => !applies(c, f) || c.field === 'tag' || c.words.length === 1)])) as Record<Field, boolean>;
  }

  /** Whether any clause may match in the unit (most units are only counted). */
  private mayMatch(unit: Unit): boolean {
    const pattern = this.mayMatchLine[unit.field];
    if (pattern === null) return false;
    for (const { text } of unit.lines) if (pattern.test(text)) return true;
    return false;
  }

  /** Reads one brief's parts and keeps it when every clause matches: record(brief, read(units)). */
  add(brief: T, units: readonly Unit[]): void {
    this.record(brief, this.read(units));
  }

  /**
   * What one brief's parts give the scan, without changing it: so a worker thread can read
   * briefs for a scan kept on the main thread (record). Without `withHits`, only the counts:
   * a search that shows a few briefs reads those again for their lines (rereadHits).
   */
  read(units: readonly Unit[], withHits = true): BriefReading {
    const tf: Array<Partial<Record<Field, number>>> = this.clauses.map(() => ({}));
    const length: Partial<Record<Field, number>> = {};
    const hits: Hit[] = [];
    // A line's key in `hits`: the same line is listed once however many clauses match in it.
    const listed = new Set<string>();
    for (const unit of units) {
      if (!this.mayMatch(unit)) {
        let size = 0;
        for (const { text } of unit.lines) size += countWords(text);
        length[unit.field] = (length[unit.field] ?? 0) + size;
        continue;
      }
      const { size, count } = this.byLine[unit.field] ? this.lineCounter(unit) : this.wordCounter(unit);
      length[unit.field] = (length[unit.field] ?? 0) + size;
      this.clauses.forEach((clause, c) => {
        if (clause.field !== null && clause.field !== unit.field) return;
        const hitLines = new Set<number>();
        let n: number;
        if (clause.field === 'tag') {
          n = 0;
          unit.lines.forEach((l, i) => { if (wholeTag(clause, tokenize(l.text))) { n += 1; hitLines.add(i); } });
        } else n = count(clause, c, hitLines);
        if (n === 0) return;
        tf[c]![unit.field] = (tf[c]![unit.field] ?? 0) + n;
        if (!withHits) return;
        for (const i of hitLines) {
          const l = unit.lines[i]!;
          const key = `${unit.field}\n${l.line}\n${l.text}`;
          if (!listed.has(key)) {
            listed.add(key);
            hits.push({ field: unit.field, section: unit.section, scenario: unit.scenario, line: l.line, text: l.text });
          }
        }
      });
    }
    if (!tf.every((byField) => Object.keys(byField).length > 0)) return { length, match: null };
    hits.sort((a, b) => a.line - b.line);
    return { length, match: { tf, hits } };
  }

  /**
   * A part's words in order, each with the line it is on (a phrase may run over a line break),
   * and how often a clause occurs in them, adding the lines it is on to `hitLines`.
   */
  private wordCounter(unit: Unit): UnitCounter {
    const words: string[] = [];
    const lineOf: number[] = [];
    let size = 0;
    for (let i = 0; i < unit.lines.length; i += 1) {
      const text = unit.lines[i]!.text;
      const before = words.length;
      // ASCII text has as many words as tokens; other text is counted as countWords counts.
      size += tokenizeInto(text, words) ? words.length - before : countWords(text);
      for (let k = before; k < words.length; k += 1) lineOf.push(i);
    }
    return { size, count: (clause, _c, hitLines) => occurrences(clause, words, (i) => hitLines.add(lineOf[i]!)) };
  }

  /**
   * For a part where every clause is one word: the lines that may hold a match, and a clause's
   * occurrences counted in each of them, without cutting every word of the line out.
   */
  private lineCounter(unit: Unit): UnitCounter {
    const pattern = this.mayMatchLine[unit.field]!;
    const candidates: number[] = [];
    let size = 0;
    for (let i = 0; i < unit.lines.length; i += 1) {
      const text = unit.lines[i]!.text;
      size += countWords(text);
      if (pattern.test(text)) candidates.push(i);
    }
    return {
      size,
      count: (clause, c, hitLines) => {
        let n = 0;
        for (const i of candidates) {
          const k = wordOccurrences(clause, this.roots[c]!, unit.lines[i]!.text);
          if (k > 0) { n += k; hitLines.add(i); }
        }
        return n;
      },
    };
  }

  /** Counts a brief read (read) in the collection's statistics; keeps it when it matches. */
  record(brief: T, reading: BriefReading): void {
    this.briefs += 1;
    for (const field of Object.keys(reading.length) as Field[]) this.totalLength[field] += reading.length[field]!;
    if (reading.match === null) return;
    const { tf, hits } = reading.match;
    tf.forEach((_, c) => { this.df[c]! += 1; });
    this.candidates.push({ brief, tf, length: reading.length, hits: detachHits(hits) });
  }

  /** Briefs counted in the statistics so far: those the brief filters kept, matching or not. */
  get briefsCounted(): number {
    return this.briefs;
  }

  /** The matching briefs, best first; equal scores keep the order the briefs were read in. */
  results(): Array<Match<T>> {
    const n = this.briefs;
    const average = (f: Field): number => (n === 0 ? 0 : this.totalLength[f] / n);
    const idf = this.df.map((df) => Math.log(1 + (n - df + 0.5) / (df + 0.5)));
    const scored = this.candidates.map((cand, order) => {
      let score = 0;
      cand.tf.forEach((byField, c) => {
        let weighted = 0;
        for (const [field, count] of Object.entries(byField) as Array<[Field, number]>) {
          const avg = average(field) || 1;
          weighted += (FIELD_WEIGHTS[field] * count) / (1 - B + (B * (cand.length[field] ?? 0)) / avg);
        }
        score += idf[c]! * ((weighted * (K1 + 1)) / (weighted + K1));
      });
      // Rounded so that equal matches tie exactly, whatever the order of the additions.
      return { brief: cand.brief, score: Math.round(score * 1e6) / 1e6, hits: cand.hits, order };
    });
    scored.sort((a, b) => b.score - a.score || a.order - b.order);
    return scored.map(({ brief, score, hits }) => ({ brief, score, hits }));
  }
}
