import fc from 'fast-check';
import { Lexer, type Token } from 'marked';
import { describe, expect, it } from 'vitest';
import { markdownWithoutComments, stripComments } from '../../src/render/comments.js';

/** Code (block and inline) and the HTML of a Markdown text, as marked reads them. */
function parts(markdown: string): { code: string[]; html: string[] } {
  const out = { code: [] as string[], html: [] as string[] };
  const walk = (tokens: Token[]): void => {
    for (const t of tokens as Array<Token & { tokens?: Token[]; items?: Token[]; header?: Array<{ tokens: Token[] }>; rows?: Array<Array<{ tokens: Token[] }>> }>) {
      // (marked keeps an indented block's last newline before HTML only: not a change of code)
      if (t.type === 'code' || t.type === 'codespan') out.code.push(t.text.replace(/\n+$/, ''));
      if (t.type === 'html') out.html.push(t.text);
      if (t.header) for (const cell of [...t.header, ...(t.rows ?? []).flat()]) walk(cell.tokens);
      if (t.items) walk(t.items);
      if (t.tokens) walk(t.tokens);
    }
  };
  walk(new Lexer({ gfm: true }).lex(markdown));
  return out;
}

/**
 * Lines of Markdown where comments hide: lists, quotes, tables, code of every kind, comments
 * over several lines. Not generated: text after a comment that starts a line (it is raw HTML,
 * CommonMark, and becomes Markdown once the comment is gone), and indented code (a comment
 * that ends a list before it, CommonMark's way to separate them, no longer does once gone).
 */
const line = fc.constantFrom(
  'Text', 'more text <!-- c --> here', 'x <!-- x \\| y --> w', '', '', '<!-- c -->', '<!--\nmulti\n-->', '<!-- a\n  b -->',
  '`<!-- k -->` code', '``a ` <!-- k2 -->`` more', '```', '~~~', '<!-- f -->', '- item', '- item <!-- c -->', '  <!-- c -->',
  '1. one', '   <!-- c -->', '> quote', '> <!-- q -->', '> > deeper <!-- q2 -->', '## H <!-- h -->', '#### D', '| a | b |',
  '|---|---|', '| x <!-- c --> | `<!-- k -->` |', '[l](u) <!-- c -->', '![alt <!-- c -->](i.png)', '**b** <!-- c -->', '\tTab',
);

describe('markdownWithoutComments (the Markdown that show prints and renders)', () => {
  it.each([
    ['a comment between paragraphs, with its blank line', 'Para one.\n\n<!-- c -->\n\nPara two.\n', 'Para one.\n\nPara two.\n'],
    ['a lint directive before a paragraph', 'Para one.\n\n<!-- brief-lint-disable-next-line rule -- why -->\nPara two.\n', 'Para one.\n\nPara two.\n'],
    ['a comment at the start', '<!-- c -->\n\nPara two.\n', 'Para two.\n'],
    ['a comment at the end', 'Para one.\n\n<!-- c -->\n', 'Para one.\n'],
    ['a comment between two paragraph lines, which stay two paragraphs', 'Para one.\n<!-- c -->\nPara two.\n', 'Para one.\n\nPara two.\n'],
    ['a multi-line comment before a heading', '<!--\nmulti\nline\n-->\n## H\n', '## H\n'],
    ['two comments on one line', '<!-- a --><!-- b -->\nText\n', 'Text\n'],
    ['an inline comment, with one of its spaces', 'Text <!-- c --> more.\n', 'Text more.\n'],
    ['an inline comment across lines', 'A <!-- multi\nline --> B\n', 'A B\n'],
    ['a comment ending a line, without its spaces (no hard break)', 'Text  <!-- c -->\nmore.\n', 'Text\nmore.\n'],
    ['a comment inside a word', 'Text<!-- c -->more.\n', 'Textmore.\n'],
    ['comments in a tight list, which stays tight', '- one <!-- c -->\n- two\n  <!-- c -->\n- three\n', '- one\n- two\n- three\n'],
    ['a comment between the paragraphs of a loose list', '1. one\n\n   <!-- c -->\n\n2. two\n', '1. one\n\n2. two\n'],
    ['comments in a quote', '> quote <!-- c --> text\n> <!-- c -->\n> more\n', '> quote text\n>\n> more\n'],
    ['a comment in a table cell', '| a | b |\n|---|---|\n| <!-- x \\| y --> z | w |\n', '| a | b |\n|---|---|\n| z | w |\n'],
    ['the short forms', '<!--> empty <!---> x\n', 'empty x\n'],
    ['a comment before other HTML, which stays', '<!-- a --> <div>x</div>\n', '<div>x</div>\n'],
  ])('removes %s', (_name, input, expected) => {
    expect(markdownWithoutComments(input)).toBe(expected);
  });

  it.each([
    ['a code span', '`<!-- code -->` and <!-- c --> x\n', '`<!-- code -->` and x\n'],
    ['a fenced block', '```\n<!-- fence -->\n```\n\n<!-- c -->\n', '```\n<!-- fence -->\n```\n'],
    ['an indented block', '    <!-- indented -->\n\nText <!-- c --> x\n', '    <!-- indented -->\n\nText x\n'],
    ['a code span in a table', '| a |\n|---|\n| `<!-- k -->` |\n', '| a |\n|---|\n| `<!-- k -->` |\n'],
    ['a fenced block in a list item', '- item\n\n  ```\n  <!-- fence -->\n  ```\n- <!-- c --> two\n', '- item\n\n  ```\n  <!-- fence -->\n  ```\n- two\n'],
  ])('keeps a comment written as code in %s', (_name, input, expected) => {
    expect(markdownWithoutComments(input)).toBe(expected);
  });

  it('removes a comment never closed, to the end, as CommonMark reads it', () => {
    expect(markdownWithoutComments('Text.\n\n<!-- never closed\n\nMore.\n')).toBe('Text.\n');
  });

  it('keeps an unclosed `<!--` in a paragraph, which is text (CommonMark), as the plain text does', () => {
    expect(markdownWithoutComments('Text <!-- unclosed\n\nNext.\n')).toBe('Text <!-- unclosed\n\nNext.\n');
  });

  it('leaves no comment outside code, and every comment written as code, whatever the layout', () => {
    fc.assert(fc.property(fc.array(line, { maxLength: 40 }), (lines) => {
      const input = lines.join('\n');
      const before = parts(input);
      const after = parts(markdownWithoutComments(input));
      expect(after.html.filter((h) => h.includes('<!--'))).toEqual([]);
      expect(after.code.filter((c) => c.includes('<!--'))).toEqual(before.code.filter((c) => c.includes('<!--')));
    }), { numRuns: Number(process.env.FUZZ_RUNS ?? 500) });
  });

  it('returns text without comments as it is', () => {
    const text = '## A\n\nText with <b>bold</b> & `code`.\n';
    expect(markdownWithoutComments(text)).toBe(text);
  });
});

describe('stripComments (raw HTML on a terminal)', () => {
  it('keeps other HTML and removes comments, closed or to the end', () => {
    expect(stripComments('<b>x</b><!-- c --><i>y</i>')).toBe('<b>x</b><i>y</i>');
    expect(stripComments('<div>\n<!-- never closed\n')).toBe('<div>\n');
  });
});
