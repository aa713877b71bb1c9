/** Finding estimative judgements: every ICD 203 term in its band, once, and never from quoted or code text. */
import { describe, expect, it } from 'vitest';
import { ESTIMATIVE_TERMS } from '../../src/brief/estimative.js';
import { normaliseText, parseBrief } from '../../src/brief/parse.js';
import { findJudgments } from '../../src/judgments/find.js';
import { bandNamed, countBands, filterJudgments, sortByBand, termNamed } from '../../src/judgments/select.js';
import { briefText } from '../helpers/cli.js';

function judge(text: string) {
  const { brief } = parseBrief(text, 'x.md');
  return findJudgments(brief, normaliseText(text).split('\n'));
}

/** The ICD 203 table (contract §2), written out here independently of src/brief/estimative.ts. */
const TABLE: Array<[number, string, string]> = [
  [1, 'almost no chance', 'remote'],
  [2, 'very unlikely', 'highly improbable'],
  [3, 'unlikely', 'improbable'],
  [4, 'roughly even chance', 'roughly even odds'],
  [5, 'likely', 'probable'],
  [6, 'very likely', 'highly probable'],
  [7, 'almost certain', 'nearly certain'],
];

describe('findJudgments', () => {
  it('finds every term of both ICD 203 rows in its band and row, once each', () => {
    for (const [band, one, two] of TABLE) {
      for (const [row, term] of [[1, one], [2, two]] as const) {
        // "remote" is a judgement only before chance, possibility or prospect.
        const phrase = term === 'remote' ? 'there is a remote chance' : `it is ${term}`;
        const found = judge(briefText({ body: `## Summary\n\nWe judge that ${phrase} that the talks resume.\n` }));
        expect(found, term).toHaveLength(1);
        expect(found[0], term).toMatchObject({ term, band, row, line: 9, section: 'Summary', negated: false });
      }
    }
  });

  it('counts adverb forms as their term', () => {
    const found = judge(briefText({ body: '## Summary\n\nThe deal will almost certainly fail. Talks will probably stall. Aid is nearly certainly late.\n' }));
    expect(found.map((j) => [j.text, j.term, j.band])).toEqual([
      ['almost certainly', 'almost certain', 7], ['probably', 'probable', 5], ['nearly certainly', 'nearly certain', 7]]);
  });

  it('counts "very likely" once, as very likely, and never reads "unlikely" as likely', () => {
    const found = judge(briefText({ body: '## Summary\n\nA deal is very likely. Collapse is unlikely. Escalation is highly improbable.\n' }));
    expect(found.map((j) => j.term)).toEqual(['very likely', 'unlikely', 'highly improbable']);
    // Bands 1-7, then the hedges (none asked for here).
    expect(countBands(found)).toEqual([0, 1, 1, 0, 0, 1, 0, 0]);
  });

  it('with hedges, finds "may", "might", "perhaps" and "could possibly" on no band, but not the month May', () => {
    const text = briefText({ body: '## Summary\n\nTalks may resume in May. Perhaps the border reopens; it could possibly close. A deal is likely.\n' });
    expect(judge(text).map((j) => j.term)).toEqual(['likely']);
    const { brief } = parseBrief(text, 'x.md');
    const found = findJudgments(brief, text.split('\n'), { hedges: true });
    expect(found.map((j) => [j.kind, j.term, j.band])).toEqual([
      ['hedge', 'may', null], ['hedge', 'perhaps', null], ['hedge', 'could possibly', null], ['term', 'likely', 5]]);
    expect(countBands(found)).toEqual([0, 0, 0, 0, 1, 0, 0, 3]);
    expect(sortByBand(found).map((j) => j.term)).toEqual(['likely', 'may', 'perhaps', 'could possibly']);
    expect(filterJudgments(found, { bands: [5] }).map((j) => j.term)).toEqual(['likely']);
  });

  it('finds a term broken over two lines at the line where it starts, with the whole sentence', () => {
    const found = judge(briefText({ body: '## Summary\n\nThe ceasefire will very\nlikely hold through the winter. Next sentence.\n' }));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ term: 'very likely', line: 9, column: 20, sentence: 'The ceasefire will very likely hold through the winter.' });
  });

  it('takes nothing from blockquotes, quoted speech, code or HTML comments', () => {
    const body = [
      '## Analysis', '',
      '> The minister said a deal is likely.',
      'and this lazy line of the quote is unlikely to count.', '',
      'The envoy called the outcome "almost certain" and \u201cvery likely\u201d in one breath.', '',
      'The flag `--likely` and the code below are not judgements.', '',
      '```', 'likelihood = "probable"', 'unlikely()', '```', '',
      '<!-- likely: a note to the writer -->', '<!--', 'very unlikely', '-->', '',
      'What remains is the judgement: a settlement is improbable.',
    ].join('\n');
    const found = judge(briefText({ body }));
    expect(found.map((j) => [j.term, j.line])).toEqual([['improbable', 26]]);
  });

  it('reads a quote that runs over a line break as quoted to its end', () => {
    const found = judge(briefText({ body: '## Analysis\n\nHe said the talks were "very\nlikely to fail" and left. It is likely they resume.\n' }));
    expect(found.map((j) => [j.term, j.line])).toEqual([['likely', 10]]);
  });

  it('reads a straight quote after a digit as an inch mark, not the start of a quotation', () => {
    const body = '## Analysis\n\nThe 36" pipeline is likely to reopen. He called it "very likely" and left. A 2" gap is unlikely to matter.\n';
    const found = judge(briefText({ body }));
    expect(found.map((j) => j.term)).toEqual(['likely', 'unlikely']);
    // Inside a quotation in curly quotes, an inch mark does not end it.
    const quoted = judge(briefText({ body: '## Analysis\n\nThe minister said \u201ca 36" pipeline is likely to reopen\u201d and left. It is unlikely.\n' }));
    expect(quoted.map((j) => j.term)).toEqual(['unlikely']);
  });

  it('reads frontmatter likelihoods as judgements of section "frontmatter", with their scenario', () => {
    const text = briefText({ front: 'summary: >-\n  A deal is\n  unlikely this year.\nscenarios:\n  A:\n    likelihood: Very Likely\n  B:\n    likelihood: "likely (60%)"\n  C:\n    likelihood: "30%"\n' });
    const found = judge(text);
    const lines = normaliseText(text).split('\n');
    expect(found.map((j) => [j.term, j.section, j.key, j.scenario])).toEqual([
      ['unlikely', 'frontmatter', 'summary', null],
      ['very likely', 'frontmatter', 'scenarios.A.likelihood', 'A'],
      ['likely', 'frontmatter', 'scenarios.B.likelihood', 'B'],
    ]);
    // Each line is the line the words are on.
    for (const j of found) expect(lines[j.line - 1]!.toLowerCase()).toContain(j.text.toLowerCase().split(' ')[0]);
  });

  it('reads a quoted frontmatter value as YAML reads it, its line and column those of the term as typed', () => {
    const front = [
      String.raw`key_question: "Is a \"likely\" deal near, or is it\tunlikely?"`,
      "summary: 'It''s likely that the talks resume,",
      "  and it''s very unlikely they fail.' # not: improbable",
    ].join('\n');
    const text = briefText({ front: `${front}\n` });
    const lines = normaliseText(text).split('\n');
    const found = judge(text);
    // "likely" in escaped quotes is a quotation, as in the body; "\t" is a tab before "unlikely".
    expect(found.map((j) => [j.term, j.key, j.line, j.sentence])).toEqual([
      ['unlikely', 'key_question', 5, 'Is a "likely" deal near, or is it unlikely?'],
      ['likely', 'summary', 6, "It's likely that the talks resume, and it's very unlikely they fail."],
      ['very unlikely', 'summary', 7, "It's likely that the talks resume, and it's very unlikely they fail."],
    ]);
    for (const j of found) expect(lines[j.line - 1]!.slice(j.column - 1).toLowerCase().startsWith(j.text.toLowerCase()), j.term).toBe(true);
    expect(found.map((j) => j.column)).toEqual([53, 17, 13]);
  });

  it('marks a negated term, and names the scenario a judgement is written in', () => {
    const found = judge(briefText({ body: '## Scenarios\n\n### A. Talks\n\nA deal is not likely before spring.\n\n### B. War\n\nWar is unlikely. Peace isn\'t probable.\n' }));
    expect(found.map((j) => [j.term, j.negated, j.scenario])).toEqual([['likely', true, 'A'], ['unlikely', false, 'B'], ['probable', true, 'B']]);
  });

  it('keeps the method\'s words out: "a probable range of outcomes" is no judgement', () => {
    expect(judge(briefText({ body: '## Method\n\nWe arrived at a probable range of outcomes.\n' }))).toEqual([]);
  });
});

describe('selecting judgements', () => {
  const found = judge(briefText({ body: '## Summary\n\nA is likely. B is probable. C is very unlikely. D is almost certain.\n' }));

  it('--term takes any form; --band takes a number or a term of either row', () => {
    expect(termNamed('Probably')).toBe('probable');
    expect(termNamed('maybe')).toBeNull();
    expect(bandNamed('5')).toBe(5);
    expect(bandNamed('probable')).toBe(5);
    expect(bandNamed('8')).toBeNull();
    expect(filterJudgments(found, { terms: ['likely'] }).map((j) => j.term)).toEqual(['likely']);
    expect(filterJudgments(found, { bands: [5] }).map((j) => j.term)).toEqual(['likely', 'probable']);
  });

  it('sorts by band, lowest first, keeping file order within a band', () => {
    expect(sortByBand(found).map((j) => j.term)).toEqual(['very unlikely', 'likely', 'probable', 'almost certain']);
  });

  it('has a band for every term of the project\'s scale', () => {
    for (const t of ESTIMATIVE_TERMS) expect(TABLE[t.band - 1]![t.row]).toBe(t.term);
  });
});
