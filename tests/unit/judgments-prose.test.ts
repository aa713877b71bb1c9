/**
 * A judgement's line, column and sentence are found from ends computed once a paragraph: each
 * must be what the per-judgement scans below (the code they replaced) give, at every offset of
 * the corpora's paragraphs and of generated ones.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../src/brief/parse.js';
import { scenarioFinder, sectionFinder } from '../../src/judgments/find.js';
import { MAX_SENTENCE, positionsIn, proseParagraphs, sentencesIn, type ProseParagraph } from '../../src/judgments/prose.js';
import { termsIn } from '../../src/brief/estimative.js';
import { blankAddresses } from '../../src/lint/addresses.js';
// @ts-expect-error: the bench generators are plain ES modules without types
import { briefText } from '../bench/generate.mjs';
// @ts-expect-error: as above
import { variedBriefText } from '../bench/generate-varied.mjs';

const ROOT = join(import.meta.dirname, '../..');
/** Generated cases a property: `FUZZ_RUNS=100000 npx vitest run` tries more. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 3000);
const TIMEOUT = Math.max(30_000, RUNS * 5);

/** The position as it was: the paragraph's lines walked from its start. */
function scanPosition(paragraph: ProseParagraph, offset: number): { line: number; column: number } {
  let start = 0;
  for (let i = 0; i < paragraph.lines.length; i += 1) {
    const end = paragraph.text.indexOf('\n', start);
    if (end === -1 || offset <= end) return { line: paragraph.lines[i]!, column: offset - start + 1 };
    start = end + 1;
  }
  return { line: paragraph.lines.at(-1)!, column: 1 };
}

