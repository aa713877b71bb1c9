/**
 * HTML comments (notes, lint directives) never reach the reader: every reading command, piped
 * and in a real pseudo-terminal, with and without colour. Terminal runs use the built bin.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { briefText, makeTree, ROOT, runCli, runInTerminal, visible } from '../helpers/cli.js';

const HOUSE = join(ROOT, 'tests/fixtures/house-styles');

const BODY = `<!-- brief-lint-disable-next-line section-missing -->
Intro text <!-- intro note --> continues.

## Summary

The bottom <!-- a note
across lines --> line.

<!--
A comment of
several lines.
-->

## Scenarios

### A. First <!-- heading note -->

Text with <b>bold</b> here.

#### Drivers

- driver one <!-- list note -->
- driver two
  <!-- list block note -->

### B. Second

Code \`<!-- kept as code -->\` stays.

> quoted <!-- quote note --> text

## Recommendations

<!-- brief-lint-disable-next-line rec-verb -->
- Do it. <!-- rec note -->
- [x] Done thing.
  <!-- rec block note -->

## Conclusion

End. <!-- final note -->
`;

const NOTES = /<!--(?! kept as code)|note|several lines|brief-lint/;

const COMMANDS: Array<[string, string[]]> = [
  ['show', ['show', 'c']],
  ['summary', ['summary', 'c']],
  ['scenario', ['scenario', 'c']],
  ['scenario A', ['scenario', 'c', 'A']],
  ['recommendations', ['recommendations', 'c']],
  ['export', ['export', 'c', '--format', 'text']],
];

describe('HTML comments in the output', () => {
  const dir = makeTree({ 'c.md': briefText({ body: BODY }) });

  it.each(COMMANDS)('%s piped shows none', async (_name, args) => {
    const r = await runCli([...args, '--dir', dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(NOTES);
  });

  it('show piped keeps its Markdown, comments written as code included', async () => {
    const r = await runCli(['show', 'c', '--dir', dir]);
    expect(r.stdout).toContain('\nIntro text continues.\n\n## Summary\n\nThe bottom line.\n\n## Scenarios\n');
    expect(r.stdout).toContain('### A. First\n\nText with <b>bold</b> here.');
    expect(r.stdout).toContain('- driver one\n- driver two\n\n### B. Second');
    expect(r.stdout).toContain('Code `<!-- kept as code -->` stays.');
    expect(r.stdout).toContain('- Do it.\n- [x] Done thing.\n\n## Conclusion\n\nEnd.\n');
  });

  it.each(COMMANDS)('%s in a terminal shows none, with colour and without', (_name, args) => {
    for (const env of [{}, { NO_COLOR: '1' }]) {
      const r = runInTerminal([...args, '--dir', dir, ...(args[0] === 'show' ? ['--no-pager'] : [])], { rows: 200, env });
      expect(r.code).toBe(0);
      expect(visible(r.stdout)).not.toMatch(NOTES);
    }
  });

  it('show in a terminal ends a block of raw HTML before the next block, and shows it as text', () => {
    const tree = makeTree({ 'h.md': briefText({ body: '## Summary\n\n<div class="box">\n<script>alert(1)</script>\n</div>\n\n## Next\n\nText.\n' }) });
    const r = runInTerminal(['show', 'h', '--dir', tree, '--no-pager'], { rows: 100, env: { NO_COLOR: '1' } });
    expect(r.stdout).toContain('<div class="box">\n<script>alert(1)</script>\n</div>\n\nNext\n');
  });

  it('show in a terminal keeps the structure a comment gives: a list ended before indented code', async () => {
    const tree = makeTree({ 's.md': briefText({ body: '## Summary\n\n- item\n\n<!-- -->\n\n    code line\n' }) });
    const r = await runCli(['show', 's', '--dir', tree, '--no-pager'], { tty: { columns: 80 }, env: { NO_COLOR: '1' } });
    expect(r.stdout).toContain('  • item\n\n  code line\n');
  });

  it.each([
    ['taiwan-strait-quarantine', /Internal: figures|brief-lint-disable/],
    ['west-africa-cocoa-smuggling', /Hugo front matter|TODO: check/],
  ])('%s: no command shows its comments, piped or in a terminal', async (id, comment) => {
    for (const command of ['show', 'summary', 'recommendations', 'export']) {
      const args = [command, id, '--dir', HOUSE];
      const piped = await runCli(args);
      expect(piped.stdout + piped.stderr).not.toMatch(comment);
      expect(piped.stdout).not.toContain('<!--');
    }
    const shown = runInTerminal(['show', id, '--dir', HOUSE, '--no-pager'], { rows: 300 });
    expect(shown.code).toBe(0);
    expect(visible(shown.stdout)).not.toMatch(comment);
    expect(visible(shown.stdout)).not.toContain('<!--');
  });
});
