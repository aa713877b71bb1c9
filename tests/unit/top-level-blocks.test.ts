/**
 * topLevelBlockTokens makes some of marked's block tokens itself and calls single rules of
 * marked's tokenizer for others; readers of the tokens must not see a difference. Each text here
 * is lexed both ways and the whole token trees (raw, text, items, cells, inline tokens, link
 * definitions) compared.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { Lexer, type Token } from 'marked';
import { describe, expect, it } from 'vitest';
import { topLevelBlockTokens } from '../../src/brief/top-level-blocks.js';
import { normaliseText } from '../../src/brief/parse.js';
// @ts-expect-error: the bench generators are plain ES modules without types
import { briefText } from '../bench/generate.mjs';
// @ts-expect-error: as above
import { variedBriefText } from '../bench/generate-varied.mjs';

const ROOT = join(import.meta.dirname, '../..');
/** Generated cases a property: `FUZZ_RUNS=100000 npx vitest run` tries more. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 3000);
/** Time for RUNS cases of the slowest property, with room to spare. */
const TIMEOUT = Math.max(30_000, RUNS);

/** Block tokens, then the inline work they queued, as Lexer.lex does it. */
function lexWith(text: string, blocks: (lexer: Lexer, src: string) => void): { tokens: Token[]; links: unknown } {
  const lexer = new Lexer({ gfm: true });
  blocks(lexer, text);
  for (const item of lexer.inlineQueue) {
    lexer.state.inRawBlock = false;
    lexer.inlineTokens(item.src, item.tokens);
  }
  return { tokens: [...lexer.tokens], links: { ...lexer.tokens.links } };
}

const viaMarked = (text: string) => lexWith(text, (lexer, src) => lexer.blockTokens(src, lexer.tokens));
const viaShortcuts = (text: string) => lexWith(text, (lexer, src) => topLevelBlockTokens(lexer, src, lexer.tokens));

function expectSame(text: string): void {
  expect(viaShortcuts(text), JSON.stringify(text.slice(0, 400))).toEqual(viaMarked(text));
}

/** Every text `texts` generates lexes to marked's tokens. */
function agreesOn(texts: fc.Arbitrary<string>): void {
  fc.assert(fc.property(texts, (text) => {
    expect(viaShortcuts(text)).toEqual(viaMarked(text));
  }), { numRuns: RUNS });
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.md'))
    .map((e) => join(e.parentPath, e.name));
}

/** The text after the frontmatter, as parseBrief lexes it (the frontmatter is Markdown too, and is kept). */
function bodyOf(text: string): string {
  const normal = normaliseText(text);
  const end = /^---\n[\s\S]*?\n(?:---|\.\.\.)\n/.exec(normal);
  return end ? normal.slice(end[0].length) : normal;
}

