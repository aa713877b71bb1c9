/** Frontmatter as analysts write it (issue 11): `url`, dates to the month or year, static site keys. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBrief, parseBriefMeta } from '../../src/brief/parse.js';
import { parsePeriod, periodOverlaps } from '../../src/brief/period.js';
import { filterBriefs, sortBriefs } from '../../src/brief/query.js';
import type { BriefMeta } from '../../src/brief/model.js';
import { ROOT } from '../helpers/cli.js';

const CORPUS = join(ROOT, 'tests/fixtures/house-styles');
const corpus = (dir = CORPUS, prefix = ''): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
  e.isDirectory() ? corpus(join(dir, e.name), `${prefix}${e.name}/`) : e.name.endsWith('.md') && e.name !== 'README.md' ? [`${prefix}${e.name}`] : []);

/** A brief with these frontmatter lines (title, author and a body added). */
const brief = (...lines: string[]) => parseBrief(`---\ntitle: T\nauthor: A\n${lines.join('\n')}\n---\n\nFirst paragraph.\n`, 'briefs/x.md');
const codes = (...lines: string[]) => brief(...lines).problems.map((p) => `${p.code}@${p.line}`);

describe('url', () => {
  it('is a known key, exported as written', () => {
    const { brief: b, problems } = brief('date: 2025-01-01', 'url: https://example.org/a?b=1');
    expect(problems).toEqual([]);
    expect(b.url).toBe('https://example.org/a?b=1');
    expect(brief('date: 2025-01-01').brief.url).toBeNull();
  });

  it('keeps any text (a site path, another scheme) and asks for text when it is not', () => {
    expect(brief('date: 2025-01-01', 'url: /posts/x/').brief.url).toBe('/posts/x/');
    expect(codes('date: 2025-01-01', 'url: [a, b]')).toEqual(['wrong-type@5']);
  });
});

describe('dates to the month or the year', () => {
  it.each([
    ['2013', '2013'], ['2013-06', '2013-06'], ['"2013"', '2013'], ['2013-06-14', '2013-06-14'],
    ['2020-10-02 11:00:00 +0000', '2020-10-02'],
  ])('date: %s reads as %j, without a problem', (written, date) => {
    const { brief: b, problems } = brief(`date: ${written}`);
    expect(problems).toEqual([]);
    expect(b.date).toBe(date);
  });

  it.each(['2013-13', '2013-00', '2013-6', '13', '20130614', '2013.5', 'June 2013', 'true'])('date: %s is still impossible', (written) => {
    const { brief: b, problems } = brief(`date: ${written}`);
    expect(b.date).toBeNull();
    expect(problems).toEqual([expect.objectContaining({ code: 'invalid-value', line: 4, message: `"date: ${written}" is not a calendar date; write it as YYYY-MM-DD (or YYYY-MM, YYYY)` })]);
  });

  it('parsePeriod takes what --since and --until take', () => {
    expect(['2013', '2013-06', '2013-06-30', '2013-02-30', '2013-13'].map(parsePeriod)).toEqual(['2013', '2013-06', '2013-06-30', null, null]);
  });

  it('a period matches a range it overlaps', () => {
    expect(periodOverlaps('2013', '2013-06-01', undefined)).toBe(true);
    expect(periodOverlaps('2013', undefined, '2013-01-01')).toBe(true);
    expect(periodOverlaps('2013', '2014-01-01', undefined)).toBe(false);
    expect(periodOverlaps('2013-06', '2013-06-30', '2013-07-15')).toBe(true);
    expect(periodOverlaps('2013-06', '2013-07-01', undefined)).toBe(false);
    expect(periodOverlaps('2013-06-14', '2013-06', '2013-06')).toBe(true);
    expect(periodOverlaps('2013-05-31', '2013-06', undefined)).toBe(false);
    expect(periodOverlaps('2014-01-01', undefined, '2013')).toBe(false);
  });

  const meta = (id: string, date: string | null): BriefMeta => ({ id, path: `${id}.md`, title: id, date, updated: null, author: [], source: null,
    url: null, region: [], tags: [], status: 'draft', keyQuestion: null });
  const briefs = [meta('year', '2013'), meta('day', '2013-06-14'), meta('undated', null), meta('month', '2013-06'), meta('later', '2013-07-01'), meta('older', '2012-12-31')];

  it('list sorts a month or year by its start, after the days in it (newest first)', () => {
    expect(sortBriefs(briefs, 'date').map((b) => b.id)).toEqual(['later', 'day', 'month', 'year', 'older', 'undated']);
    expect(sortBriefs(briefs, 'date', true).map((b) => b.id)).toEqual(['undated', 'older', 'year', 'month', 'day', 'later']);
  });

  it('--since and --until keep a brief whose period overlaps them', () => {
    const ids = (since?: string, until?: string) => filterBriefs(briefs, { since, until }).map((b) => b.id).sort();
    expect(ids('2013-06-01', '2013-06-30')).toEqual(['day', 'month', 'year']);
    expect(ids('2013-07')).toEqual(['later', 'year']);
    expect(ids(undefined, '2013-05-31')).toEqual(['older', 'year']);
    expect(ids('2013', '2013')).toEqual(['day', 'later', 'month', 'year']);
  });
});

