import { describe, expect, it } from 'vitest';
import { lintBrief, lintBytes, lintProject } from '../../src/lint/engine.js';
import { PROJECT_RULES, RULES } from '../../src/lint/rules/index.js';
import { PROBLEM_CODES } from '../../src/brief/model.js';
import type { BriefConfig } from '../../src/lint/config.js';
import { fenceTracker, proseLines } from '../../src/lint/source.js';
import { parseBrief } from '../../src/brief/parse.js';
import { exampleBrief } from '../../src/lint/rules/example.js';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Lints an example with only `rule` switched on (at error), so other rules cannot mask it. */
function findings(ruleId: string, text: string, options: Record<string, unknown> = {}, path = 'briefs/example.md', previous?: string, today?: string) {
  const rules = Object.fromEntries(RULES.map((r) => [r.id, r.id === ruleId ? ['error', options] : 'off'])) as never;
  const before = previous === undefined ? null : parseBrief(previous, path).brief;
  return lintBytes(encode(text), path, { rules }, undefined, before, today).filter((m) => m.rule === ruleId);
}

describe.each(RULES.map((r) => [r.id, r] as const))('%s', (id, rule) => {
  it('has failing and passing examples', () => {
    expect(rule.examples.pass.length).toBeGreaterThan(0);
    if (id !== 'file-name') expect(rule.examples.fail.length).toBeGreaterThan(0);
  });

  it.each(rule.examples.fail.map((e, i) => [i, e] as const))('flags failing example %i at the right lines', (_i, example) => {
    const found = findings(id, example.text, example.options, undefined, example.previous, example.today);
    expect(found.map((m) => m.line)).toEqual(example.lines);
    for (const m of found) expect(m.message.length).toBeGreaterThan(10);
  });

  it.each(rule.examples.pass.map((e, i) => [i, e] as const))('stays silent on passing example %i', (_i, example) => {
    expect(findings(id, example.text, example.options, undefined, example.previous, example.today)).toEqual([]);
  });
});

describe('file-name', () => {
  it('flags an id that is not kebab-case, suggesting one', () => {
    const found = findings('file-name', exampleBrief(), {}, 'briefs/Istanbul Talks (v2).md');
    expect(found).toMatchObject([{ line: 1, severity: 'error' }]);
    expect(found[0]!.message).toContain('"istanbul-talks-v2.md"');
  });
});

