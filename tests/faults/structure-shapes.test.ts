/**
 * The structure reader on shapes built to make pattern matching slow or wrong: long runs where
 * an unanchored pattern backtracks, thousands of scenario heads, lead-ins with nothing after
 * them. A quadratic pattern would not finish within the test's timeout on these sizes; the
 * assertions check what is read.
 */
import { describe, expect, it } from 'vitest';
import { parseBrief } from '../../src/brief/parse.js';

const parse = (body: string) => parseBrief(`---\ntitle: T\ndate: 2025-01-01\nauthor: A\n---\n${body}`, 'briefs/t.md').brief;
const R = (s: string, n: number) => s.repeat(n);

describe('the structure reader on hostile shapes', () => {
  it('a recommendation of 90,000 spaces before a mark-like word: read, no mark', () => {
    const [r] = parse(`## Options\n\n- Act${R(' ', 90_000)}(recommended\n`).recommendations;
    expect(r!.mark).toBeNull();
    expect(r!.text.startsWith('Act')).toBe(true);
  });

  it('headings, lead-ins and items of 90,000 characters that almost match a label or a sentence end', () => {
    const long = R('Scenario ', 10_000);
    const b = parse(`## ${long}\n\n### Scenario${R(' ', 90_000)}x\n\nText.\n\n**Scenario${R(' ', 90_000)}** text\n\n- ${R('U.S. ', 18_000)}\n\n## Policy Options for ${R('x ', 40_000)}\n\n${R('To ', 30_000)}:\n\n- Act.\n`);
    expect(b.sections.map((s) => s.kind)).toEqual(['scenarios', 'recommendations']);
    expect(b.recommendations.map((r) => [r.text, r.group])).toEqual([['Act.', null]]);
  });

  it('5,000 labelled scenario headings and 5,000 labelled list items: each read once', () => {
    const headings = Array.from({ length: 5_000 }, (_, i) => `### Scenario ${i + 1}: T${i}\n\nx\n`).join('\n');
    expect(parse(`## Scenarios\n\n${headings}`).scenarios).toHaveLength(5_000);
    const items = Array.from({ length: 5_000 }, (_, i) => `- Scenario ${i + 1}: T${i}. Text.`).join('\n');
    const b = parse(`## Outlook\n\nPaths:\n\n${items}\n`);
    expect([b.scenarios.length, b.scenarios[4_999]!.title]).toEqual([5_000, 'T4999']);
  });

  it('5,000 bold question paragraphs at the top: one box, its one answer a recommendation', () => {
    const box = Array.from({ length: 5_000 }, (_, i) => `**Q${i}?** A${i}.`).join('\n\n');
    const b = parse(`${box}\n\n**What should be done?** Act.\n\n## Background\n\nx\n`);
    expect([b.summarySource, b.recommendations.map((r) => r.text)]).toEqual(['box', ['Act.']]);
  });
});

describe('soft line breaks, joined in linear time', () => {
  it('give what the pattern [ \\t]*\\n[ \\t]* -> " " gives, on random text of spaces, tabs, breaks and letters', async () => {
    const { softBreaks } = await import('../../src/brief/markdown.js');
    let seed = 7;
    const random = (): number => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed / 2 ** 31; };
    for (let i = 0; i < 5_000; i += 1) {
      const text = Array.from({ length: 1 + Math.floor(random() * 16) }, () => ' \t\nab'[Math.floor(random() * 5)]).join('');
      expect(softBreaks(text), JSON.stringify(text)).toBe(text.replace(/[ \t]*\n[ \t]*/g, ' '));
    }
  });

  it('a paragraph of 90,000 spaces between two lines', async () => {
    const { softBreaks } = await import('../../src/brief/markdown.js');
    expect(softBreaks(`a${' '.repeat(90_000)}b\n  c`)).toBe(`a${' '.repeat(90_000)}b c`);
  });
});
