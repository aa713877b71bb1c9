/**
 * Issue 16, finding 11: output in proportion to the brief. A reference link's address is
 * printed once however often it is used, and tables are drawn in time linear in their cells.
 */
import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBrief } from '../../src/brief/parse.js';
import { renderShow } from '../../src/render/terminal.js';
import { createStyle } from '../../src/render/color-style.js';
import { briefText, makeTree, runCli } from '../helpers/cli.js';

const URL = `https://example.com/${'x'.repeat(20_000)}`;
const show = (body: string, level: 0 | 3 = 0): string =>
  renderShow(parseBrief(briefText({ body }), 'briefs/x.md').brief, { style: createStyle(level), width: 80 });

function table(columns: number, rows: number, cell = (r: number, c: number) => `r${r}c${c}`): string {
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  return [
    line(Array.from({ length: columns }, (_, c) => `h${c}`)),
    line(Array.from({ length: columns }, () => '---')),
    ...Array.from({ length: rows }, (_, r) => line(Array.from({ length: columns }, (_, c) => cell(r, c)))),
  ].join('\n');
}

describe('reference links', () => {
  it('a 20 KB address used 16,000 times is printed once: output stays near the brief\'s size', async () => {
    const body = `## Summary\n\n${'[a]\n\n'.repeat(16_000)}[a]: ${URL}\n`;
    const dir = makeTree({ 'briefs/refs.md': briefText({ body }) });
    try {
      const r = await runCli(['show', 'refs', '--format', 'terminal', '--color', 'always'], { cwd: dir });
      expect(r.code).toBe(0);
      // The address is wrapped at the terminal's width: count its characters.
      const xs = r.stdout.match(/x/g)?.length ?? 0;
      expect(xs).toBeGreaterThanOrEqual(20_000);
      expect(xs).toBeLessThan(21_000);
      expect(r.stdout.length).toBeLessThan(4 * body.length);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('each definition\'s address still appears, and inline links keep theirs at every use', () => {
    const out = show('## Summary\n\n[one] and [two][t], again [one]; [inline](https://a.example) [inline](https://a.example)\n\n[one]: https://one.example\n[t]: https://two.example\n');
    expect(out.split('https://one.example').length - 1).toBe(1);
    expect(out.split('https://two.example').length - 1).toBe(1);
    expect(out.split('https://a.example').length - 1).toBe(2);
    expect(out).toMatch(/again one;/);
  });
});

describe('tables', () => {
  it('100 columns by 1,600 rows render in seconds, not minutes', () => {
    const started = Date.now();
    const out = show(`## Summary\n\n${table(100, 1_600)}\n`);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(out).toContain('│ r1599c99 │');
  }, 60_000);

  it('one wide cell above a thousand short rows does not pad every row to its width', () => {
    const body = `## Summary\n\n${table(2, 1_000, (r, c) => (r === 0 && c === 0 ? 'w'.repeat(50_000) : 'x'))}\n`;
    const out = show(body);
    expect(out.length).toBeLessThan(4 * body.length);
    expect(out).toContain('w'.repeat(50_000));
  });

  it('a table just over the size cli-table3 draws looks the same, row for row, as one just under', () => {
    // 10 columns: 9 body rows are 100 cells (cli-table3), 10 are 110 (drawn here).
    for (const level of [0, 3] as const) {
      const small = show(`## Summary\n\n${table(10, 9)}\n\nAfter.\n`, level).split('\n');
      const large = show(`## Summary\n\n${table(10, 10, (r, c) => (r === 9 ? `x${c}` : `r${r}c${c}`))}\n\nAfter.\n`, level).split('\n');
      const bottom = small.findIndex((l) => l.includes('└'));
      expect(large.slice(0, bottom)).toEqual(small.slice(0, bottom));
      expect(large.slice(bottom + 2)).toEqual(small.slice(bottom));
    }
  });
});
