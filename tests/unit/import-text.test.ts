/** The plain-text and Markdown importers, the writer of the brief and the detection of the input's format. */
import { describe, expect, it } from 'vitest';
import { parseBrief } from '../../src/brief/parse.js';
import { ImportError } from '../../src/import/article.js';
import { formatOf } from '../../src/import/detect.js';
import { markdownToArticle } from '../../src/import/markdown.js';
import { textToArticle } from '../../src/import/text.js';
import { readByline, readDateLine, readKeyQuestion, readTagStrip } from '../../src/import/text-metadata.js';
import { WORDING_DIRECTIVE, WORDING_RULES, writeBrief } from '../../src/import/write-brief.js';
import { RULE_IDS } from '../../src/lint/rules/index.js';
import { readDirectives } from '../../src/lint/directives.js';

/** Text in, the brief as every command reads it out. */
function imported(text: string) {
  const article = textToArticle(text);
  const markdown = writeBrief(article);
  return { article, markdown, brief: parseBrief(markdown, 'x.md').brief };
}

describe('metadata lines', () => {
  it.each([
    ['AfghanistanAnalysisGovernment', ['Afghanistan', 'Analysis', 'Government']],
    ['USChinaRelationsAI', ['US', 'China', 'Relations', 'AI']],
    ['Afghanistan | Analysis | Middle East', ['Afghanistan', 'Analysis', 'Middle East']],
    ['Tags: security, Sahel, grain', ['security', 'Sahel', 'grain']],
  ])('tag strip %s', (line, tags) => {
    expect(readTagStrip(line, true)).toEqual(tags);
  });

  it('reads no tag strip in a title or a sentence', () => {
    expect(readTagStrip('Bilateral Ties Uncertain as Talks Failed', true)).toBeNull();
    expect(readTagStrip('Analysis', true)).toBeNull();
    expect(readTagStrip('AfghanistanAnalysis', false)).toBeNull();
  });

  it.each([
    ['By Mohsen Mowahed', ['Mohsen Mowahed'], null],
    ['By Jane Doe and John van der Berg', ['Jane Doe', 'John van der Berg'], null],
    ['By Ana Lima, Bo Chen & Ed Ruiz', ['Ana Lima', 'Bo Chen', 'Ed Ruiz'], null],
    ['By Jane Doe | November 8, 2025', ['Jane Doe'], '2025-11-08'],
    ['Written by Jane Doe, 8 November 2025', ['Jane Doe'], '2025-11-08'],
  ])('byline %s', (line, authors, date) => {
    expect(readByline(line)).toEqual({ authors, date });
  });

  it('reads no byline in a sentence', () => {
    expect(readByline('By the end of the year, the talks had failed.')).toBeNull();
    expect(readByline('By contrast')).toBeNull();
  });

  it.each([
    ['2025-11-08', '2025-11-08'], ['November 8, 2025', '2025-11-08'], ['Nov. 8, 2025', '2025-11-08'],
    ['8 November 2025', '2025-11-08'], ['Saturday, 8th November 2025', '2025-11-08'], ['Published: 2025-11-08', '2025-11-08'],
    ['Posted on March 3, 2024', '2024-03-03'], ['November 2025', '2025-11'],
    ['08/11/2025', null], ['February 30, 2025', null], ['In November 2025 the talks failed', null],
  ])('date line %s', (line, date) => {
    expect(readDateLine(line)).toBe(date);
  });

  it.each([
    ['The key question now is: what does this deadlock mean for future Kabul-Islamabad relations?', 'What does this deadlock mean for future Kabul-Islamabad relations?'],
    ['The central question is whether the truce holds? Few think so.', 'Whether the truce holds?'],
    ['Key question: will the corridor reopen before the harvest?', 'Will the corridor reopen before the harvest?'],
    ['The question of the border is old.', null],
  ])('key question in %s', (paragraph, question) => {
    expect(readKeyQuestion(paragraph)).toBe(question);
  });
});

