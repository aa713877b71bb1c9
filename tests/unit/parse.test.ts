import { describe, expect, it } from 'vitest';
import { parseBrief, parseBriefMeta } from '../../src/brief/parse.js';

const fm = (lines: string[]): string => ['---', ...lines, '---', ''].join('\n');
const base = ['title: T', 'date: 2025-11-08', 'author: A'];
const parse = (text: string, path = 'briefs/x.md') => parseBrief(text, path);
const codes = (text: string) => parse(text).problems.map((p) => `${p.code}@${p.line}`);

describe('§1 a brief is one file', () => {
  it('takes its id from the file stem, in any folder', () => {
    expect(parse(fm(base), 'briefs/sub/dir/istanbul-talks.md').brief.id).toBe('istanbul-talks');
  });

  it('reads a byte-order mark and CRLF line endings the same as plain LF', () => {
    const lf = fm([...base, 'tags: [a]']) + '# T\n\n## Scenarios\n\n### A. One\n\nText one\nmore.\n';
    const crlf = '\uFEFF' + lf.replace(/\n/g, '\r\n');
    const a = parse(lf).brief;
    const b = parse(crlf).brief;
    expect({ ...b, body: '' }).toEqual({ ...a, body: '' });
    expect(b.scenarios[0]).toMatchObject({ label: 'A', text: 'Text one more.', line: 11 });
  });
});

