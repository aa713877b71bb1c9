/**
 * Indicators with a state (issue 13, item 2): text and `{ text, status, as_of, note }` items read
 * side by side, each with its line; faults reported at the line of the key that holds them.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseBrief } from '../../src/brief/parse.js';
import { findKeyLine, scanItemLines } from '../../src/brief/indicators.js';
import { dayBefore, daysBetween, parseAge } from '../../src/brief/indicator-report.js';
import { lintBrief } from '../../src/lint/engine.js';

const body = '## Scenarios\n\n### A. One\n\nText.\n\n### B. Two\n\nText.\n\n## Recommendations\n\n- Act.\n';
const brief = (front: string[]): string => ['---', 'title: T', 'date: 2025-11-08', 'author: A', ...front, '---', '', body].join('\n');
const parse = (front: string[]) => parseBrief(brief(front), 'briefs/x.md');

describe('indicators in the frontmatter', () => {
  it('reads text and objects in one list, in order, each at its line', () => {
    const { brief: b, problems } = parse([
      'scenarios:', //                        5
      '  A:', //                              6
      '    likelihood: likely', //            7
      '    indicators:', //                   8
      '      - Plain text', //                9
      '      - text: Talks resume', //        10
      '        status: observed', //          11
      '        as_of: 2026-01-10', //         12
      '        note: Met in Doha', //         13
      '      - {text: Flow item, status: Not Observed, as_of: 2026-02-01}', // 14
      '      - text: "Quoted: with colon"', // 15
      '        status: unclear', //           16
      '  B: {indicators: [x, {text: y, status: observed}]}', // 17
    ]);
    expect(problems).toEqual([]);
    const [a, bb] = b.scenarios;
    expect(a!.indicators).toEqual(['Plain text', 'Talks resume', 'Flow item', 'Quoted: with colon']);
    expect(a!.indicatorStates).toEqual([
      { text: 'Plain text', status: null, asOf: null, note: null, line: 9 },
      { text: 'Talks resume', status: 'observed', asOf: '2026-01-10', note: 'Met in Doha', line: 10 },
      { text: 'Flow item', status: 'not-observed', asOf: '2026-02-01', note: null, line: 14 },
      { text: 'Quoted: with colon', status: 'unclear', asOf: null, note: null, line: 15 },
    ]);
    expect(bb!.indicators).toEqual(['x', 'y']);
    expect(bb!.indicatorStates.map((s) => [s.status, s.line])).toEqual([[null, 17], ['observed', 17]]);
  });

  it('keeps as_of the calendar day written, whatever the time zone or a time after it', () => {
    for (const tz of ['UTC', 'Pacific/Kiritimati', 'America/Adak']) {
      process.env.TZ = tz;
      const { brief: b } = parse(['scenarios:', '  A:', '    indicators:', '      - {text: x, as_of: 2026-01-01}', '      - {text: y, as_of: "2026-03-01 23:30:00 -1000"}']);
      expect(b.scenarios[0]!.indicatorStates.map((s) => s.asOf)).toEqual(['2026-01-01', '2026-03-01']);
    }
    delete process.env.TZ;
  });

  it('a single text stays one indicator, as before', () => {
    const { brief: b } = parse(['scenarios:', '  A:', '    indicators: Talks resume']);
    expect(b.scenarios[0]!.indicatorStates).toEqual([{ text: 'Talks resume', status: null, asOf: null, note: null, line: 7 }]);
  });

  it('reports a bad status, an impossible or partial date, an unknown key and a missing text at the key\'s line', () => {
    const { brief: b, problems } = parse([
      'scenarios:', //                        5
      '  A:', //                              6
      '    indicators:', //                   7
      '      - text: One', //                 8
      '        status: seen', //              9
      '      - text: Two', //                 10
      '        as_of: 2026-02-30', //         11
      '      - text: Three', //               12
      '        as_of: 2026-03', //            13
      '      - text: Four', //                14
      '        stauts: observed', //          15
      '      - status: observed', //          16
      '        as_of: 2026-01-01', //         17
      '      - {text: Six, status: obsrved}', // 18
    ]);
    expect(problems.map((p) => `${p.code}@${p.line}`)).toEqual([
      'invalid-value@9', 'invalid-value@11', 'invalid-value@13', 'wrong-type@15', 'wrong-type@16', 'invalid-value@18',
    ]);
    expect(problems[0]!.message).toBe('indicator 1: status "seen" is not one of observed, not-observed, unclear');
    expect(problems[3]!.message).toMatch(/indicator 4 has an unknown key "stauts"; did you mean "status"\?/);
    expect(problems[4]!.message).toMatch(/indicator 5 has no "text"/);
    expect(problems[5]!.message).toMatch(/status "obsrved" .*did you mean "observed"\?/);
    // What can be read is kept: the text, without the faulty value; an indicator without text is left out.
    expect(b.scenarios[0]!.indicatorStates.map((s) => [s.text, s.status, s.asOf])).toEqual([
      ['One', null, null], ['Two', null, null], ['Three', null, null], ['Four', null, null], ['Six', null, null],
    ]);
  });

  it('lint: the faults are frontmatter-type errors at their lines', () => {
    const text = brief(['scenarios:', '  A:', '    indicators:', '      - text: One', '        status: reviewed', '      - text: Two', '        as_of: 30/11/2026', '        statuz: observed']);
    const messages = lintBrief(text, 'briefs/x.md').filter((m) => m.rule.startsWith('frontmatter'));
    expect(messages.map((m) => `${m.rule}:${m.severity}@${m.line}`)).toEqual([
      'frontmatter-type:error@9', 'frontmatter-type:error@11', 'frontmatter-type:error@12',
    ]);
    // A brief's status ("draft", "review") is no suggestion for an indicator's; a typed date gets the day it means.
    expect(messages[0]!.message).not.toMatch(/did you mean "(?:draft|review|published)"/);
    expect(messages[1]!.message).toMatch(/did you mean 2026-11-30\?/);
  });
});

describe('lint: an as_of later than today (indicator-date-future)', () => {
  const future = (text: string, today?: string) => lintBrief(text, 'briefs/x.md', {}, undefined, null, today).filter((m) => m.rule === 'indicator-date-future');
  const dated = (...asOf: string[]) => brief(['scenarios:', '  A:', '    indicators:', ...asOf.flatMap((d, i) => [`      - text: Sign ${i + 1}`, '        status: observed', `        as_of: ${d}`])]);
  afterEach(() => { vi.useRealTimers(); });

  it('warns at the as_of line, counted from the day given, today itself being no fault', () => {
    const text = dated('2026-03-01', '2027-03-01', '2026-03-11');
    expect(future(text, '2026-03-10').map((m) => `${m.severity}@${m.line}`)).toEqual(['warning@13', 'warning@16']);
    expect(future(text, '2026-03-11').map((m) => m.line)).toEqual([13]);
    expect(future(text, '2027-03-01')).toEqual([]);
  });

  it('suggests the day this year for a year typed too high, and nothing it cannot know', () => {
    const [year, day, far] = future(dated('2027-03-01', '2026-03-11', '2027-12-25'), '2026-03-10');
    expect(year!.message).toBe('scenario A: as_of 2027-03-01 is later than today (2026-03-10); as_of is the day the indicator was last reviewed: did you mean 2026-03-01?');
    expect(day!.message).not.toMatch(/did you mean/);
    // 2026-12-25 has not come either.
    expect(far!.message).not.toMatch(/did you mean/);
  });

  it('reports each indicator of a flow list, once when its label is used twice', () => {
    const text = ['---', 'title: T', 'date: 2025-11-08', 'author: A', 'scenarios:', '  A:',
      '    indicators: [{text: One, as_of: 2027-01-01}, Two, {text: Three, as_of: 2027-02-01}]', '---', '',
      '## Scenarios\n\n### A. One\n\nText.\n\n### A. Again\n\nText.\n\n## Recommendations\n\n- Act.\n'].join('\n');
    expect(future(text, '2026-03-10').map((m) => [m.line, m.message.slice(0, 32)])).toEqual([
      [7, 'scenario A: as_of 2027-01-01 is '], [7, 'scenario A: as_of 2027-02-01 is ']]);
  });

  it('takes the local date when no day is given', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 2, 10, 23, 30));
    expect(future(dated('2026-03-11'))).toHaveLength(1);
    expect(future(dated('2026-03-10'))).toEqual([]);
  });
});

describe('finding the lines', () => {
  const lines = ['scenarios:', '  A:', '    indicators:', '    - one', '    - text: two', '      status: observed', '    - three', '  B:', '    indicators: [a, b]'];
  it('block lists (dashes at the key\'s indentation too) and flow lists', () => {
    expect(scanItemLines(lines, 2)).toEqual([4, 5, 7]);
    expect(scanItemLines(lines, 8)).toEqual([9]);
    expect(scanItemLines(['  A: {indicators: [a]}'], 1)).toEqual([1]);
    expect(scanItemLines(['  A:', '    likelihood: likely', '  B:'], 1)).toEqual([]);
  });
  it('a key inside an item, not a word of its text', () => {
    expect(findKeyLine(lines, 5, 'status')).toBe(6);
    expect(findKeyLine(lines, 5, 'text')).toBe(5);
    expect(findKeyLine(['- {text: "a status: b", status: c}'], 1, 'status')).toBe(1);
    expect(findKeyLine(['- text: a', '  note: status: x', '- status: y'], 1, 'status')).toBe(1);
  });
});

describe('ages for --stale', () => {
  it('reads days, weeks, months and years, and nothing else', () => {
    expect(['90d', '12w', '6M', '1y', ' 3m '].map(parseAge)).toEqual([
      { amount: 90, unit: 'd' }, { amount: 12, unit: 'w' }, { amount: 6, unit: 'm' }, { amount: 1, unit: 'y' }, { amount: 3, unit: 'm' }]);
    for (const bad of ['90', 'd', '1.5m', '-3d', '3 months', '']) expect(parseAge(bad), bad).toBeNull();
  });
  it('counts back on calendar days, months keeping the day where the month has it', () => {
    expect(dayBefore('2026-03-10', { amount: 90, unit: 'd' })).toBe('2025-12-10');
    expect(dayBefore('2026-03-10', { amount: 2, unit: 'w' })).toBe('2026-02-24');
    expect(dayBefore('2026-05-31', { amount: 3, unit: 'm' })).toBe('2026-02-28');
    expect(dayBefore('2024-02-29', { amount: 1, unit: 'y' })).toBe('2023-02-28');
    expect(dayBefore('2026-01-15', { amount: 1, unit: 'm' })).toBe('2025-12-15');
    expect(daysBetween('2025-12-10', '2026-03-10')).toBe(90);
  });
});