describe('top-level block tokens', () => {
  it('are marked\'s on the shipped briefs, the house styles and every fixture', () => {
    const files = [...markdownFiles(join(ROOT, 'briefs')), ...markdownFiles(join(ROOT, 'tests/fixtures')), join(ROOT, 'README.md'), ...markdownFiles(join(ROOT, 'docs'))];
    expect(files.length).toBeGreaterThan(30);
    for (const file of files) {
      const text = normaliseText(readFileSync(file, 'utf8'));
      expectSame(text);
      expectSame(bodyOf(text));
    }
  });

  it('are marked\'s on 600 briefs of each bench generator', () => {
    for (let i = 0; i < 600; i += 1) {
      expectSame(bodyOf(briefText(i)));
      expectSame(bodyOf(variedBriefText(i)));
    }
  });

  it('are marked\'s on small documents that put every kind of line next to every other', () => {
    const kinds = [
      'Plain text', 'text with *em* and [a](u)', '# H', '## H #', '#not a heading', '####### seven', '', '   ', '\t',
      '- item', '* item', '+ item', '-item', '1. one', '2) two', '1990s were', '2024. A year', '  - nested', '    code',
      '> quote', '>quote', '> - list in quote', '> ```', '```', '```js', '~~~', '``not fence', '<div>', '<!-- c', '-->',
      '<span>x</span> text', '| a | b |', '|---|---|', 'a | b', '--- | ---', ':--', '***', '---', '___', '- - -', '===', '--',
      '[x]: https://example.org', '[x] text', '\\# escaped', '&amp; entity', '(paren', '"quoted"', 'Ünïcode', '- [ ] task',
      '- [x] done', '  continued', 'lazy line', '_em_ start', '**bold** start', '`code` start', '~~del~~ start', '=x',
      ' - indented item', '   > indented quote', ' # indented heading', '  1. indented', '   ```', '<script>', '</div>', '<?x', '<!X',
      '<![CDATA[', ']]>', '?>', '</script>', '10. ten', '1) one', '* * *', '-\tx', 'a  ', 'b\\', '#\tH', '# ', '#',
      '- [X] Done', '- [ ]  two spaces', '- [x]', '- [x]\tTab', '1. [ ] task', '3. three', '- item  ', '-  two spaces', '- \titem',
      '1234567890. long', '- *em* item', '- # heading item', '- > quote item', '- <b>x</b>', '+ plus', '5) five',
      '**Indicators:**', '*x* text', '_x_ y', '1990 text', '84% of', '``code``', '~x', '~~~~', '**', '* *', '1.5 million', '1.x',
      '- **bold** item', '- `code` item', '- 2024 item', '- 1. item', '- *', '- ***', '__init__', '* * * x',
      '  - sub', '  * sub', '  - [x] sub', '  - sub  ', '   - sub3', '    - sub4', '  1. sub', '  -sub', '  - **sub**', '    - deeper',
    ];
    const doc = fc.array(fc.constantFrom(...kinds), { maxLength: 14 }).map((lines) => lines.join('\n'));
    const withEnd = fc.tuple(doc, fc.constantFrom('', '\n', '\n\n')).map(([d, end]) => d + end);
    agreesOn(withEnd);
  }, TIMEOUT);

  it('are marked\'s on lists of every shape', () => {
    const kinds = [
      '- item', '- [ ] task', '- [x] done', '* star', '+ plus', '1. one', '2. two', '1) paren', '  - sub', '  - [x] sub', '  * sub',
      '   - sub3', '    - deeper', '  continued', 'lazy text', '', '', '  ', '- item  ', '- **bold**', '- ', '-', '---', '- - -',
      '  1. sub', '   1. sub', '> quote', '# H', '```', '| a |', ' - one space', '   - three', '1) paren', '* star', '  + plus',
      ' 1. one', '  2. two', '- - -', '  - - -', '   \t- tab',
    ];
    agreesOn(fc.array(fc.constantFrom(...kinds), { maxLength: 10 }).map((lines) => lines.join('\n')));
  }, TIMEOUT);

  it('are marked\'s on tables of every shape', () => {
    const kinds = [
      '| a | b |', '|a|b|', '| a |', '| a | b | c |', '|---|---|', '| --- | --- |', '| :-- | --: |', '|:-:|:-:|', '| --- |', '|---|',
      '| 1 | 2 |', '| 1 |', '| 1 | 2 | 3 |', '|  |  |', '| a \\| b |', '| `a|b` |', '| **x** | y |', '|', '||', '| a | b', 'a | b',
      '--- | ---', '', '', '  ', 'text', '# H', '- item', '> q', '|-|-|-|', '| :---: |', '\t', ' \t', ':--', 'a', '-:',
    ];
    agreesOn(fc.array(fc.constantFrom(...kinds), { maxLength: 8 }).map((lines) => lines.join('\n')));
  }, TIMEOUT);

  it('are marked\'s on block quotes of every shape', () => {
    const kinds = [
      '> text', '> more text', '>', '> ', '>text', '  > indented', '   > three', '    > code', '> > nested', '>> nested', '> > > deep',
      '> - item', '> 1. one', '> # heading', '> ---', '> ***', '> ===', '>     code', '>\tcode', '> \ttab', '> ```', '> ~~~', '> | a | b |',
      '> |---|---|', '> <div>', '> **bold** lead', '> [x]: /u', 'lazy line', '- item', '# H', '```', '', '', '  ', '\t', 'text',
    ];
    agreesOn(fc.array(fc.constantFrom(...kinds), { maxLength: 10 }).map((lines) => lines.join('\n')));
  }, TIMEOUT);

  it('are marked\'s on random text', () => {
    const unit = fc.constantFrom('a', 'B', ' ', '\n', '\n', '\t', '#', '>', '-', '*', '+', '_', '=', '1', '.', ')', '`', '~', '<', '|', ':', '[', ']', '!', '\\');
    agreesOn(fc.string({ unit, maxLength: 80 }));
  }, TIMEOUT);
});
