/**
 * plainInline against the path it stands in for (marked's inline lexer, then inlineText and
 * tidyInline): wherever it answers, it must give the same text. On every inline text of the
 * shipped briefs, the fixtures and house styles, and generated briefs of both bench corpora,
 * and on generated strings aimed at the delimiter rules it has to get right or decline.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { Lexer, type Token } from 'marked';
import { describe, expect, it } from 'vitest';
import { slowTidyInline } from '../../src/brief/markdown.js';
import { plainInline } from '../../src/brief/plain-inline.js';
// @ts-expect-error: a plain ES module without types
import { briefText } from '../bench/generate.mjs';
// @ts-expect-error: a plain ES module without types
import { variedBriefText } from '../bench/generate-varied.mjs';

const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);

/** Lexes inline text as lexBlocks and inlineTokens do, with a lexer that may hold link definitions. */
function slow(lexer: Lexer, src: string, tokens: Token[] = []): string {
  lexer.state.inRawBlock = false;
  lexer.inlineTokens(src, tokens);
  return slowTidyInline(tokens);
}

/** Every inline text the block lexer queues for `markdown`, with its plain text the slow way. */
function inlineTexts(markdown: string): Array<{ src: string; expected: string }> {
  const lexer = new Lexer({ gfm: true });
  lexer.blockTokens(markdown.replace(/\r\n?/g, '\n'), lexer.tokens);
  const queue = lexer.inlineQueue;
  lexer.inlineQueue = [];
  return queue.map((item) => ({ src: item.src, expected: slow(lexer, item.src, item.tokens) }));
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return markdownFiles(path);
    return name.endsWith('.md') ? [path] : [];
  });
}

