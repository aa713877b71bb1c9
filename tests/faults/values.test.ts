/**
 * Issue 16, finding 19 (frontmatter values): numbers in text fields keep the text written,
 * nested indicators are reported at their line, and a date's time must be a time.
 */
import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBrief, parseBriefMeta } from '../../src/brief/parse.js';
import { briefText, makeTree, runCli } from '../helpers/cli.js';

const fm = (lines: string[], body = '# T\n'): string => ['---', ...lines, '---', '', body].join('\n');
const base = ['title: T', 'date: 2025-11-08', 'author: A'];
const parse = (text: string) => parseBrief(text, 'briefs/x.md');
const scenarioBody = '## Scenarios\n\n### A. One\n\nText.\n';

describe('numbers in text fields', () => {
  it('a 30-digit title is the title as typed, and the advice quotes it as typed', () => {
    const text = fm(['title: 123456789012345678901234567890', 'date: 2025-11-08', 'author: A']);
    const { brief, problems } = parse(text);
    expect(brief.title).toBe('123456789012345678901234567890');
    expect(problems).toEqual([expect.objectContaining({ code: 'wrong-type', line: 2 })]);
    expect(problems[0]!.message).toBe('"title" should be text; quote it: title: "123456789012345678901234567890"');
    expect(parseBriefMeta(text, 'briefs/x.md').meta.title).toBe('123456789012345678901234567890');
  });

  it('tags, authors and regions keep hex, exponents, leading zeros and .inf as written', () => {
    const { brief } = parse(fm(['title: T', 'date: 2025-11-08', 'author: [007, Ann]', 'tags: [0x1F, 1e3, 007, .inf, 1_000, plain]', 'region: 0o17']));
    expect(brief.tags).toEqual(['0x1F', '1e3', '007', '.inf', '1_000', 'plain']);
    expect(brief.author).toEqual(['007', 'Ann']);
    expect(brief.region).toEqual(['0o17']);
    expect(parse(fm([...base, 'tags: 0x1F'])).brief.tags).toEqual(['0x1F']);
  });

  it('source, key question, status and date messages quote the value as written', () => {
    const { brief, problems } = parse(fm([...base.slice(0, 1), 'date: 20250101', 'author: A', 'source: 0x1F', 'key_question: 1e3', 'status: 0x10']));
    expect(brief.source).toBe('0x1F');
    expect(brief.keyQuestion).toBe('1e3');
    const messages = problems.map((p) => p.message).join('\n');
    expect(messages).toContain('"date: 20250101" is not a calendar date');
    expect(messages).toContain('"status: 0x10" is not one of');
  });

  it('scenario impact and indicators keep numbers as written; likelihood as before', () => {
    const { brief } = parse(fm([...base, 'scenarios:', '  A: {likelihood: 0.50, impact: 3.10, indicators: [0x1F, one]}'], scenarioBody));
    expect(brief.scenarios[0]).toMatchObject({ likelihood: '0.50', impact: '3.10', indicators: ['0x1F', 'one'] });
  });

  it('export --json writes the tag 0x1F as "0x1F"', async () => {
    const dir = makeTree({ 'briefs/x.md': briefText({ front: 'tags: [0x1F, 007]\n' }) });
    try {
      const r = await runCli(['export', 'x', '--json'], { cwd: dir });
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).tags).toEqual(['0x1F', '007']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('nested items in indicators', () => {
  it('a list or mapping inside the list is a frontmatter-type error at its own line', () => {
    const text = fm([...base,
      'scenarios:', //             5
      '  A:', //                   6
      '    indicators:', //        7
      '      - one', //            8
      '      - - nested', //       9
      '        - list', //         10
      '      - key: value', //     11
      '      - [flow, list]', //   12
      '  B:', //                   13
      '    indicators: {a: b}', // 14
    ], `${scenarioBody}\n### B. Two\n\nText.\n`);
    const { brief, problems } = parse(text);
    expect(brief.scenarios[0]!.indicators).toEqual(['one']);
    expect(problems.map((p) => `${p.code}@${p.line}`)).toEqual(['wrong-type@9', 'wrong-type@11', 'wrong-type@12', 'wrong-type@14']);
    expect(problems[0]!.message).toMatch(/indicator 2 is a list, not text/);
    expect(problems[3]!.message).toMatch(/"indicators" should be a list of text, not a mapping/);
  });

  it('lint reports them', async () => {
    const dir = makeTree({ 'briefs/x.md': briefText({ front: 'scenarios:\n  A:\n    indicators:\n      - - nested\n' }) });
    try {
      const r = await runCli(['lint', '--format', 'json'], { cwd: dir });
      const findings = JSON.parse(r.stdout) as Array<{ line: number; rule: string }>;
      expect(findings).toEqual([expect.objectContaining({ rule: 'frontmatter-type', line: 8 })]);
      expect(r.code).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('dates', () => {
  const dateOf = (value: string) => parse(fm(['title: T', `date: ${value}`, 'author: A']));

  it('a time that is not a time makes the date a frontmatter-type error', () => {
    for (const value of ['2025-01-01T25:61:61Z', '2025-01-01T24:00:00Z', '2025-01-01 12:60', '2025-01-01T12:00:60Z',
      '2025-01-01T12:00:00+15:00', '2025-01-01T12:00:00+05:60', '2025-02-29']) {
      const { brief, problems } = dateOf(value);
      expect(brief.date, value).toBeNull();
      expect(problems.map((p) => `${p.code}@${p.line}`), value).toEqual(['invalid-value@3']);
    }
  });

  it('a valid date and time is read as the calendar date written', () => {
    for (const [value, date] of [
      ['2020-10-02 11:00:00 +0000', '2020-10-02'], ['2020-10-02T23:59:59-08:00', '2020-10-02'], ['2024-02-29', '2024-02-29'],
      ['2001-12-14 21:59:43.10 -5', '2001-12-14'], ['2025-01-01T00:00Z', '2025-01-01'], ['2025-01-01T12:00:00+14:00', '2025-01-01'],
    ]) {
      const { brief, problems } = dateOf(value!);
      expect(brief.date, value).toBe(date);
      expect(problems, value).toEqual([]);
    }
  });
});
