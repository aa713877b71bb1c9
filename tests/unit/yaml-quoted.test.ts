/** Quoted YAML scalars read as js-yaml reads them, each character traced back to where it was typed. */
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { decodeQuoted } from '../../src/brief/yaml-quoted.js';

/** Values as writers type them after `key: `, one or more lines, each in the form YAML gives it. */
const VALUES = [
  String.raw`"Is a \"likely\" deal near?"`,
  String.raw`'It''s likely'`,
  String.raw`"tab\there, slash\/, back\\slash, \x41\u00e9\U0001F600, nbsp\_end"`,
  '"folded\n  over   \n  three\n  lines"',
  "'a blank line\n\n  keeps a break'",
  '"two blank lines\n\n\n  keep two"',
  String.raw`"escaped break\
  joins"`,
  String.raw`"an escaped space stays\ ` + '\n  here"',
  "'trailing blanks  \n  go'",
  '"" ',
  "''",
];

describe('decodeQuoted', () => {
  it('reads each value as js-yaml does', () => {
    for (const value of VALUES) {
      const expected = (yaml.load(`key: ${value}`) as { key: string }).key;
      expect(decodeQuoted(value, 0).text, value).toBe(expected);
    }
  });

  it('gives each character the offset it was typed at, escapes at their backslash, folds at the break', () => {
    const raw = String.raw`"a \"b\" \u00e9` + '\n  c"';
    const { text, from } = decodeQuoted(raw, 0);
    expect(text).toBe('a "b" é c');
    expect(from).toEqual([1, 2, 3, 5, 6, 8, 9, 15, 18, 19]);
    expect(raw[from[text.indexOf('c')]!]).toBe('c');
    expect(raw[from.at(-1)!]).toBe('"');
  });

  it('stops at the closing quote: a comment after it is not read', () => {
    expect(decodeQuoted(`'likely' # unlikely`, 0).text).toBe('likely');
    expect(decodeQuoted(`"it''s"`, 0).text).toBe("it''s");
  });
});
