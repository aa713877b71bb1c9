/**
 * The tokeniser's ASCII path and the word count search ranks with: each must give what the
 * general versions below (the code they replaced) give, on every corpus and on generated text.
 * SearchScan takes an ASCII line's length from its tokens, so that count must be countWords'.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseQuery, wordMatches } from '../../src/search/query.js';
import { countWords, rootOf, SearchScan, wordOccurrences } from '../../src/search/rank.js';
import { normaliseWord, tokenize, tokenizeInto } from '../../src/search/tokenize.js';
// @ts-expect-error: the bench generators are plain ES modules without types
import { briefText } from '../bench/generate.mjs';
// @ts-expect-error: as above
import { variedBriefText } from '../bench/generate-varied.mjs';

const ROOT = join(import.meta.dirname, '../..');
/** Generated cases a property: `FUZZ_RUNS=100000 npx vitest run` tries more. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 3000);
const TIMEOUT = Math.max(30_000, RUNS * 5);

/** The tokeniser as it was: every text through the Unicode pattern. */
function generalTokenize(text: string): string[] {
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => normaliseWord(m[0]));
}

/** The word count as it was: a letter, digit or non-ASCII character after any other starts a word. */
function generalCountWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c >= 128;
    if (letter && !inWord) n += 1;
    inWord = letter;
  }
  return n;
}

function expectSame(text: string): void {
  const label = JSON.stringify(text.slice(0, 200));
  expect(tokenize(text), label).toEqual(generalTokenize(text));
  expect(countWords(text), label).toBe(generalCountWords(text));
  const words = ['before'];
  if (tokenizeInto(text, words)) expect(words.length - 1, label).toBe(generalCountWords(text));
  expect(words, label).toEqual(['before', ...generalTokenize(text)]);
}

function agreesOn(texts: fc.Arbitrary<string>): void {
  fc.assert(fc.property(texts, (text) => { expectSame(text); }), { numRuns: RUNS });
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.md'))
    .map((e) => join(e.parentPath, e.name));
}

describe('search words', () => {
  it('are the general tokeniser\'s, and counted as it counts, on the shipped briefs, fixtures and docs', () => {
    const files = [...markdownFiles(join(ROOT, 'briefs')), ...markdownFiles(join(ROOT, 'tests/fixtures')), ...markdownFiles(join(ROOT, 'docs'))];
    expect(files.length).toBeGreaterThan(30);
    for (const file of files) for (const line of readFileSync(file, 'utf8').split('\n')) expectSame(line);
  });

  it('are the general tokeniser\'s on 100 briefs of each bench generator', () => {
    for (let i = 0; i < 100; i += 1) for (const line of `${briefText(i)}\n${variedBriefText(i)}`.split('\n')) expectSame(line);
  });

  it('drop a plural s as normaliseWord does, at every length and ending', () => {
    for (const word of ['s', 'is', 'ies', 'pies', 'spies', 'Policies', 'CRISIS', 'bus', 'boss', 'gas', 'gass', 'yes', 'eyes', 'ides', 'iies', 'xies', 'ss', 'sss', 'ssss', 'uss', 'a1s', '123s', 'ÉTATS', 'Kelvins']) {
      expectSame(word);
      expectSame(`(${word}) ${word}.`);
    }
  });

  it('agree on generated text of words, plurals, digits, punctuation and non-ASCII letters and marks', () => {
    const unit = fc.constantFrom('a', 'B', 'e', 'E', 'i', 'I', 's', 'S', 'u', 'y', 'z', '0', '9', ' ', '-', "'", '.', '_', '`', '\t',
      'é', 'É', '\u0301', 'ß', '\u0130', '\u212a', 'Ω', '中', '\u{1f600}', '\ud800', '\u00a0', '²', '\u0660', '\x7f', '\x80');
    agreesOn(fc.string({ unit, maxLength: 60 }));
  }, TIMEOUT);

  it('agree on generated ASCII text, where the fast path reads every line', () => {
    const word = fc.constantFrom('policy', 'policies', 'Crisis', 'bus', 'boss', 'Spies', 'ies', 'ss', 's', 'A', '42', 'x1s', 'yes', 'MECHANISMS');
    const gap = fc.constantFrom(' ', ', ', '-', "'", '. ', '**', '](', '_', '');
    agreesOn(fc.array(fc.tuple(word, gap), { maxLength: 12 }).map((parts) => parts.map(([w, g]) => w + g).join('')));
  }, TIMEOUT);
});

