import { describe, expect, it } from 'vitest';
import { markdownWithoutComments, stripComments } from '../../src/render/comments.js';

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

  it('keeps an unclosed `<!--` in a paragraph, which is text (CommonMark), as the plain text does', () => {
    expect(markdownWithoutComments('Text <!-- unclosed\n\nNext.\n')).toBe('Text <!-- unclosed\n\nNext.\n');
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