describe('§2 frontmatter', () => {
  it('normalises metadata: author, region and tags become lists; status defaults to draft', () => {
    const { brief, problems } = parse(fm(['title: " Spaced "', 'date: 2025-11-08', 'author: Ann', 'region: Sahel, West Africa', 'tags: [x, y]', 'key_question: Why?', 'source: Desk']));
    expect(problems).toEqual([]);
    expect(brief).toMatchObject({
      title: 'Spaced', date: '2025-11-08', author: ['Ann'], region: ['Sahel', 'West Africa'],
      tags: ['x', 'y'], status: 'draft', keyQuestion: 'Why?', source: 'Desk',
    });
  });

  it('keeps the calendar date written, whatever the time zone or time of day', () => {
    expect(parse(fm(['title: T', 'date: 2025-11-08', 'author: A'])).brief.date).toBe('2025-11-08');
    expect(parse(fm(['title: T', 'date: 2020-10-02 11:00:00 +0000', 'author: A'])).brief.date).toBe('2020-10-02');
    expect(parse(fm(['title: T', 'date: 2020-10-02T23:30:00-08:00', 'author: A'])).brief.date).toBe('2020-10-02');
    expect(parse(fm(['title: T', 'date: "2024-02-29"', 'author: A'])).brief.date).toBe('2024-02-29');
  });

  it('flags an impossible date at its line instead of rolling it over', () => {
    const { brief, problems } = parse(fm(['title: T', 'author: A', 'date: 2025-13-45']));
    expect(brief.date).toBeNull();
    expect(problems).toEqual([expect.objectContaining({ code: 'invalid-value', line: 4 })]);
    expect(codes(fm(['title: T', 'author: A', 'date: 2023-02-29']))).toEqual(['invalid-value@4']);
  });

  it('reports missing or empty required keys', () => {
    expect(codes(fm(['title: ""', 'date: 2025-01-01']))).toEqual(['required-missing@2', 'required-missing@1']);
  });

  it('flags an unknown status and an unknown key with the closest known key', () => {
    const { problems } = parse(fm([...base, 'status: final', 'keyquestion: x']));
    expect(problems.map((p) => p.code)).toEqual(['invalid-value', 'unknown-key']);
    expect(problems[1]).toMatchObject({ line: 6 });
    expect(problems[1]!.message).toContain('key_question');
  });

  it('reads scenario attributes by label, keeping likelihood as written', () => {
    const text = fm([...base, 'scenarios:', '  a: {likelihood: 0.50, impact: High, indicators: [one, two]}', '  Scenario B:', '    likelihood: "35%"', '  3:', '    likelihood: Very Likely']) +
      '## Scenarios\n\n### A. One\n\nx\n\n### B) Two\n\ny\n\n### 3 - Three\n\nz\n';
    const { brief } = parse(text);
    expect(brief.scenarios.map((s) => [s.label, s.likelihood, s.impact, s.indicators])).toEqual([
      ['A', '0.50', 'High', ['one', 'two']], ['B', '35%', null, []], ['3', 'Very Likely', null, []],
    ]);
  });

  it.each(['---js', '---javascript', '--- JS ', '---JavaScript', '---coffee', '---json', '---toml'])(
    'refuses a %j fence without evaluating it', (fence) => {
      const text = `${fence}\n({ title: (globalThis.briefPwned = 1, "x") })\n---\nbody\n`;
      const { problems } = parse(text);
      expect(problems[0]).toMatchObject({ code: 'not-yaml', line: 1, fatal: true });
      expect((globalThis as Record<string, unknown>).briefPwned).toBeUndefined();
    });

  it('accepts ---yaml and ---yml fences', () => {
    expect(parse('---yaml\ntitle: T\ndate: 2025-01-01\nauthor: A\n---\n').problems).toEqual([]);
  });

  it('refuses frontmatter with no closing fence instead of reading the whole file as YAML', () => {
    expect(parse('---\ntitle: T\n\n# Body\n').problems[0]).toMatchObject({ code: 'unclosed', line: 1, fatal: true });
  });

  it('reports a YAML syntax error at its file line', () => {
    expect(parse('---\ntitle: T\ndate: 2025-01-01\nauthor: [unclosed\n---\n').problems[0]).toMatchObject({ code: 'yaml-syntax', line: 4, fatal: true });
  });

  it.each([
    ['an unclosed quote', 'title: "Unclosed\ndate: 2025-01-01\nauthor: A', 2],
    ['an unclosed flow sequence', 'title: T\ntags: [a, b\nauthor: A\ndate: 2025-01-01', 3],
    ['an unclosed flow mapping', 'title: T\nscenarios: {A: {likelihood: likely}\nauthor: A', 3],
    ['a duplicate key', 'title: T\ndate: 2025-01-01\nauthor: A\ntitle: U', 5],
    ['a tab indent', 'title: T\nscenarios:\n\tA: x', 4],
    ['a colon in a plain value', 'title: Talks: what next\ndate: 2025-01-01', 2],
    ['an undefined alias', 'title: *nope', 2],
  ])('reports %s where it is written', (_name, yaml, line) => {
    expect(parse(`---\n${yaml}\n---\n`).problems[0]).toMatchObject({ code: 'yaml-syntax', line, fatal: true });
  });

  it('refuses an alias bomb quickly instead of expanding it', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i += 1) {
      const prev = String.fromCharCode(96 + i);
      levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const started = performance.now();
    const { problems } = parse(fm(levels));
    expect(problems[0]).toMatchObject({ code: 'too-many-values', fatal: true });
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it.each(['!!js/function "function () {}"', '!!js/regexp /x/', '!!binary aGk=', '!!python/object:os.system [ls]', '!!timestamp 2025-01-01'])(
    'refuses the YAML tag %s instead of constructing anything', (tagged) => {
      const { problems } = parse(fm([...base, `x: ${tagged}`]));
      expect(problems[0]).toMatchObject({ code: 'yaml-syntax', line: 5, fatal: true, message: expect.stringContaining('plain YAML only') });
    });

  it('never touches Object.prototype', () => {
    const { brief } = parse(fm([...base, '__proto__: {polluted: yes}', 'a: &a {__proto__: {polluted: 1}}', 'b: {<<: *a}']));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(brief.frontmatter.data)).toContain('__proto__');
  });

  it('reports special keys such as __proto__ and constructor at their own lines', () => {
    const { brief, problems } = parse(fm([...base, '__proto__: 1', 'constructor: 2', 'toString: 3']));
    expect(problems.map((p) => [p.code, p.line])).toEqual([
      ['unknown-key', 5], ['unknown-key', 6], ['unknown-key', 7]]);
    expect(Object.getPrototypeOf(brief.frontmatter.keyLines)).toBeNull();
  });

  it('reports frontmatter that is a list or a scalar, and still reads the body', () => {
    const { brief, problems } = parse('---\n- a\n- b\n---\n# Heading\n\nText.\n');
    expect(problems[0]).toMatchObject({ code: 'not-mapping', line: 2 });
    expect(problems.some((p) => p.fatal)).toBe(false);
    expect(brief.title).toBe('Heading');
  });

  it('reads frontmatter after blank lines, with a warning', () => {
    const { brief, problems } = parse(`\n\n${fm(base)}`);
    expect(brief.title).toBe('T');
    expect(problems).toEqual([expect.objectContaining({ code: 'fence-not-first', line: 1 })]);
    expect(problems[0]!.fatal).toBeFalsy();
  });

  it('parseBriefMeta reads the same metadata without the body', () => {
    const text = fm([...base, 'tags: a, b']) + '## Scenarios\n';
    const { brief } = parse(text);
    const { meta } = parseBriefMeta(text, 'briefs/x.md');
    expect(meta).toEqual({ id: brief.id, path: brief.path, title: brief.title, date: brief.date, author: brief.author,
      source: brief.source, region: brief.region, tags: brief.tags, status: brief.status, keyQuestion: brief.keyQuestion,
      url: brief.url, updated: brief.updated });
  });
});

