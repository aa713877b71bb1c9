/** Search: the query language, the parts of a brief with their lines, BM25F ranking and snippets. */
import { describe, expect, it } from 'vitest';
import { normaliseText, parseBrief } from '../../src/brief/parse.js';
import { parseQuery, QueryError } from '../../src/search/query.js';
import { SearchScan } from '../../src/search/rank.js';
import { snippetOf } from '../../src/search/snippet.js';
import { tokenize } from '../../src/search/tokenize.js';
import { briefUnits } from '../../src/search/units.js';
import { briefText } from '../helpers/cli.js';

function units(text: string) {
  const { brief } = parseBrief(text, 'x.md');
  return briefUnits(brief, normaliseText(text).split('\n'));
}

function search(query: string, briefs: Record<string, string>) {
  const scan = new SearchScan<string>(parseQuery(query));
  for (const [id, text] of Object.entries(briefs)) scan.add(id, units(text));
  return scan.results();
}

describe('parseQuery', () => {
  it('reads words, phrases, field prefixes and prefix words', () => {
    expect(parseQuery('Border "monitoring mechanisms" scenario:escalation rec:"neutral mediators" title:cable tag:food-security mediat*')).toEqual([
      { field: null, words: ['border'], prefix: false, source: 'Border' },
      { field: null, words: ['monitoring', 'mechanism'], prefix: false, source: '"monitoring mechanisms"' },
      { field: 'scenario', words: ['escalation'], prefix: false, source: 'scenario:escalation' },
      { field: 'recommendation', words: ['neutral', 'mediator'], prefix: false, source: 'rec:"neutral mediators"' },
      { field: 'title', words: ['cable'], prefix: false, source: 'title:cable' },
      { field: 'tag', words: ['food', 'security'], prefix: false, source: 'tag:food-security' },
      { field: null, words: ['mediat'], prefix: true, source: 'mediat*' },
    ]);
  });

  it('refuses an unknown field, an unclosed quote and a query without words', () => {
    expect(() => parseQuery('author:smith')).toThrow(/unknown field "author:"; use title:, tag:/);
    expect(() => parseQuery('"border mechanism')).toThrow(/not closed/);
    expect(() => parseQuery('"" !!')).toThrow(QueryError);
  });

  it('folds case, accents and a plural s', () => {
    expect(tokenize('Mechanisms, Côte d\'Ivoire; policies and crisis')).toEqual(['mechanism', 'cote', 'd', 'ivoire', 'policy', 'and', 'crisis']);
  });
});

describe('briefUnits', () => {
  it('gives each part of a brief its field, section and file lines', () => {
    const text = briefText({
      front: 'tags: [security]\nkey_question: Will the border hold?\nsummary: The border holds.\n',
      body: '## Background\n\nBorder text.\n\n<!-- border note -->\n\n## Scenarios\n\n### A. Border opens\n\nTrade resumes.\n\n## Recommendations\n\n- Watch the border.\n',
    });
    const found = units(text).map((u) => [u.field, u.section, u.scenario, u.lines.map((l) => l.line)]);
    expect(found).toEqual([
      ['title', null, null, [2]],
      ['tag', null, null, [5]],
      ['question', null, null, [6]],
      ['summary', null, null, [7]],
      ['section', 'Background', null, [10, 12]],
      ['section', 'Scenarios', null, [16]],
      ['scenario', 'Scenarios', 'A', [18, 20]],
      ['section', 'Recommendations', null, [22]],
      ['recommendation', 'Recommendations', null, [24]],
    ]);
    // The comment's words are not the brief's text.
    expect(units(text).find((u) => u.section === 'Background')!.lines.map((l) => l.text)).toEqual(['Background', 'Border text.']);
  });
});