/** Compares on every inline text of the documents; returns how many texts had syntax and how many were answered. */
function compare(documents: Iterable<string>): { withSyntax: number; answered: number } {
  let withSyntax = 0;
  let answered = 0;
  for (const doc of documents) {
    for (const { src, expected } of inlineTexts(doc)) {
      if (/[*_`[\]!<&\\~]/.test(src)) withSyntax += 1;
      const fast = plainInline(src);
      if (fast === null) continue;
      answered += 1;
      if (fast !== expected) expect({ src, fast }).toEqual({ src, fast: expected });
    }
  }
  return { withSyntax, answered };
}

/**
 * Runs `texts` through the fast path; wherever it answers, the answer must be marked's (read
 * with the lexer `lexerFor` gives for the case). Returns how many cases it answered.
 */
function answeredAgreeing<T>(texts: fc.Arbitrary<[string, T]>, lexerFor: (extra: T) => Lexer): number {
  let answered = 0;
  fc.assert(
    fc.property(texts, ([src, extra]) => {
      const fast = plainInline(src);
      if (fast !== null) { answered += 1; expect(fast).toBe(slow(lexerFor(extra), src)); }
    }),
    { numRuns: RUNS },
  );
  return answered;
}

function* generated(make: (i: number) => string, count: number): Generator<string> {
  for (let i = 0; i < count; i += 1) yield make(i);
}

describe('plainInline equals marked + inlineText', () => {
  it('on the shipped briefs, the fixtures and the house styles', () => {
    const files = [...markdownFiles('briefs'), ...markdownFiles('tests/fixtures')];
    expect(files.length).toBeGreaterThan(20);
    compare(files.map((f) => readFileSync(f, 'utf8')));
  });

  it('on 1,000 uniform bench briefs', () => {
    compare(generated(briefText as (i: number) => string, 1000));
  });

  it('on 1,000 varied bench briefs, answering most texts with markup', () => {
    const { withSyntax, answered } = compare(generated(variedBriefText as (i: number) => string, 1000));
    expect(answered).toBeGreaterThan(0.9 * withSyntax);
  });

  it('on examples it reads and examples it declines', () => {
    const lexer = new Lexer({ gfm: true });
    const read = [
      'The **ministry** will _expand_ the `quota` after [talks](https://example.org/ref/1).',
      '**Scenario A:** text', '(**a**) and "_b_".', '*[a](u)* and [**b** c](u)', '`` ab ``', '` a `', '`  `',
      'a\n  **b** \nc', '**`x`**', '_a_, b.', '[](u)', 'a ! b: c. d',
    ];
    for (const src of read) expect(plainInline(src), src).toBe(slow(lexer, src));
    const declined = [
      'a**b**', '**a**b', '***a***', '**a*', '*a **b** c*', 'snake_case', 'a \\*b', 'a &amp; b', 'a <b>c</b>',
      '<https://x.org>', 'see https://x.org', 'see www.x.org', 'mail a@b.org', '[a][b]', '[a]', '![a](u)', '~~a~~',
      'a  \nb', 'a\\\nb', 'a\n  **b**  \nc', '[a](u "t")', '[a [b]](u)', '[a](u(v))', '** a**', '**a **', '_a_b', '`a', '`a\nb`', '`` a`b ``',
    ];
    for (const src of declined) expect(plainInline(src), src).toBeNull();
  });

  it('on generated inline text rich in edge cases', () => {
    // Link definitions change what bracketed text means, so some runs lex with them.
    const plainLexer = new Lexer({ gfm: true });
    const refLexer = new Lexer({ gfm: true });
    for (const label of ['a', 'b', 'foo', 'x y']) refLexer.tokens.links[label] = { href: '/u', title: null };
    const piece = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom('*', '**', '***', '_', '__', '___', '`', '``', '[', ']', '(', ')', '](', '](u)', '](https://x.org/a_b*c)', '!') },
      { weight: 4, arbitrary: fc.constantFrom(' ', '  ', '\n', '  \n', '\t', '\u00a0', '\u2003', '\u3000', '\r') },
      { weight: 5, arbitrary: fc.constantFrom('a', 'b', 'word', 'x1', 'é', 'Ω', '日本', '😀', '\u0301') },
      { weight: 4, arbitrary: fc.constantFrom('.', ',', ':', ';', '?', '"', "'", '-', '#', '/', '|', '$', '%', '+', '=', '{', '}', '^', '«', '»', '—', '¿', '‘', '’', '“', '”', '…', '→') },
      { weight: 2, arbitrary: fc.constantFrom('\\', '\\*', '\\_', '\\`', '\\[', '&', '&amp;', '&#42;', '&copy;', '<', '>', '<b>', '</b>', '<!-- c -->', '~', '~~', '@', 'a@b.org', 'https://x.org', 'www.x.org', 'http:', '://', 'mailto:a@b.org', 'xmpp:', 'ftp://x', '"t"') },
    );
    // Without the characters it always declines, so that flanking decides most answers.
    const accepted = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom('*', '**', '***', '_', '__', '`', '[', '](u)', '](/a_b*c)', '(', ')', '!') },
      { weight: 3, arbitrary: fc.constantFrom(' ', '\n', '\t', '\u00a0', '\u2003') },
      { weight: 5, arbitrary: fc.constantFrom('a', 'word', 'x1', 'é', 'Ω', '日本', '😀') },
      { weight: 4, arbitrary: fc.constantFrom('.', ',', ':', ';', '?', '"', "'", '-', '#', '/', '«', '»', '—', '‘', '’', '…') },
    );
    const inline = fc.oneof(fc.array(piece, { maxLength: 24 }), fc.array(accepted, { maxLength: 16 })).map((parts) => parts.join(''));
    const answered = answeredAgreeing(fc.tuple(inline, fc.boolean()), (refs) => (refs ? refLexer : plainLexer));
    // Enough answers that the comparison means something.
    expect(answered).toBeGreaterThan(RUNS / 10);
  });

  it('on generated well-formed markup, which it should mostly read', () => {
    const lexer = new Lexer({ gfm: true });
    const word = fc.constantFrom('the', 'port', 'x1', 'Élan', 'a', 'b.', 'c,', 'd:', '(e)', '"f"', "g's", 'h!', 'i?', '日本');
    const words = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));
    const atom = fc.oneof(
      words,
      words.map((w) => `**${w}**`), words.map((w) => `*${w}*`), words.map((w) => `_${w}_`), words.map((w) => `__${w}__`),
      words.map((w) => `\`${w}\``), words.map((w) => `\` ${w} \``),
      fc.tuple(words, fc.constantFrom('https://x.org/a_b', 'u', '/p?q=1&r=2', 'mailto:a@b.org')).map(([w, u]) => `[${w}](${u})`),
      words.map((w) => `**[${w}](u)**`), words.map((w) => `[_${w}_](u)`), words.map((w) => `_\`${w}\`_`),
    );
    const sep = fc.constantFrom(' ', '\n', ' (', ') ', '. ', ', ', '; ', ': ', ' "', '" ', '', ' \n ');
    const text = fc.array(fc.tuple(sep, atom), { maxLength: 8 }).map((parts) => parts.flat().join(''));
    const answered = answeredAgreeing(text.map((src) => [src, null] as [string, null]), () => lexer);
    expect(answered).toBeGreaterThan(RUNS / 4);
  });

  it('on generated near misses: delimiters, code spans and links with every kind of neighbour', () => {
    const lexer = new Lexer({ gfm: true });
    // Mostly neighbours it may accept, so that whole texts often pass its other checks.
    const flank = fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom('', '', '', ' ', '\n', 'a', '9', '.', ',', ':', '!', '?', '(', ')', '"', "'") },
      { weight: 1, arbitrary: fc.constantFrom('\t', 'é', '-', '[', ']', '`', '*', '_', '\u00a0', '\u2003', '«', '»', '—', '‘', '’', '“', '”', '😀', '\\', '&', '<', '~') },
    );
    const delim = fc.constantFrom('*', '**', '***', '_', '__', '___', '`', '``');
    const word = fc.constantFrom('word', 'a b', 'x_y', 'a*b', '`c`', '[l](u)', 'w.', 'q:', '(p)', '日本', ' ', '');
    const inner = fc.tuple(flank, word, flank).map((p) => p.join(''));
    // Mostly a matching pair, so that the neighbours decide.
    const pair = fc.oneof({ weight: 3, arbitrary: delim.map((d) => [d, d]) }, { weight: 1, arbitrary: fc.tuple(delim, delim) });
    const emphasis = fc.tuple(flank, pair, inner, flank).map(([before, [open, close], text, after]) => before + open + text + close + after);
    const dest = fc.constantFrom('u', 'https://x.org/a_b', '/a*b', '', 'u v', 'u)', '(u)', '<u>', 'u "t"', 'a&b', 'a\\)');
    const link = fc.tuple(flank, fc.constantFrom('[', '!['), inner, fc.constantFrom('](', ']('), dest, fc.constantFrom(')', ''), flank).map((p) => p.join(''));
    const code = fc.tuple(flank, fc.constantFrom('`', '``'), fc.constantFrom(' ', '', '  '), fc.constantFrom('a', 'a b', '*x*', '[y]', '\\d', 'a`b', ''), fc.constantFrom(' ', '', '  '), fc.constantFrom('`', '``'), flank)
      .map((p) => p.join(''));
    const item = fc.oneof(emphasis, link, code);
    const text = fc.oneof(item, fc.array(fc.oneof(item, fc.constantFrom(' ', '\n', 'and', '. ')), { minLength: 2, maxLength: 4 }).map((p) => p.join('')));
    const answered = answeredAgreeing(text.map((src) => [src, null] as [string, null]), () => lexer);
    expect(answered).toBeGreaterThan(RUNS / 20);
  });

  it('stays linear on long runs of marks', () => {
    // Texts it declines late and texts it reads whole (one with a URL, so . and : are looked at).
    for (const unit of ['**a ', '[a', '`a', '*a*', '_', '[a](u)', '**a** ', '`a` ', '[a](https://x.org) b. c: ', '[**a** `b`](u) ']) {
      const src = unit.repeat(50_000);
      const start = performance.now();
      plainInline(src);
      expect(performance.now() - start).toBeLessThan(500);
    }
  });
});