describe('§3 body sections', () => {
  const kinds = (headings: string[]) =>
    parse(fm(base) + headings.map((h) => `## ${h}\n\ntext\n`).join('\n')).brief.sections.map((s) => s.kind);

  it('classifies sections by whole words in the heading, first row winning', () => {
    expect(kinds(['Possible Scenarios for Future Relations', 'Policy Implications and Recommendations', 'Summary of Scenarios',
      'BLUF', 'The Bottom Line', 'Conclusions', 'Background', 'Scenariography', 'RECOMMENDATION'])).toEqual([
      'scenarios', 'recommendations', 'summary', 'summary', 'summary', 'conclusion', 'section', 'section', 'recommendations']);
  });

  it('reads every scenario heading form, with upper-case labels', () => {
    const text = fm(base) + '## Scenarios\n\n### A. Return to talks\n\nOne.\n\n### b) Localized ceasefires\n\nTwo.\n\n### Scenario C: Escalation\n\nThree.\n\n### 12 - Status quo\n\nFour.\n\n### Scenario d — Dash\n\nFive.\n';
    expect(parse(text).brief.scenarios.map((s) => [s.label, s.title, s.text])).toEqual([
      ['A', 'Return to talks', 'One.'], ['B', 'Localized ceasefires', 'Two.'], ['C', 'Escalation', 'Three.'],
      ['12', 'Status quo', 'Four.'], ['D', 'Dash', 'Five.'],
    ]);
  });

  it('runs a scenario to the next level-3 or level-2 heading, keeping deeper headings inside it', () => {
    const text = fm(base) + '## Scenarios\n\n### A. One\n\nFirst.\n\n#### Detail\n\nSecond.\n\n## Other\n\nNot a scenario.\n';
    expect(parse(text).brief.scenarios[0]!.text).toBe('First.\n\nDetail\n\nSecond.');
  });

  it('keeps repeated scenario headings for lint, but out of the scenarios; an unlabelled heading among labelled ones is a part', () => {
    const text = fm(base) + '## Scenarios\n\n### Another thing\n\nx\n\n### A. One\n\ny\n\n### A. Again\n\nz\n';
    const { brief } = parse(text);
    expect(brief.scenarios.map((s) => s.title)).toEqual(['One']);
    expect(brief.scenarioHeadings.map((h) => [h.label, h.line])).toEqual([['A', 12], ['A', 16]]);
  });

  it('reads recommendations: bullets, numbers and tasks, grouped by level-3 headings, intro excluded', () => {
    const text = fm(base) + '## Recommendations\n\nBoth sides should:\n\n### Now\n\n- [ ] Open a channel.\n- [x] Share data.\n\n### Later\n\n1. Fund repairs,\n   quickly.\n2. **Review** the [law](http://x).\n';
    expect(parse(text).brief.recommendations).toEqual([
      { text: 'Open a channel.', done: false, group: 'Now', mark: null, line: 12 },
      { text: 'Share data.', done: true, group: 'Now', mark: null, line: 13 },
      { text: 'Fund repairs, quickly.', done: false, group: 'Later', mark: null, line: 17 },
      { text: 'Review the law.', done: false, group: 'Later', mark: null, line: 19 },
    ]);
  });

  it('takes the optional level-1 heading as the display title, and falls back to it for a missing title', () => {
    const { brief } = parse('---\ndate: 2025-01-01\nauthor: A\n---\n\n# Display *Title*\n\nIntro.\n');
    expect(brief.displayTitle).toEqual({ text: 'Display Title', line: 6 });
    expect(brief.title).toBe('Display Title');
    expect(brief.intro).toBe('Intro.');
  });

  it('gives each section its heading line', () => {
    const text = fm(base) + '# T\n\n## One\n\na\n\n## Two\n\nb\n';
    expect(parse(text).brief.sections.map((s) => [s.heading, s.line])).toEqual([['One', 8], ['Two', 12]]);
  });
});