describe('engine', () => {
  it('uses each rule\'s default severity and the config\'s overrides', () => {
    const text = exampleBrief(['keyquestion: x']);
    expect(lintBrief(text, 'x.md').map((m) => [m.rule, m.severity])).toEqual([['frontmatter-unknown-key', 'warning']]);
    expect(lintBrief(text, 'x.md', { rules: { 'frontmatter-unknown-key': 'error' } })[0]!.severity).toBe('error');
    expect(lintBrief(text, 'x.md', { rules: { 'frontmatter-unknown-key': 'off' } })).toEqual([]);
  });

  it('sorts messages by line, then column, then rule', () => {
    const text = exampleBrief(['status: final', 'keyquestion: x'], '\n## Summary\n\nIt may rain.\n');
    const lines = lintBrief(text, 'x.md').map((m) => m.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });

  it('runs only the frontmatter and file rules on a brief it cannot parse', () => {
    const found = lintBrief('---js\nmodule.exports = {}\n---\n# No sections\n', 'x.md');
    expect(found.map((m) => m.rule)).toEqual(['frontmatter-language']);
  });

  it('turns a rule that throws into a message instead of crashing', () => {
    const broken = { ...RULES[0]!, id: 'boom', check: () => { throw new Error('bad rule'); } };
    expect(lintBrief(exampleBrief(), 'x.md', {}, [broken])).toMatchObject([{ rule: 'boom', line: 1, message: expect.stringContaining('bad rule') }]);
  });

  it('clamps positions a rule reports outside the file', () => {
    const wild = { ...RULES[0]!, id: 'wild', check: ({ report }: { report: (r: { line: number; column: number; message: string }) => void }) => { report({ line: 9999, column: -3, message: 'x' }); } };
    const [m] = lintBrief(exampleBrief(), 'x.md', {}, [wild as never]);
    expect(m).toMatchObject({ line: exampleBrief().split('\n').length, column: 1 });
  });

  describe('inline comments', () => {
    const body = (comment: string) => `\n${comment}\n## Summary\n\nIt may rain.\n\n## Scenarios\n\n### A. One\n\nIt might snow.\n\n## Recommendations\n\n- Act.\n`;
    const hedges = (comment: string) => lintBrief(exampleBrief([], body(comment)), 'x.md').filter((m) => m.rule === 'estimative-hedge').map((m) => m.line);

    it('without a comment both hedges are flagged', () => {
      expect(hedges('')).toEqual([10, 16]);
    });
    it('disable turns a rule off until enable', () => {
      expect(hedges('<!-- brief-lint-disable estimative-hedge -->')).toEqual([]);
      const text = exampleBrief([], body('<!-- brief-lint-disable estimative-hedge -->').replace('### A. One', '<!-- brief-lint-enable estimative-hedge -->\n### A. One'));
      expect(lintBrief(text, 'x.md').filter((m) => m.rule === 'estimative-hedge').map((m) => m.line)).toEqual([17]);
    });
    it('disable without ids turns every rule off', () => {
      expect(hedges('<!-- brief-lint-disable -->')).toEqual([]);
    });
    it('disable-next-line affects only the next line', () => {
      const text = exampleBrief([], body('').replace('It may rain.', '<!-- brief-lint-disable-next-line estimative-hedge -->\nIt may rain.'));
      expect(lintBrief(text, 'x.md').filter((m) => m.rule === 'estimative-hedge').map((m) => m.line)).toEqual([17]);
    });
    it('a comment for another rule changes nothing', () => {
      expect(hedges('<!-- brief-lint-disable scenario-empty -->')).toEqual([10, 16]);
    });
    it('a reason after " -- " is not taken for rule ids (as in ESLint)', () => {
      expect(hedges('<!-- brief-lint-disable -- quoted from the source, may and might as written -->')).toEqual([]);
      expect(hedges('<!-- brief-lint-disable estimative-hedge -- quoted -->')).toEqual([]);
      expect(hedges('<!-- brief-lint-disable scenario-empty -- estimative-hedge is not named here -->')).toEqual([10, 16]);
    });
  });
});

describe('parser problems', () => {
  it('each problem code is reported by exactly one rule', () => {
    for (const code of PROBLEM_CODES) expect(RULES.filter((r) => r.codes?.includes(code)).map((r) => r.id), code).toHaveLength(1);
  });

  it('a file that cannot be read is reported under the rule of its code, at the config\'s severity', () => {
    expect(lintBytes(encode(''), 'x.md')).toMatchObject([{ rule: 'file-unreadable', severity: 'error', line: 1 }]);
    expect(lintBytes(encode(''), 'x.md', { rules: { 'file-unreadable': 'warn' } })).toMatchObject([{ severity: 'warning' }]);
    expect(lintBytes(encode(''), 'x.md', { rules: { 'file-unreadable': 'off' } })).toEqual([]);
  });
});

describe.each(PROJECT_RULES.map((r) => [r.id, r] as const))('project rule %s', (id, rule) => {
  const config = (options?: Record<string, unknown>): BriefConfig | undefined => (options ? { rules: { [id]: ['error', options] } } : undefined);
  it.each(rule.examples.fail.map((e, i) => [i, e] as const))('flags failing example %i', (_i, example) => {
    expect(lintProject('briefs', example.files, config(example.options)).map((m) => [m.rule, m.file])).toEqual(example.flagged.map((f) => [id, f]));
  });

  it.each(rule.examples.pass.map((e, i) => [i, e] as const))('stays silent on passing example %i', (_i, example) => {
    expect(lintProject('briefs', example.files, config(example.options))).toEqual([]);
  });

  it('takes its severity from the config, as a brief rule does', () => {
    const files = rule.examples.fail[0]!.files;
    expect(lintProject('briefs', files, { rules: { [id]: 'warn' } }).map((m) => m.severity)).toEqual(files.map(() => 'warning'));
    expect(lintProject('briefs', files, { rules: { [id]: ['off'] } })).toEqual([]);
  });

  it('turns a rule that throws into a message instead of crashing', () => {
    const broken = { ...rule, check: () => { throw new Error('bad rule'); } };
    expect(lintProject('briefs', ['briefs/a.md'], {}, [broken])).toMatchObject([{ rule: id, file: 'briefs/a.md', message: expect.stringContaining('bad rule') }]);
  });
});

describe('fenceTracker', () => {
  const places = (lines: string[]) => { const fence = fenceTracker(); return lines.map((l) => fence(l)); };

  it('closes a block only with a fence of its character at least as long', () => {
    expect(places(['````md', '```', 'text', '~~~~', '`````', 'after'])).toEqual(['opens', 'inside', 'inside', 'inside', 'closes', null]);
    expect(places(['~~~', '```', '~~~', '```', '```'])).toEqual(['opens', 'inside', 'closes', 'opens', 'closes']);
  });

  it('keeps proseLines and web-boilerplate in step: pasted text inside a ```` block is code', () => {
    const lines = ['````', '```', 'Leave a Reply', '````', 'Prose.'];
    expect(proseLines(lines, 1, lines.length)).toEqual([{ line: 5, text: 'Prose.' }]);
  });
});

describe('rules that follow the structure reader', () => {
  // Scenarios as a list of named futures under "Outlook": no section is of kind 'scenarios'.
  const futures = exampleBrief([], '\n## Outlook\n\nWe see two futures:\n\n1. Thaw. Talks may resume.\n2. Freeze. Nothing moves.\n\n## Background\n\nText.\n');

  it('section-missing counts the scenarios the reader found, with no section of their kind', () => {
    expect(parseBrief(futures, 'x.md').brief.scenarios.map((s) => s.title)).toEqual(['Thaw', 'Freeze']);
    expect(findings('section-missing', futures, { require: ['scenarios', 'recommendations'] }).map((m) => m.message.split(';')[0])).toEqual(['no recommendations']);
    expect(findings('section-missing', futures, { require: ['scenarios'] })).toEqual([]);
  });

  it('section-missing counts a joined heading ("Summary and Recommendations") as a recommendations section', () => {
    const joined = exampleBrief([], '\n## Summary and Recommendations\n\nText.\n\n## Scenarios\n\n### A. One\n\nText.\n');
    expect(findings('section-missing', joined, { require: ['scenarios', 'recommendations'] })).toEqual([]);
  });

  it('estimative-hedge reads scenarios the reader found outside a scenarios section', () => {
    expect(findings('estimative-hedge', futures).map((m) => m.line)).toEqual([11]);
  });
});