describe('ranking', () => {
  const body = (words: string) => `## Analysis\n\n${words}\n\n## Scenarios\n\n### A. One\n\nText.\n\n## Recommendations\n\n- Act.\n`;
  const inTitle = `---\ntitle: Corridor politics\ndate: 2025-01-01\nauthor: A\n---\n\n${body('Nothing here.')}`;
  const inBody = `---\ntitle: Other matters\ndate: 2025-01-01\nauthor: A\n---\n\n${body('The corridor is busy, the corridor is long.')}`;

  it('puts a title match above a body match, whatever the order the briefs are read in', () => {
    expect(search('corridor', { body: inBody, title: inTitle }).map((m) => m.brief)).toEqual(['title', 'body']);
    expect(search('corridor', { title: inTitle, body: inBody }).map((m) => m.brief)).toEqual(['title', 'body']);
  });

  it('keeps equal matches in the order they were read (stable)', () => {
    const same = { a: inBody, b: inBody, c: inBody };
    const results = search('corridor', same);
    expect(results.map((m) => m.brief)).toEqual(['a', 'b', 'c']);
    expect(new Set(results.map((m) => m.score)).size).toBe(1);
  });

  it('needs every clause; a phrase needs its words next to each other, also over a line break', () => {
    const near = body('Monitored border\nmechanisms work.');
    const apart = body('The border has no mechanism.');
    const briefs = { near: briefText({ body: near }), apart: briefText({ body: apart }) };
    expect(search('"border mechanism"', briefs).map((m) => m.brief)).toEqual(['near']);
    expect(search('border mechanism', briefs).map((m) => m.brief).sort()).toEqual(['apart', 'near']);
    expect(search('border zebra', briefs)).toEqual([]);
    expect(search('"border mechanism"', briefs)[0]!.hits.map((h) => h.line)).toEqual([9]);
  });

  it('finds a word in its plural, "ies" for "y" included, as a word and as a prefix', () => {
    const briefs = {
      spies: briefText({ body: body('Two spies were expelled.') }),
      policies: briefText({ body: body('Both POLICIES failed.') }),
      mechanisms: briefText({ body: body('The mechanisms held.') }),
    };
    expect(search('spy', briefs).map((m) => m.brief)).toEqual(['spies']);
    expect(search('spies', briefs).map((m) => m.brief)).toEqual(['spies']);
    expect(search('policy', briefs).map((m) => m.brief)).toEqual(['policies']);
    expect(search('policy*', briefs).map((m) => m.brief)).toEqual(['policies']);
    expect(search('polic*', briefs).map((m) => m.brief)).toEqual(['policies']);
    expect(search('mechanism', briefs).map((m) => m.brief)).toEqual(['mechanisms']);
    expect(search('mechanisms*', briefs).map((m) => m.brief)).toEqual(['mechanisms']);
    expect(search('"spies were"', briefs)[0]!.hits.map((h) => h.line)).toEqual([9]);
  });

  it('keeps a field clause to its field', () => {
    const briefs = { s: briefText({ body: body('Text.').replace('### A. One', '### A. Escalation') }), b: briefText({ body: body('Escalation in the analysis.') }) };
    expect(search('scenario:escalation', briefs).map((m) => m.brief)).toEqual(['s']);
    expect(search('section:escalation', briefs).map((m) => m.brief)).toEqual(['b']);
  });
});

describe('snippetOf', () => {
  it('removes Markdown marks and gives the offsets of each matched word', () => {
    const s = snippetOf('1. Establish **monitored** [border mechanisms](https://x.invalid) now.', parseQuery('"border mechanism"'), 'recommendation');
    expect(s.text).toBe('Establish monitored border mechanisms now.');
    expect(s.matches.map(([a, b]) => s.text.slice(a, b))).toEqual(['border', 'mechanisms']);
  });

  it('cuts a long line around the match', () => {
    const long = `${'word '.repeat(60)}target ${'word '.repeat(60)}`;
    const s = snippetOf(long, parseQuery('target'), 'section', 80);
    expect(s.text.length).toBeLessThanOrEqual(82);
    expect(s.text.startsWith('…')).toBe(true);
    expect(s.matches.map(([a, b]) => s.text.slice(a, b))).toEqual(['target']);
  });
});