describe('plain text', () => {
  it('keeps wrapped paragraphs wrapped and makes a short line alone a section heading', () => {
    const { markdown, brief } = imported('Sahel Grain\n\nThe corridor closed in March, and\nprices rose within a week.\n\nBackground\n\nTraders moved south.\nConvoys followed.\n');
    expect(markdown).toContain('\n# Sahel Grain\n\nThe corridor closed in March, and\nprices rose within a week.\n\n## Background\n\nTraders moved south.\nConvoys followed.\n');
    expect(brief.sections.map((s) => s.heading)).toEqual(['Background']);
  });

  it('reads "Scenario 1: Title" heads outside a scenarios section under a new Scenarios heading', () => {
    const { markdown, brief } = imported('Title Here\n\nIntro text here.\n\nOutlook\n\nScenario 1: Muddling Through\nThe talks drag on.\n\nScenario 2: Collapse\nThe talks end.\n\nConclusion\n\nDone.\n');
    expect(markdown).toContain('## Outlook\n\n## Scenarios\n\n### Scenario 1: Muddling Through\n\nThe talks drag on.\n\n### Scenario 2: Collapse\n');
    expect(brief.scenarios.map((s) => [s.label, s.title])).toEqual([['1', 'Muddling Through'], ['2', 'Collapse']]);
    expect(brief.conclusion).toBe('Done.');
  });

  it('reads numbered, Roman and named scenarios under the article\'s own scenarios heading', () => {
    const numbered = imported('T\n\nIntro.\n\nThree Scenarios\n\n1. Muddling Through\n\nThe talks drag on.\n\nII) Collapse\n\nThe talks end.\n').brief;
    expect(numbered.scenarios.map((s) => [s.label, s.title])).toEqual([['1', 'Muddling Through'], ['II', 'Collapse']]);
    const named = imported('T\n\nIntro.\n\nScenarios\n\nMuddling Through\n\nThe talks drag on.\n\nCollapse\n\nThe talks end.\n\nRecommendations\n\nAct now.\n').brief;
    expect(named.scenarios.map((s) => s.title)).toEqual(['Muddling Through', 'Collapse']);
    expect(named.sections.map((s) => s.heading)).toEqual(['Scenarios', 'Recommendations']);
  });

  it('makes the paragraphs after a lead-in under a recommendations heading list items, up to a paragraph that is not one', () => {
    const text = 'T\n\nIntro.\n\nWhat Should Be Done?\n\nDonors should:\n\nFund the corridor.\n\nPay the convoys on time.\n\nTaken together, these steps would not end the crisis. They would, however, buy time. The region has seen such pauses before. None lasted more than a season, and every one of them ended in fighting again.\n';
    const { markdown, brief } = imported(text);
    expect(markdown).toContain('Donors should:\n\n- Fund the corridor.\n- Pay the convoys on time.\n\nTaken together');
    expect(brief.recommendations.map((r) => r.text)).toEqual(['Fund the corridor.', 'Pay the convoys on time.']);
  });

  it('keeps a list copied as lines a list, and reads one under a lead-in as the recommendations', () => {
    const { markdown, brief } = imported('T\n\nIntro.\n\nRecommendations\n\nThe government should:\n\n1. Fund the corridor.\n2. Pay the convoys.\n\nDonors should:\n\n• Share data.\n• Meet monthly.\n');
    expect(markdown).toContain('The government should:\n\n1. Fund the corridor.\n2. Pay the convoys.\n\nDonors should:\n\n- Share data.\n- Meet monthly.\n');
    expect(brief.recommendations.map((r) => r.text)).toEqual(['Fund the corridor.', 'Pay the convoys.', 'Share data.', 'Meet monthly.']);
  });

  it('drops every kind of web boilerplate lint knows and names it; a weak line alone stays', () => {
    const text = 'We use cookies to improve your experience on our site.\n\nAccept all cookies\n\nSahel Grain\n\nPrices rose.\n\nShare: Facebook Twitter LinkedIn\n\nRelated\n\nTraders moved south.\n\nLike this:\n\nLike Loading...\n\nSave my name, email, and website in this browser for the next time I comment.\n\nPost Comment\n';
    const { article, markdown } = imported(text);
    expect(article.title).toBe('Sahel Grain');
    expect(article.dropped).toEqual(['cookie banner', 'share buttons', 'WordPress footer', 'comment form']);
    expect(markdown.split('---\n')[2]).toBe(`\n${WORDING_DIRECTIVE}\n\n# Sahel Grain\n\nPrices rose.\n\nTraders moved south.\n`);
    expect(imported('T\n\nPrices rose.\n\nRelated\n\nTraders moved south.\n').markdown).toContain('## Related');
  });

  it('escapes what Markdown would read as markup, so the words read as written', () => {
    const { markdown, brief } = imported('T\n\n# not a heading, and *not* emphasis <script>alert(1)</script>\n- not a list\n1. not a list either\n');
    expect(markdown).toContain('\\# not a heading, and \\*not\\* emphasis \\<script>alert(1)\\</script>\n\\- not a list\n1\\. not a list either\n');
    expect(brief.summary).toBe('# not a heading, and *not* emphasis <script>alert(1)</script> - not a list 1. not a list either');
  });

  it('takes a date and byline under the title, and a source from a dateline', () => {
    const { article } = imported('Gulf Risks\n\nBy Jane Doe\n\nNovember 8, 2025\n\n(Reuters) - Tankers were seized on Monday.\n');
    expect([article.title, article.author, article.date, article.source]).toEqual(['Gulf Risks', ['Jane Doe'], '2025-11-08', 'Reuters']);
  });

  it('drops breadcrumbs and the reading time around the title', () => {
    const { article, markdown } = imported('Home » Analysis » Gulf\n\nGulf Risks\n\n5 min read\n\nBy Jane Doe\n\nTankers were seized.\n');
    expect([article.title, article.author, article.dropped]).toEqual(['Gulf Risks', ['Jane Doe'], ['breadcrumbs', 'reading time']]);
    expect(markdown).toMatch(/\n# Gulf Risks\n\nTankers were seized\.\n$/);
  });

  it('refuses text that is nothing but boilerplate and metadata', () => {
    expect(() => textToArticle('Leave a Reply\n\nBack to top button\n')).toThrow(ImportError);
  });
});

describe('the wording directive', () => {
  it('names rules that exist and turns them off to the end of the brief, and nothing else', () => {
    for (const rule of WORDING_RULES) expect(RULE_IDS).toContain(rule);
    const directives = readDirectives(['---', 'title: T', '---', '', WORDING_DIRECTIVE]);
    for (const rule of WORDING_RULES) expect(directives.isDisabled(rule, 900)).toBe(true);
    for (const rule of ['web-boilerplate', 'section-missing', 'frontmatter-required']) expect(directives.isDisabled(rule, 900)).toBe(false);
  });
});

describe('Markdown', () => {
  it('puts the frontmatter in the contract\'s order, adds status draft, keeps the body and other keys as written', () => {
    const source = '---\ntags: [a, b]\nscenarios:\n  A:\n    likelihood: likely\nauthor: Jane Doe\ntitle: "Gulf: Risks"\ndate: 2025-11-08\nregion: Gulf\n---\n\n# Gulf: Risks\n\n## Scenarios\n\n### A. Seizures\n\nText *as written*.\n';
    const { article, extra } = markdownToArticle(source);
    const markdown = writeBrief(article, extra);
    expect(markdown).toBe(`---\ntitle: 'Gulf: Risks'\ndate: 2025-11-08\nauthor: Jane Doe\nregion: Gulf\ntags: [a, b]\nstatus: draft\nscenarios:\n  A:\n    likelihood: likely\n---\n\n${WORDING_DIRECTIVE}\n\n# Gulf: Risks\n\n## Scenarios\n\n### A. Seizures\n\nText *as written*.\n`);
    const { brief, problems } = parseBrief(markdown, 'x.md');
    expect(problems).toEqual([]);
    expect(brief.scenarios[0]!.likelihood).toBe('likely');
  });

  it('takes the title from the # heading when there is no frontmatter', () => {
    const { article, extra } = markdownToArticle('# Sahel Grain\r\n\r\nPrices rose.\r\n');
    expect(writeBrief(article, extra)).toBe(`---\ntitle: Sahel Grain\nstatus: draft\n---\n\n${WORDING_DIRECTIVE}\n\n# Sahel Grain\n\nPrices rose.\n`);
  });

  it('refuses frontmatter in another language or broken YAML, with its line', () => {
    // The line is the error's own field, so the command can write `file:line: ...` as every command does.
    expect(() => markdownToArticle('---js\n{ title: "x" }\n---\n')).toThrow(expect.objectContaining({ line: 1, message: expect.stringMatching(/^frontmatter fence names "js"/) }));
    expect(() => markdownToArticle('---\ntitle: [x\n---\n')).toThrow(expect.objectContaining({ line: 2, message: expect.stringMatching(/^YAML/) }));
  });
});

describe('the writer', () => {
  it('quotes what YAML would misread, so every value reads back as written', () => {
    const values = { title: 'Risk: #1 - "yes"', source: 'no', keyQuestion: 'Will it? Yes: maybe' };
    const markdown = writeBrief({ ...values, author: ['A. B', 'null'], date: null, url: 'https://x.org/a#b', tags: ['true', '2025'], body: 'Text.', dropped: [] });
    const { brief, problems } = parseBrief(markdown, 'x.md');
    // The date is left out on purpose: a missing date is the one problem.
    expect(problems.map((p) => p.code)).toEqual(['required-missing']);
    expect([brief.title, brief.source, brief.keyQuestion, brief.author, brief.tags]).toEqual([values.title, 'no', values.keyQuestion, ['A. B', 'null'], ['true', '2025']]);
    expect(brief.url).toBe('https://x.org/a#b');
  });

  it('writes dates to the day, month or year so that they read back as written', () => {
    for (const date of ['2025-11-08', '2025-11', '2025']) {
      const { brief, problems } = parseBrief(writeBrief({ title: 'T', author: ['A'], date, source: null, url: null, tags: [], keyQuestion: null, body: 'Text.', dropped: [] }), 'x.md');
      expect([brief.date, problems]).toEqual([date, []]);
    }
  });
});

describe('formatOf', () => {
  it.each([
    ['a.TXT', 'x', 'text'], ['a.htm', 'x', 'html'], ['a.markdown', 'x', 'markdown'], ['a.docx', 'x', 'docx'],
    [null, 'PK\u0003\u0004rest', 'docx'], [null, '\uFEFF  <!DOCTYPE html><html>', 'html'], ['a.dat', '<html lang="en">', 'html'],
    [null, '---\ntitle: x\n---\n', 'markdown'], [null, 'Intro\n\n## Background\n', 'markdown'], [null, 'Just text.\n', 'text'],
  ] as const)('%s %j is %s', (name, content, format) => {
    expect(formatOf(name, Buffer.from(content))).toBe(format);
  });
});