describe('the line filter before ranking', () => {
  // Words that differ in the endings the tokeniser folds: s, ies and y, ss, us, is.
  const stem = fc.constantFrom('spy', 'polic', 'mechanism', 'bus', 'cris', 'ga', 'stud', 'a', 'ye');
  const ending = fc.constantFrom('', 's', 'y', 'ies', 'ys', 'es', 'ss', 'us', 'is');
  const word = fc.tuple(stem, ending, fc.boolean()).map(([s, e, upper]) => (upper ? `${s}${e}`.toUpperCase() : `${s}${e}`));

  it('never drops a line that holds a match: the scan finds what matching every word finds', () => {
    fc.assert(fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), word, fc.boolean(), (words, query, prefix) => {
      const text = words.join(' ');
      const clauses = parseQuery(prefix ? `${query}*` : query);
      const scan = new SearchScan<string>(clauses);
      scan.add('b', [{ field: 'section', section: null, scenario: null, lines: [{ line: 1, text }] }]);
      const expected = tokenize(text).some((w) => wordMatches(clauses[0]!, 0, w));
      expect(scan.results().length === 1).toBe(expected);
    }), { numRuns: RUNS });
  });

  it('counts a one-word clause in a line as matching each of its words counts it, the root inside longer words and glued by punctuation', () => {
    // Often no glue: a word made of two that both hold the root is one word, counted once.
    const glue = fc.constantFrom(' ', '', '', '', '-', "'", '.', '_', '**', 'é', '中');
    const line = fc.array(fc.tuple(word, glue), { maxLength: 8 }).map((parts) => parts.map(([w, g]) => w + g).join(''));
    fc.assert(fc.property(line, word, fc.boolean(), (text, query, prefix) => {
      const [clause] = parseQuery(prefix ? `${query}*` : query);
      const expected = tokenize(text).filter((w) => wordMatches(clause!, 0, w)).length;
      expect(wordOccurrences(clause!, rootOf(clause!), text)).toBe(expected);
    }), { numRuns: RUNS });
  });

  it('gives the score and lines that matching every word of the part gives, phrases over line breaks included', () => {
    // Few words, so that phrases match, and across line breaks.
    const few = fc.tuple(fc.constantFrom('spy', 'polic', 'ye'), fc.constantFrom('', 's', 'y', 'ies')).map(([a, b]) => `${a}${b}`);
    const line = fc.array(few, { minLength: 0, maxLength: 4 }).map((w) => w.join(' '));
    const part = fc.oneof(few, few.map((w) => `${w}*`), fc.tuple(few, few).map(([a, b]) => `"${a} ${b}"`));
    fc.assert(fc.property(fc.array(line, { minLength: 1, maxLength: 4 }), fc.array(part, { minLength: 1, maxLength: 2 }), (lines, parts) => {
      const clauses = parseQuery(parts.join(' '));
      const scan = new SearchScan<string>(clauses);
      scan.add('b', [{ field: 'section', section: null, scenario: null, lines: lines.map((text, i) => ({ line: i + 1, text })) }]);
      // One brief of one part: every idf is the same and the length is the average.
      const words = lines.flatMap((text, i) => tokenize(text).map((w) => ({ w, line: i + 1 })));
      const hitLines = new Set<number>();
      const counts = clauses.map((clause) => {
        let n = 0;
        for (let i = 0; i + clause.words.length <= words.length; i += 1) {
          if (clause.words.every((_, k) => wordMatches(clause, k, words[i + k]!.w))) { n += 1; hitLines.add(words[i]!.line); }
        }
        return n;
      });
      const results = scan.results();
      if (counts.some((n) => n === 0)) { expect(results).toEqual([]); return; }
      const idf = Math.log(1 + 0.5 / 1.5);
      const score = counts.reduce((sum, n) => sum + idf * ((n * 2.2) / (n + 1.2)), 0);
      expect(results[0]!.score).toBeCloseTo(score, 5);
      expect(results[0]!.hits.map((h) => h.line)).toEqual([...hitLines].sort((a, b) => a - b));
    }), { numRuns: RUNS });
  });
});
