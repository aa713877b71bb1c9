import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixText, lintFile } from '../../src/cli/lint-files.js';
import { exampleBrief } from '../../src/lint/rules/example.js';

const dir = mkdtempSync(join(tmpdir(), 'brief-lint-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fileWith(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('fixText', () => {
  it('fixes a brief the parser could read', () => {
    const path = fileWith('ok.md', exampleBrief(['tags: a, b']));
    expect(fixText(lintFile(path, {}), {})?.text).toContain('tags: [a, b]');
  });

  it('never rewrites a file the parser could not read, whatever the config says of the rule reporting it', () => {
    const path = fileWith('broken.md', exampleBrief(['title: [unclosed'], `\n${' '.repeat(300)}- deep\n`));
    for (const severity of ['error', 'warn', 'off'] as const) {
      const result = lintFile(path, { rules: { 'frontmatter-syntax': severity } });
      expect(result.text, severity).toBeNull();
      expect(fixText(result, {}), severity).toBeNull();
    }
  });

  it('fixes a brief whose frontmatter follows blank lines: it is read (with a warning)', () => {
    const path = fileWith('late.md', `\n${exampleBrief(['tags: a, b'])}`);
    const result = lintFile(path, {});
    expect(result.messages.map((m) => m.rule)).toContain('frontmatter-syntax');
    expect(fixText(result, {})?.text).toContain('tags: [a, b]');
  });
});
