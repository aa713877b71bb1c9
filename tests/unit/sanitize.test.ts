import { describe, expect, it } from 'vitest';
import { cleanLine, cleanText, keepOnlyColour } from '../../src/text/sanitize.js';

const ESC = '\u001b';

describe('cleanText', () => {
  it.each([
    ['CSI colour', `a${ESC}[31mred${ESC}[0m b`, 'ared b'],
    ['CSI cursor and erase', `a${ESC}[2J${ESC}[H${ESC}[?25lb`, 'ab'],
    ['OSC window title (BEL)', `a${ESC}]0;pwned${'\u0007'}b`, 'ab'],
    ['OSC 8 hyperlink (ST)', `${ESC}]8;;http://evil${ESC}\\click${ESC}]8;;${ESC}\\`, 'click'],
    ['DCS string', `a${ESC}P1;2|xyz${ESC}\\b`, 'ab'],
    ['8-bit CSI', 'a\u009b31mb', 'ab'],
    ['8-bit OSC', 'a\u009d0;t\u009cb', 'ab'],
    ['two-byte escape', `a${ESC}cb${ESC}(Bc`, 'abc'],
    ['C0 controls', 'a\u0000\u0007\u0008\u000b\u000c\rb', 'ab'],
    ['DEL and C1', 'a\u007f\u0085\u0080b', 'ab'],
    ['bidi overrides and isolates (Trojan Source)', 'a\u202eb\u2066c\u2069d\u202ae', 'abcde'],
  ])('removes %s', (_name, input, expected) => {
    expect(cleanText(input)).toBe(expected);
  });

  it('keeps tabs, newlines and ordinary Unicode', () => {
    const text = 'Kabul–Islamabad\t“talks”\nشهر 東京 🙂';
    expect(cleanText(text)).toBe(text);
  });

  it('stops an unterminated OSC at the end of its line, keeping the rest of the text', () => {
    expect(cleanText(`title ${ESC}]0;never ended\nnext line`)).toBe('title \nnext line');
  });

  it('cleanLine folds tabs and newlines for one-line fields', () => {
    expect(cleanLine(' a\tb\nc ')).toBe('a b c');
  });
});

describe('keepOnlyColour', () => {
  it('keeps SGR colour codes we produced and removes every other sequence', () => {
    const ours = `${ESC}[1mbold${ESC}[22m`;
    expect(keepOnlyColour(`${ours}${ESC}]0;t${'\u0007'}${ESC}[2J\u202e`)).toBe(ours);
  });
});
