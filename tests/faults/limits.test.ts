/**
 * Issue 16, finding 9: inline markup nested past marked's stack. A brief that would overflow
 * the lexer is refused at its line, by a limit, in every command; nothing throws.
 */
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { parseBrief } from '../../src/brief/parse.js';
import { renderShow } from '../../src/render/terminal.js';
import { renderSummary } from '../../src/render/views.js';
import { renderText } from '../../src/render/text.js';
import { briefJSON, formatJSON } from '../../src/render/json.js';
import { createStyle } from '../../src/render/color-style.js';
import { briefText, makeTree, runCli } from '../helpers/cli.js';

const R = (s: string, n: number): string => s.repeat(n);
/** The 4 KB paragraph. */
const STARS = `${R('*', 2100)}x${R('*', 2100)}`;
const body = (paragraph: string): string => `## Summary\n\n${paragraph}\n\n## Scenarios\n\n### A. One\n\nText.\n\n## Recommendations\n\n- Do it.\n`;
/** Line of the summary paragraph in briefText: 5 frontmatter lines, a blank, the heading, a blank. */
const PARAGRAPH_LINE = 9;

/** Inline and one-line constructs that nest as deep as they are long. */
const NESTING: Record<string, (n: number) => string> = {
  'runs of *': (n) => `${R('*', n)}x${R('*', n)}`,
  'runs of _': (n) => `${R('_', n)}x${R('_', n)}`,
  'emphasis opened with spaces': (n) => `${R('*a ', n)}x${R(' b*', n)}`,
  'strong': (n) => `${R('**a ', n)}x${R(' b**', n)}`,
  'strikethrough': (n) => `${R('~~a ', n)}x${R(' b~~', n)}`,
  'emphasis over lines': (n) => `${R('*a\n', n)}x${R('\nb*', n)}`,
  'emphasis in a heading': (n) => `### ${R('*', n)}x${R('*', n)}`,
  'emphasis in a table cell': (n) => `| a |\n| - |\n| ${R('*', n)}x${R('*', n)} |`,
  'emphasis in a list item': (n) => `- ${R('*', n)}x${R('*', n)}`,
  'lists on one line': (n) => `${R('- ', n)}x`,
  'numbered lists on one line': (n) => `${R('1. ', n)}x`,
  'quotes and lists on one line': (n) => `${R('> - ', n)}x`,
};
/** Runs that marked lexes without overflow (nor quadratic time, once within the marks limit). */
const FLAT: Record<string, string> = {
  'brackets': R('[', 20_000), 'backticks': R('`', 20_000), 'angle brackets': R('<', 20_000),
  'bangs': R('!', 20_000), 'backslashes': R('\\', 20_000), 'tildes': `a${R('~', 20_000)}x${R('~', 20_000)}`,
};

/** Every reader of a brief's text, as the commands call them. */
function readEverything(text: string): void {
  const { brief } = parseBrief(text, 'briefs/x.md');
  for (const section of brief.sections) void section.text;
  for (const s of brief.scenarios) void s.text;
  for (const r of brief.recommendations) void r.text;
  void brief.summary; void brief.intro; void brief.conclusion;
  renderShow(brief, { style: createStyle(3), width: 80 });
  renderSummary(brief, { style: createStyle(0), width: null });
  renderText(brief);
  formatJSON(briefJSON(brief));
}

describe('inline markup that would overflow the lexer', () => {
  for (const [name, make] of Object.entries(NESTING)) {
    it(`${name}: refused at its line past the limit, read within it, never thrown`, () => {
      for (const n of [200, 2_100, 8_000]) {
        const text = briefText({ body: body(make(n)) });
        expect(() => readEverything(text)).not.toThrow();
        const fatal = parseBrief(text, 'briefs/x.md').problems.filter((p) => p.fatal);
        expect(fatal).toEqual([expect.objectContaining({ code: 'too-complex', line: PARAGRAPH_LINE })]);
        expect(fatal[0]!.message).toMatch(/nest|marks|deep/);
      }
      // Ordinary nesting is read as before.
      const shallow = briefText({ body: body(make(20)) });
      expect(parseBrief(shallow, 'briefs/x.md').problems.filter((p) => p.fatal)).toEqual([]);
      expect(() => readEverything(shallow)).not.toThrow();
    });
  }

  it('links in links and emphasis, which marked does not nest: never thrown, refused past the marks limit', () => {
    for (const make of [(n: number) => `${R('[*', n)}a${R('*](u)', n)}`, (n: number) => `${R('[![', n)}a${R('](i)](u)', n)}`]) {
      for (const n of [60, 200, 2_100, 8_000]) {
        const text = briefText({ body: body(make(n)) });
        expect(() => readEverything(text)).not.toThrow();
        const fatal = parseBrief(text, 'briefs/x.md').problems.filter((p) => p.fatal);
        expect(fatal.length).toBe(n > 250 ? 1 : 0);
      }
    }
  });

  it('long runs that do not nest are read, not refused', () => {
    for (const [name, run] of Object.entries(FLAT)) {
      const text = briefText({ body: body(run) });
      const { problems } = parseBrief(text, 'briefs/x.md');
      // Bangs, brackets and tildes pass the marks limit, and are refused by it, not by a crash.
      if (/^(?:bangs|brackets|tildes)$/.test(name)) expect(problems.map((p) => p.message).join()).toMatch(/marks/);
      else expect(problems.filter((p) => p.fatal), name).toEqual([]);
      expect(() => readEverything(text), name).not.toThrow();
    }
  });

  it('a rule of 300 "- " is a rule, not lists nested 300 deep', () => {
    const { problems } = parseBrief(briefText({ body: body(R('- ', 300).trim()) }), 'briefs/x.md');
    expect(problems.filter((p) => p.fatal)).toEqual([]);
  });
});

describe('the issue\'s 4 KB brief, through the CLI', () => {
  const dir = makeTree({
    'briefs/stars.md': briefText({ body: body(STARS) }),
    'briefs/good.md': briefText(),
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const expected = new RegExp(`^brief: briefs/stars\\.md:${PARAGRAPH_LINE}: more than 1000 emphasis, link and image marks .*\\n$`);

  const commands = [
    ['show', 'stars'], ['show', 'stars', '--format', 'terminal', '--color', 'always'], ['summary', 'stars'],
    ['scenario', 'stars'], ['recommendations', 'stars'], ['export', 'stars'], ['export', 'stars', '--json'],
  ];
  for (const args of commands) {
    it(`${args.join(' ')}: one line naming the file and line, exit 1`, async () => {
      const r = await runCli(args, { cwd: dir });
      expect(r.stderr).toMatch(expected);
      expect(r.stderr).not.toMatch(/call stack|unexpected/);
      expect(r.code).toBe(1);
    });
  }

  it('lint: one finding at the paragraph, the other brief clean', async () => {
    const r = await runCli(['lint', '--format', 'json'], { cwd: dir });
    const findings = (JSON.parse(r.stdout) as Array<{ file: string; line: number; rule: string }>);
    expect(findings.map((f) => `${f.file}:${f.line}:${f.rule}`)).toEqual([`briefs/stars.md:${PARAGRAPH_LINE}:file-unreadable`]);
    expect(r.code).toBe(1);
  });

  it('export --all --json: valid JSON with the good brief, the broken one named', async () => {
    const r = await runCli(['export', '--all', '--json'], { cwd: dir });
    const ids = (JSON.parse(r.stdout) as Array<{ id: string }>).map((b) => b.id);
    expect(ids).toEqual(['good']);
    expect(r.stderr).toMatch(/stars\.md:9:/);
    expect(r.code).toBe(1);
  });
});
