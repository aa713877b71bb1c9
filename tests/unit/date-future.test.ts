/** lint's date-future: the brief's own dates (lastmod, changes, date) later than today, beside indicator-date-future. */
import { describe, expect, it } from 'vitest';
import { lintBrief } from '../../src/lint/engine.js';
import type { BriefConfig } from '../../src/lint/config.js';

const TODAY = '2026-03-10';

/** A brief with these frontmatter lines from line 3 (title on 2), body with no fault of structure. */
const brief = (front: string[]): string =>
  ['---', 'title: T', ...front, 'author: A', '---', '', '## Scenarios', '', '### A. One', '', 'Text.', '', '## Recommendations', '', '- Act.', ''].join('\n');

const found = (text: string, today = TODAY, config: BriefConfig = {}) =>
  lintBrief(text, 'briefs/x.md', config, undefined, null, today)
    .filter((m) => m.rule === 'date-future' || m.rule === 'indicator-date-future')
    .map((m) => `${m.rule}@${m.line}: ${m.message}`);

describe('date-future', () => {
  it('warns of a last revision later than today under the key it is written as, with the date this year', () => {
    for (const key of ['lastmod', 'lastMod', 'modified', 'last_modified_at']) {
      const text = brief(['date: 2026-01-05', `${key}: 2062-02-01`]);
      expect(found(text), key).toEqual([`date-future@4: ${key} 2062-02-01 is later than today (2026-03-10); it is the day the brief was last revised: did you mean 2026-02-01?`]);
      expect(lintBrief(text, 'briefs/x.md', {}, undefined, null, TODAY).find((m) => m.rule === 'date-future')?.severity).toBe('warning');
    }
    expect(found(brief(['date: 2026-01-05', 'lastmod: 2026-03-10']))).toEqual([]);
  });

  it('warns of each change dated later than today, at its date line, a month or year when it has not begun', () => {
    const text = brief(['date: 2026-01-05', 'changes:',
      '  - note: Talks failed', '    date: 2026-03-11',
      '  - { date: 2026-03, note: This month }',
      '  - [not, a, change]',
      '  - { date: 2027, note: Next year }',
      '  - { date: 2026-12-25, note: Christmas }',
      '  - Scenario A: no date']);
    expect(found(text)).toEqual([
      'date-future@6: change 1: date 2026-03-11 is later than today (2026-03-10); it is the day the judgement moved',
      'date-future@9: change 3: date 2027 is later than today (2026-03-10); it is the day the judgement moved: did you mean 2026?',
      // This year's 25 December has not come either: no guess.
      'date-future@10: change 4: date 2026-12-25 is later than today (2026-03-10); it is the day the judgement moved',
    ]);
    expect(found(text, '2027-01-01')).toEqual([]);
  });

  it('leaves a draft or a brief in review dated ahead within the year, and warns of one more than a year ahead', () => {
    for (const status of ['draft', 'review']) {
      expect(found(brief(['date: 2027-03-10', `status: ${status}`])), status).toEqual([]);
      expect(found(brief(['date: 2027-03-11', `status: ${status}`])), status).toEqual([
        // 2026-03-11 is tomorrow: no guess.
        'date-future@3: date 2027-03-11 is more than a year after today (2026-03-10), too far ahead for a planned release']);
    }
    expect(found(brief(['date: 2062-01-10']))).toEqual([
      'date-future@3: date 2062-01-10 is more than a year after today (2026-03-10), too far ahead for a planned release: did you mean 2026-01-10?']);
    // A year: 2027 is under a year ahead of 2026-03-10; 2028 is not.
    expect(found(brief(['date: 2027']))).toEqual([]);
    expect(found(brief(['date: 2028']))).toHaveLength(1);
  });

  it('warns of a published brief dated after today, however close', () => {
    expect(found(brief(['date: 2026-03-11', 'status: published']))).toEqual([
      'date-future@3: date 2026-03-11 is later than today (2026-03-10) in a published brief, whose date has come']);
    // A site's `draft: false` is published too.
    expect(found(brief(['date: 2026-04-01', 'draft: false']))).toHaveLength(1);
    expect(found(brief(['date: 2026-03-10', 'status: published']))).toEqual([]);
    expect(found(brief(['date: 2026-03', 'status: published']))).toEqual([]);
  });

  it('keeps indicator-date-future for as_of: each rule has its own id, and turning one off leaves the other', () => {
    const text = brief(['date: 2026-01-05', 'lastmod: 2027-01-01', 'scenarios:', '  A:', '    indicators: [{text: Sign, as_of: 2027-01-02}]']);
    expect(found(text).map((f) => f.slice(0, f.indexOf(':')))).toEqual(['date-future@4', 'indicator-date-future@7']);
    expect(found(text, TODAY, { rules: { 'indicator-date-future': 'off' } }).map((f) => f.slice(0, f.indexOf(':')))).toEqual(['date-future@4']);
    expect(found(text, TODAY, { rules: { 'date-future': 'off' } }).map((f) => f.slice(0, f.indexOf(':')))).toEqual(['indicator-date-future@7']);
  });
});