describe('static site keys (Jekyll, Hugo)', () => {
  it('description is the summary when there is no summary key, at its own line', () => {
    const { brief: b } = brief('date: 2025-01-01', 'description: From the site.');
    expect([b.summary, b.summarySource, b.summaryLine]).toEqual(['From the site.', 'frontmatter', 5]);
    expect(brief('date: 2025-01-01', 'description: From the site.', 'summary: Ours.').brief.summary).toBe('Ours.');
    expect(brief('date: 2025-01-01', 'description: ""').brief.summary).toBe('First paragraph.');
  });

  it('categories are merged into tags, once each', () => {
    expect(brief('date: 2025-01-01', 'tags: [debt, IMF]', 'categories: [South Asia, imf]').brief.tags).toEqual(['debt', 'IMF', 'South Asia']);
    expect(brief('date: 2025-01-01', 'category: economy').brief.tags).toEqual(['economy']);
  });

  it.each([
    [['draft: true'], 'draft'], [['draft: false'], 'published'], [['published: false'], 'draft'], [['published: true'], 'published'],
    [['published: 2024-01-01'], 'draft'], [['draft: false', 'status: review'], 'review'], [['Draft: false'], 'published'], [[], 'draft'],
  ])('%j gives status %s', (lines, status) => {
    const { brief: b, problems } = brief('date: 2025-01-01', ...lines);
    expect(problems).toEqual([]);
    expect(b.status).toBe(status);
  });

  it('draft must be true or false', () => {
    expect(codes('date: 2025-01-01', 'draft: yes')).toEqual(['wrong-type@5']);
  });

  it('lastmod (or last_modified_at, modified, any case) is the updated date', () => {
    expect(brief('date: 2025-01-01', 'lastmod: 2025-02-03T10:00:00Z').brief.updated).toBe('2025-02-03');
    expect(brief('date: 2025-01-01', 'lastMod: 2025-02').brief.updated).toBe('2025-02');
    expect(brief('date: 2025-01-01', 'last_modified_at: 2025-02-04').brief.updated).toBe('2025-02-04');
    expect(brief('date: 2025-01-01').brief.updated).toBeNull();
    expect(codes('date: 2025-01-01', 'lastmod: soon')).toEqual(['invalid-value@5']);
  });

  it('the other keys of a site are accepted without a warning; a typo still gets one', () => {
    const site = ['layout: post', 'permalink: /a/', 'slug: a', 'lang: fr', 'translator: B', 'weight: 20', 'aliases: [/b/]',
      'comments: true', 'type: posts', 'linkTitle: A', 'params: {x: 1}', 'menu: main', 'keywords: [a]', 'publishDate: 2025-01-01'];
    expect(codes('date: 2025-01-01', ...site)).toEqual([]);
    expect(brief('date: 2025-01-01', 'catgories: [a]').problems.map((p) => p.message)).toEqual(['unknown frontmatter key "catgories"; did you mean "categories"?']);
  });

  it('list reads the same fields without the body', () => {
    const text = '---\ntitle: T\nauthor: A\ndate: 2013\nurl: https://e.org\nlastmod: 2014-01\ndraft: false\ncategories: c\n---\n';
    expect(parseBriefMeta(text, 'x.md').meta).toMatchObject({ date: '2013', url: 'https://e.org', updated: '2014-01', status: 'published', tags: ['c'] });
  });
});

describe('the house-styles corpus', () => {
  const files = corpus();

  it('has its frontmatter read without a problem: no unknown key, no impossible value', () => {
    expect(files.length).toBeGreaterThanOrEqual(24);
    for (const file of files) {
      const { problems } = parseBrief(readFileSync(join(CORPUS, file), 'utf8'), file);
      expect(problems, file).toEqual([]);
    }
  });

  it.each(files.map((f) => [f] as const))('%s: the date and summary start of its expected file', (file) => {
    const expected = JSON.parse(readFileSync(join(CORPUS, file.replace(/\.md$/, '.expected.json')), 'utf8')) as { date: string; summaryStart: string | null; forms: string[] };
    const { brief: b } = parseBrief(readFileSync(join(CORPUS, file), 'utf8'), file);
    expect(b.date).toBe(expected.date);
    // The summary from the frontmatter is this module's; the lead's structure reader gives the others.
    if (expected.forms.includes('summary-frontmatter-description')) {
      expect(b.summarySource).toBe('frontmatter');
      expect(b.summary.slice(0, 60)).toBe(expected.summaryStart);
    }
  });
});