describe('§4 the summary', () => {
  const body = '# T\n\nFirst paragraph.\n\n## Bottom line\n\nFrom the section.\n';
  it('is the summary key when present', () => {
    expect(parse(fm([...base, 'summary: From the key.']) + body).brief).toMatchObject({ summary: 'From the key.', summarySource: 'frontmatter' });
  });
  it('else the text of the summary section', () => {
    expect(parse(fm(base) + body).brief).toMatchObject({ summary: 'From the section.', summarySource: 'section' });
  });
  it('else the first paragraph of the body', () => {
    expect(parse(fm(base) + '# T\n\n> quote\n\nFirst *paragraph*.\n\n## Background\n\nMore.\n').brief)
      .toMatchObject({ summary: 'First paragraph.', summarySource: 'paragraph' });
  });
});

describe('§5 text fields are plain text', () => {
  it('removes markup, decodes entities and separates paragraphs with one blank line', () => {
    const text = fm(base) + '## Conclusion\n\nA **bold** _claim_ with `code`,\na [link](http://x) &amp; an ![image](i.png).\n\n\n\nSecond paragraph.  \nHard break.\n';
    expect(parse(text).brief.conclusion).toBe('A bold claim with code, a link & an image.\n\nSecond paragraph.\nHard break.');
  });

  it('keeps control characters exact in the model (cleaning is for terminals)', () => {
    const { brief } = parse(fm(['title: "Evil \\e]0;owned\\a title"', 'date: 2025-01-01', 'author: A']));
    expect(brief.title).toBe('Evil \u001b]0;owned\u0007 title');
  });
});

describe('plain-text fields are computed on first read but behave as plain data', () => {
  const text = fm([...base]) + '# T\n\nIntro **text**.\n\n## Summary\n\nThe *gist*.\n\n## Scenarios\n\n### A. One\n\nSo `likely`.\n\n## Recommendations\n\n- Do [this](x).\n\n## Conclusion\n\nEnd.\n';

  it('lists them as own enumerable keys, so JSON.stringify, Object.keys and spreads see them', () => {
    const { brief } = parse(text);
    for (const key of ['summary', 'summarySource', 'summaryLine', 'intro', 'conclusion']) expect(Object.keys(brief)).toContain(key);
    const json = JSON.parse(JSON.stringify(brief));
    expect(json).toMatchObject({ summary: 'The gist.', intro: 'Intro text.', conclusion: 'End.', summarySource: 'section' });
    expect(json.sections.map((s: { text: string }) => s.text)).toEqual(['The gist.', 'A. One\n\nSo likely.', '- Do this.', 'End.']);
    expect({ ...brief.scenarios[0] }).toMatchObject({ label: 'A', text: 'So likely.' });
    expect({ ...brief.recommendations[0] }).toMatchObject({ text: 'Do this.', done: false });
    expect(Object.keys(brief.scenarioHeadings[0]!)).toContain('text');
  });

  it('computes each once and hides its bookkeeping from keys and JSON', () => {
    const { brief } = parse(text);
    expect(brief.sections[0]!.text).toBe(brief.sections[0]!.text);
    expect(Object.getOwnPropertySymbols(brief).every((s) => !Object.getOwnPropertyDescriptor(brief, s)!.enumerable)).toBe(true);
    expect(JSON.stringify(brief.recommendations[0])).toBe('{"done":false,"group":null,"line":22,"text":"Do this.","mark":null}');
  });
});
