/** Terminal behaviour in a real pseudo-terminal (util-linux `script`): colours, pager, width. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { briefText, makeTree, ROOT, runInTerminal, visible } from '../helpers/cli.js';
import { displayWidth } from '../../src/text/wrap.js';

const SGR = /\u001b\[[0-9;]*m/;

describe('in a terminal', () => {
  it('show uses colour on a terminal', () => {
    const r = runInTerminal(['show', 'istanbul-talks', '--no-pager'], { rows: 200 });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(SGR);
    expect(visible(r.stdout)).toContain('Bilateral Ties Uncertain as Taliban-Pakistan Talks Failed in Istanbul');
    // Issue 15: the key question is set apart under its own label.
    expect(visible(r.stdout)).toMatch(/Key question\n {2}What does the deadlock/);
  });

  it.each([
    [{ NO_COLOR: '1' }, []],
    [{}, ['--color', 'never']],
  ])('no colour at all with %j %j', (env, flags) => {
    const r = runInTerminal(['show', 'baltic-cable-sabotage', '--no-pager', ...flags], { rows: 200, env });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('\u001b');
    expect(r.stdout).toContain('Bottom Line');
  });

  it('renders task lists with one checkbox per item and inline markup applied', () => {
    const dir = makeTree({ 'x.md': '---\ntitle: X\ndate: 2025-01-01\nauthor: A\n---\n\n## Recommendations\n\n- [ ] **Act** now\n- [x] Done\n' });
    const r = runInTerminal(['show', 'x', '--dir', dir, '--no-pager'], { rows: 100 });
    const text = visible(r.stdout);
    // Issue 15: the box is the item's marker; no bullet before it.
    expect(text).toMatch(/^ {2}\[ \] Act now$/m);
    expect(text).toMatch(/^ {2}\[x\] Done$/m);
    expect(text).not.toContain('•');
    expect(text).not.toMatch(/\[ \].*\[ \]|\*\*Act\*\*/);
  });

  it.each([{ NO_COLOR: '1' }, {}])('show marks each heading level by its shape, not by colour alone (%j)', (env) => {
    const body = '## Scenarios\n\n### A. First\n\nText.\n\n#### Drivers\n\nMore.\n';
    const dir = makeTree({ 'h.md': briefText({ body }) });
    const text = visible(runInTerminal(['show', 'h', '--dir', dir, '--no-pager'], { rows: 100, env }).stdout);
    expect(text).toContain('\nScenarios\n═════════\n\n▸ A. First\n\nText.\n\n  ▹ Drivers\n\nMore.\n');
    expect(text).not.toMatch(/^#/m);
  });

  it('show marks a house style\'s scenario sections (##) and their parts (###) apart', () => {
    const dir = join(ROOT, 'tests/fixtures/house-styles');
    const r = runInTerminal(['show', 'red-sea-ports-competition', '--dir', dir, '--no-pager'], { rows: 300, env: { NO_COLOR: '1' } });
    expect(r.stdout).toContain('\nScenario 1: Managed Ambiguity\n═════════════════════════════\n\n▸ Drivers\n');
    expect(r.stdout).toContain('\n▸ Signposts\n');
  });

  it('pages output taller than the screen with $PAGER, and --no-pager skips it', () => {
    const dir = makeTree({});
    const marker = join(dir, 'paged');
    const env = { PAGER: `cat > ${marker}` };
    const paged = runInTerminal(['show', 'istanbul-talks'], { rows: 10, env });
    expect(paged.code).toBe(0);
    expect(existsSync(marker)).toBe(true);
    expect(visible(readFileSync(marker, 'utf8'))).toContain('Greater Involvement of Regional Actors');

    const dir2 = makeTree({});
    const marker2 = join(dir2, 'paged');
    const direct = runInTerminal(['show', 'istanbul-talks', '--no-pager'], { rows: 10, env: { PAGER: `cat > ${marker2}` } });
    expect(existsSync(marker2)).toBe(false);
    expect(visible(direct.stdout)).toContain('Greater Involvement of Regional Actors');
  });

  it('pages through less by default, in UTF-8 whatever the locale', () => {
    // No $PAGER: brief runs less -FIRX; "q" (typed into the terminal) quits it.
    // The title is on the first screen whatever the header holds below it.
    const dir = makeTree({ 'x.md': briefText({ front: 'title: Café — über\n', body: 'Line.\n\n'.repeat(40) }).replace('title: A test brief\n', '') });
    const r = runInTerminal(['show', 'x', '--dir', dir], { rows: 12, env: { LANG: 'C', LC_ALL: 'C' }, input: 'q' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Café — über');
    expect(r.stdout).not.toContain('<E2>');
  });

  it('does not page output that fits on the screen', () => {
    const dir = makeTree({});
    const marker = join(dir, 'paged');
    runInTerminal(['scenario', 'istanbul-talks', 'A'], { rows: 100, env: { PAGER: `cat > ${marker}` } });
    runInTerminal(['show', 'baltic-cable-sabotage'], { rows: 500, env: { PAGER: `cat > ${marker}` } });
    expect(existsSync(marker)).toBe(false);
  });

  it.each([[50, 50], [72, 72], [200, 100]])('wraps show to the terminal width (%i columns -> at most %i)', (cols, max) => {
    const r = runInTerminal(['show', 'istanbul-talks', '--no-pager'], { cols, rows: 300 });
    const lines = visible(r.stdout).split('\n');
    const widest = Math.max(...lines.map((l) => [...l].length));
    expect(widest).toBeLessThanOrEqual(max);
    expect(widest).toBeGreaterThan(max - 15);
  });

  it('wraps summary and checklist lines on a terminal, not when piped', () => {
    const r = runInTerminal(['recommendations', 'istanbul-talks'], { cols: 40 });
    const lines = visible(r.stdout).trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(4);
    expect(lines.filter((l) => l.startsWith('[ ] '))).toHaveLength(4);
    expect(lines.filter((l) => !l.startsWith('[ ] ')).every((l) => l.startsWith('    '))).toBe(true);
  });

  it('show fits every line of a paragraph without spaces (Chinese text, a long address) in the window, in a real terminal', () => {
    const cjk = '中文文本很长'.repeat(12);
    const address = `https://example.org/${'a'.repeat(90)}`;
    const dir = makeTree({ 'c.md': briefText({ body: `## Summary\n\n${cjk}\n\n## Background\n\n${cjk}\n\nSee ${address} for more.\n` }) });
    const r = runInTerminal(['show', 'c', '--dir', dir, '--no-pager'], { cols: 60 });
    expect(r.code).toBe(0);
    const lines = visible(r.stdout).split('\n');
    for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(60);
    // Nothing is lost in the wrapping: each character of the runs is still there, in order.
    const shown = lines.map((l) => l.trim()).join('');
    expect(shown.split(cjk)).toHaveLength(3);
    expect(shown).toContain(address);
  });

  it('list shows an aligned table with a header on a terminal', () => {
    // Wide enough for every title and the tags (the title gets its room first).
    const r = runInTerminal(['list'], { cols: 180 });
    const lines = visible(r.stdout).trimEnd().split('\n');
    expect(lines[0]).toMatch(/^DATE\s+ID\s+STATUS\s+TITLE\s+TAGS$/);
    const titleColumn = lines[0]!.indexOf('TITLE');
    for (const line of lines.slice(1)) expect(line[titleColumn - 1]).toBe(' ');
    expect(lines).toHaveLength(4);
  });
});