/** The sentence as it was: the sentence ends matched from the text's start. */
function scanSentence(text: string, offset: number): string {
  const boundary = /[.!?]["'\u201d)]*\s+(?=["'\u201c(]?[A-Z0-9])/g;
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(boundary)) {
    const after = m.index + m[0].length;
    if (after <= offset) start = after;
    else if (m.index >= offset) { end = m.index + m[0].trimEnd().length; break; }
  }
  return text.slice(start, end)
    .replace(/^\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?/, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|~~)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * At the offsets a judgement may have (every one in a short text; in a long one every seventh and
 * those near a sentence mark or a line break), in order and then backwards, as terms and then
 * hedges ask.
 */
function expectSame(paragraph: ProseParagraph): void {
  const position = positionsIn(paragraph);
  const sentence = sentencesIn(paragraph.source);
  const { text } = paragraph;
  const offsets = Array.from({ length: text.length + 2 }, (_, i) => i)
    .filter((i) => text.length <= 300 || i % 7 === 0 || /[.!?\n]/.test(text.slice(Math.max(0, i - 3), i + 3)));
  for (const offset of [...offsets, ...offsets.reverse()]) {
    const [p, q] = [position(offset), scanPosition(paragraph, offset)];
    const [s, t] = [sentence(offset), scanSentence(paragraph.source, offset)];
    if (t.length > MAX_SENTENCE) {
      // A sentence too long to give whole is cut to whole words of it, marked where it was cut.
      const words = s.replace(/^…|…$/g, '');
      expect(s.length, `${offset}`).toBeLessThanOrEqual(MAX_SENTENCE + 2);
      expect(t, `${offset}`).toContain(words);
      expect(s.startsWith('…') || t.startsWith(words)).toBe(true);
      expect(s.endsWith('…') || t.endsWith(words)).toBe(true);
      if (p.line !== q.line || p.column !== q.column) expect(p).toEqual(q);
      continue;
    }
    if (p.line !== q.line || p.column !== q.column || s !== t) {
      expect({ position: p, sentence: s }, `${JSON.stringify(text.slice(0, 200))} at ${offset}`).toEqual({ position: q, sentence: t });
    }
  }
}

function agreesOn(paragraphs: fc.Arbitrary<ProseParagraph>): void {
  fc.assert(fc.property(paragraphs, (p) => { expectSame(p); }), { numRuns: RUNS });
}

function paragraphsOf(text: string): ProseParagraph[] {
  const lines = normaliseText(text).split('\n');
  return proseParagraphs(lines, 1, lines.length);
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.md'))
    .map((e) => join(e.parentPath, e.name));
}

describe('judgement positions and sentences', () => {
  it('are the scans\' at every offset of the shipped briefs\' and fixtures\' paragraphs', () => {
    const files = [...markdownFiles(join(ROOT, 'briefs')), ...markdownFiles(join(ROOT, 'tests/fixtures'))];
    expect(files.length).toBeGreaterThan(30);
    for (const file of files) for (const p of paragraphsOf(readFileSync(file, 'utf8'))) expectSame(p);
  });

  it('are the scans\' on 10 briefs of each bench generator', () => {
    for (let i = 0; i < 10; i += 1) for (const p of [...paragraphsOf(briefText(i)), ...paragraphsOf(variedBriefText(i))]) expectSame(p);
  });

  it('agree on generated paragraphs of sentences, quotes, brackets, list marks and links', () => {
    const unit = fc.constantFrom('a', 'likely', 'A', 'B', '7', ' ', ' ', '\n', '.', '!', '?', '"', "'", '\u201d', '\u201c', ')', '(',
      '*', '**', '~~', '__', '- ', '1. ', '[x] ', '[a](b)', '![i](u)', '\t', '\u00a0');
    const text = fc.string({ unit, maxLength: 50 });
    // Line numbers as many as the lines, or fewer or more (the scan's fallbacks).
    const paragraph = fc.tuple(text, fc.integer({ min: -1, max: 1 }), fc.integer({ min: 1, max: 500 })).map(([t, extra, first]): ProseParagraph => {
      const count = Math.max(0, t.split('\n').length + extra);
      return { text: t, source: t, lines: Array.from({ length: count }, (_, i) => first + i * 2) };
    });
    agreesOn(paragraph);
  }, TIMEOUT);
});

/** The section and scenario as they were found: every section, every scenario read for each line. */
const scanSection = (sections: ReadonlyArray<{ line: number; heading: string }>, line: number): string | null => {
  let heading: string | null = null;
  for (const s of sections) if (s.line <= line) heading = s.heading;
  return heading;
};
const scanScenario = (ranges: ReadonlyArray<{ label: string; from: number; to: number }>, line: number): string | null =>
  ranges.find((r) => line >= r.from && line <= r.to)?.label ?? null;

describe('the section and scenario of a judgement', () => {
  it('are the scans\' for sections and scenario ranges in file order, out of order, overlapping or empty', () => {
    const line = fc.integer({ min: 0, max: 40 });
    const sections = fc.array(fc.tuple(line, fc.constantFrom('A', 'B', 'C')), { maxLength: 8 })
      .chain((raw) => fc.boolean().map((sorted) => {
        const list = raw.map(([l, heading], i) => ({ line: l, heading: `${heading}${i}` }));
        return sorted ? [...list].sort((a, b) => a.line - b.line) : list;
      }));
    const ranges = fc.array(fc.tuple(line, fc.integer({ min: -3, max: 8 })), { maxLength: 8 })
      .chain((raw) => fc.boolean().map((sorted) => {
        const list = raw.map(([from, span], i) => ({ label: String.fromCharCode(65 + i), from, to: from + span }));
        return sorted ? [...list].sort((a, b) => a.from - b.from) : list;
      }));
    fc.assert(fc.property(sections, ranges, (s, r) => {
      const [sectionAt, scenarioAt] = [sectionFinder(s), scenarioFinder(r)];
      for (let l = -1; l <= 50; l += 1) {
        expect(sectionAt(l)).toBe(scanSection(s, l));
        expect(scenarioAt(l)).toBe(scanScenario(r, l));
      }
    }), { numRuns: RUNS });
  }, TIMEOUT);
});

/** A piece of a generated line: as typed, and as the prose readers must see it (addresses as spaces). */
type Piece = [typed: string, read: string];
const blank = (s: string): string => ' '.repeat(s.length);

describe('link and image addresses', () => {
  const termsOf = (text: string): Array<[string, number]> => termsIn(text).map((t) => [t.term.term, t.column]);

  it('are blanked where judgements are read: link text and alt text stay, at their columns', () => {
    const line = 'See [the likely report](https://example.org/probable-outcomes "Probable title") and <https://example.org/unlikely-events>. Also ![likely chart](img/very-likely.png)';
    const [p] = paragraphsOf(line);
    expect(p!.text.length).toBe(line.length);
    expect(termsOf(p!.text)).toEqual([['likely', line.indexOf('likely') + 1], ['likely', line.indexOf('likely chart') + 1]]);
    // Shown as written: the sentence keeps the autolink, and drops the inline link's target as before.
    expect(p!.source).toBe(line);
    expect(sentencesIn(p!.source)(line.indexOf('likely'))).toBe('See the likely report and <https://example.org/unlikely-events>.');
  });

  it.each([
    ['a title in single quotes or brackets', "[a](u/likely 'probable') [b](<u v/likely> (probable))", ['[a](', ')', '[b](', ')']],
    ['a destination with balanced brackets', '[a](https://e.org/wiki/Likely_(event))', ['[a](', ')']],
    ['a mailto or e-mail autolink', '<mailto:likely@example.org> <likely@example.org>', []],
    ['bare URLs that GFM links, their closing punctuation kept', '(see https://example.org/likely-x), www.example.org/likely.', ['(see', '),', '.']],
    ['an e-mail address', 'write to likely.desk@example.org.', ['write to', '.']],
    ['HTML tags and their attribute values; the text between them is prose', '<a href="https://e.org/likely" title=\'probable\'>likely</a> <img src=x/likely.png alt="unlikely"/>', ['likely']],
  ])('are blanked: %s', (_what, line, kept) => {
    const blanked = blankAddresses(line);
    expect(blanked.length).toBe(line.length);
    expect(blanked.split(/ +/).filter(Boolean)).toEqual(kept.flatMap((k) => k.split(' ')));
    // What is kept is where it was typed.
    for (const [i, ch] of [...blanked].entries()) if (ch !== ' ') expect(line[i]).toBe(ch);
  });

  it('blank a reference definition\'s line, and only a definition\'s', () => {
    expect(blankAddresses('[likely]: https://example.org/likely "Probable"')).toBe(blank('[likely]: https://example.org/likely "Probable"'));
    expect(blankAddresses('  [id]: <https://example.org/a b/likely>')).toBe(blank('  [id]: <https://example.org/a b/likely>'));
    // Words after a "destination" are no title: the line is prose.
    expect(blankAddresses('[Update]: talks are likely to resume.')).toBe('[Update]: talks are likely to resume.');
  });

  it('leave prose with brackets, comparisons and at signs as it is', () => {
    for (const line of ['A deal is likely [see below] (within a year).', 'If x < 5 and y > 3, likely.', 'a <b likely', '[a](b c likely)',
      '@likely handle', 'likely@host', 'ends with https://', 'a](b "unclosed likely']) {
      expect(blankAddresses(line), line).toBe(line);
    }
  });

  it('agree with the pieces they were made of, on generated lines', () => {
    const word = fc.constantFrom('likely', 'probable', 'x', 'A.', 'two words', '**likely**');
    const address = fc.constantFrom('https://example.org/likely', 'img/very-likely.png', 'a/(b)/unlikely', '');
    const piece: fc.Arbitrary<Piece> = fc.oneof(
      word.map((w): Piece => [w, w]),
      fc.tuple(fc.constantFrom('[', '!['), word, address, fc.constantFrom('', ' "Probable"', " 'likely'", ' (likely)')).map(([open, text, to, title]): Piece =>
        (to === '' && title === '' ? [`${open}${text}]()`, `${open}${text}]()`] : [`${open}${text}](${to}${title})`, `${open}${text}](${blank(to + title)})`])),
      fc.constantFrom('<https://example.org/likely>', '<mailto:a@likely.org>', '<likely@example.org>', '<span class="likely">', '</span>')
        .map((s): Piece => [s, blank(s)]),
      fc.tuple(fc.constantFrom('https://example.org/likely', 'www.example.org/probable', 'http://x.org/a_(b)', 'likely@example.org'),
        fc.constantFrom('', '.', ',', '?')).map(([url, end]): Piece => [`${url}${end}`, `${blank(url)}${end}`]),
      word.map((w): Piece => [`(${w} https://x.org/likely)`, `(${w} ${blank('https://x.org/likely')})`]),
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
      expect(blankAddresses(pieces.map((p) => p[0]).join(' '))).toBe(pieces.map((p) => p[1]).join(' '));
    }), { numRuns: RUNS });
  }, TIMEOUT);

  it('only turn characters to spaces, whatever the line', () => {
    const unit = fc.constantFrom('[', ']', '(', ')', '<', '>', '"', "'", '\\', '@', '.', ':', '/', '=', '&', ';', ' ', '\t', 'a', 'likely',
      'www.', 'https://', 'mailto:', '](', '<a ', '[x]: ');
    fc.assert(fc.property(fc.string({ unit, maxLength: 40 }), (line) => {
      const blanked = blankAddresses(line);
      expect(blanked.length).toBe(line.length);
      for (let i = 0; i < line.length; i += 1) if (blanked[i] !== line[i]) expect(blanked[i]).toBe(' ');
    }), { numRuns: RUNS });
  }, TIMEOUT);

  it.each([
    ['[](', '[]('], ['<', '<'], ['](a "', '](a "'], ['](<', '](<'], ['<a b="', '<a b="'], ["<a b='x ", "<a b='x "],
    ['www.', 'www.'], ['@a.', '@a.'], ['https://(', 'https://('], ['](a (', '](a ('], ['&a;', 'www.x&a;'],
  ])('take time in proportion to a line of %s', (_name, unit) => {
    const line = unit.repeat(Math.ceil(200_000 / unit.length));
    const start = performance.now();
    const blanked = blankAddresses(line);
    expect(performance.now() - start).toBeLessThan(1000);
    expect(blanked.length).toBe(line.length);
  });
});
