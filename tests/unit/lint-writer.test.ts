/** The writer's loop in the rules: safe fixes, suggestions for closed vocabularies, placeholders, likelihoods as numbers. */
import { describe, expect, it } from 'vitest';
import { lintBrief } from '../../src/lint/engine.js';
import { applyFixes } from '../../src/lint/fix.js';
import { exampleBrief, EXAMPLE_BODY } from '../../src/lint/rules/example.js';
import { briefTemplate } from '../../src/brief/template.js';
import { likelihoodRange } from '../../src/brief/estimative.js';
import { parseBrief } from '../../src/brief/parse.js';
import { briefJSON } from '../../src/render/json.js';
import { readWrittenDate } from '../../src/lint/written-date.js';

const only = (rule: string, text: string) => lintBrief(text, 'x.md').filter((m) => m.rule === rule);

/** The text after one pass of the rule's fixes. */
function fixed(rule: string, text: string): string {
  return applyFixes(text, only(rule, text).flatMap((m) => (m.fix ? [m.fix] : []))).text;
}

const dated = (date: string): string => `---\ntitle: Example\ndate: ${date}\nauthor: Analyst\n---\n${EXAMPLE_BODY}`;

describe('frontmatter-type: dates and statuses', () => {
  it.each([
    ['30/11/2026', '2026-11-30'], ['30.11.2026', '2026-11-30'], ['"30-11-2026"', '"2026-11-30"'],
    ['11/30/2026', '2026-11-30'], ['30 Nov 2026', '2026-11-30'], ['November 30, 2026', '2026-11-30'],
    ['2026/11/30', '2026-11-30'], ['3rd March 2026', '2026-03-03'], ['04/04/2026', '2026-04-04'],
    ['30/11/2026  # the day of the talks', '2026-11-30  # the day of the talks'],
  ])('fixes "date: %s" to "date: %s"', (written, iso) => {
    const [m] = only('frontmatter-type', dated(written));
    expect(m!.message).toContain(`did you mean ${iso.replace(/"|\s+#.*/g, '')}?`);
    expect(fixed('frontmatter-type', dated(written))).toBe(dated(iso));
    expect(only('frontmatter-type', dated(iso))).toEqual([]);
  });

  it('only suggests a date whose day and month could be either way round', () => {
    const [m] = only('frontmatter-type', dated('03/04/2026'));
    expect(m!.message).toContain('could be 2026-04-03 (day first) or 2026-03-04 (month first)');
    expect(m!.fix).toBeUndefined();
  });

  it('leaves what is no date alone: no fix, no guess', () => {
    for (const written of ['31/02/2026', 'soon', '30 Mayday 2026', '2026-13-45']) {
      const [m] = only('frontmatter-type', dated(written));
      expect(m!.fix, written).toBeUndefined();
      expect(m!.message, written).not.toContain('did you mean');
    }
    expect(readWrittenDate('Sept. 1, 2026')).toEqual({ iso: '2026-09-01' });
  });

  it('suggests the closest status, with the list of statuses', () => {
    const [m] = only('frontmatter-type', exampleBrief(['status: publshed']));
    expect(m!.message).toBe('"status: publshed" is not one of draft, review, published; did you mean "published"?');
  });
});

describe('likelihood-term: suggestions', () => {
  it.each([
    ['possible', ['roughly even chance', 'unlikely', 'likely']],
    ['maybe', ['roughly even chance', 'unlikely', 'likely']],
    ['likley', ['likely']],
    ['low', ['unlikely', 'very unlikely']],
  ])('"%s" gets the closest terms and the list of terms', (value, near) => {
    const [m] = only('likelihood-term', exampleBrief(['scenarios:', `  A: {likelihood: ${value}}`]));
    const quoted = near.map((t) => `"${t}"`);
    expect(m!.message).toContain(`; did you mean ${quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}` : quoted[0]}? `);
    expect(m!.message).toContain('The terms are almost no chance, very unlikely, unlikely, roughly even chance, likely, very likely, almost certain (or row 2: remote,');
  });
});

describe('likelihood-contradiction: quotes', () => {
  it('quotes the term and its number with both brackets', () => {
    const text = exampleBrief([], '\n## Summary\n\nA deal is likely (30%) and likely [about 30 percent].\n\n## Scenarios\n\n### A. One\n\nText.\n\n## Recommendations\n\n- Act.\n');
    expect(only('likelihood-contradiction', text).map((m) => m.message.split(':')[0])).toEqual(['"likely (30%)"', '"likely [about 30 percent]"']);
  });
});

describe('scenario-label: the next free label', () => {
  const body = '\n## Scenarios\n\n### Return to talks\n\nText.\n\n### Ceasefires\n\nText.\n\n## Scenario A: Collapse\n\nText.\n\n## Recommendations\n\n- Act.\n';

  it('never suggests a label another scenario has, and fixes the headings with free ones', () => {
    const text = exampleBrief([], body);
    expect(only('scenario-label', text).map((m) => m.message.match(/e\.g\. "(.*)"/)![1])).toEqual(['### B. Return to talks', '### C. Ceasefires']);
    const after = fixed('scenario-label', text);
    expect(after).toContain('### B. Return to talks\n');
    expect(after).toContain('### C. Ceasefires\n');
    expect(only('scenario-label', after)).toEqual([]);
  });

  it('numbers the headings when the frontmatter numbers its scenarios', () => {
    const text = exampleBrief(['scenarios:', '  1: {likelihood: likely}', '  2: {likelihood: unlikely}'], '\n## Scenarios\n\n### Talks\n\nText.\n\n### Collapse\n\nText.\n\n## Recommendations\n\n- Act.\n');
    const after = fixed('scenario-label', text);
    expect(after).toContain('### 1. Talks\n');
    expect(after).toContain('### 2. Collapse\n');
  });
});

describe('recommendations-format: sentences to a list', () => {
  const section = (lines: string): string => exampleBrief([], `\n## Scenarios\n\n### A. One\n\nText.\n\n## Recommendations\n\n${lines}\n`);

  it('makes each sentence of a one-sentence-per-line paragraph an item', () => {
    const after = fixed('recommendations-format', section('Establish monitoring.\nMaintain contact with both sides!\n\nFund the mission.'));
    expect(after).toBe(section('- Establish monitoring.\n- Maintain contact with both sides!\n- Fund the mission.'));
    expect(only('recommendations-format', after)).toEqual([]);
  });

  it('leaves a section that is not only sentences, one to a line, to the writer', () => {
    for (const lines of ['Establish monitoring. Maintain contact.\nFund it.', 'Both sides should:\nAct now.', 'Establish monitoring.', 'Act now.\n\n> A quote.']) {
      const [m] = only('recommendations-format', section(lines));
      expect(m!.fix, lines).toBeUndefined();
    }
  });
});

describe('placeholder', () => {
  it('finds every piece of `brief new`\'s template text, as warnings in a draft', () => {
    const text = briefTemplate({ title: 'Gulf Shipping', author: 'Author Name', date: '2026-11-30' });
    const found = only('placeholder', text);
    const lines = text.split('\n');
    const flagged = new Set(found.map((m) => lines[m.line - 1]!.trim()));
    for (const line of ['author: "Author Name"', 'key_question: What question does this brief answer?', 'The facts the judgements rest on.',
      '### A. The most likely course', '### B. An alternative', 'How this scenario unfolds and what drives it.',
      '- [ ] A concrete action, with who should take it.', 'What the reader should take away.', '- A signpost that this scenario is unfolding']) {
      expect(flagged, line).toContain(line);
    }
    expect(found.every((m) => m.severity === 'warning')).toBe(true);
    // Once written, nothing is left.
    const written = briefTemplate({ title: 'Gulf Shipping', author: 'A. Analyst', date: '2026-11-30' });
    expect(only('placeholder', written).length).toBe(found.length - 1);
  });

  it('is an error once the brief is in review or published, and a warning at most when set to warn', () => {
    const text = (status: string) => exampleBrief([`status: ${status}`], '\n## Summary\n\nTODO: the bottom line.\n\n## Scenarios\n\n### A. One\n\nText.\n\n## Recommendations\n\n- Act.\n');
    expect(only('placeholder', text('draft')).map((m) => m.severity)).toEqual(['warning']);
    for (const status of ['review', 'published']) {
      const [m] = only('placeholder', text(status));
      expect(m).toMatchObject({ severity: 'error', line: 10, column: 1 });
      expect(m!.message).toBe(`"TODO" marks unfinished text; a brief in ${status} must not have it`);
    }
    expect(lintBrief(text('draft'), 'x.md', { rules: { placeholder: ['error', { inDraft: 'error' }] } }).map((m) => m.severity)).toEqual(['error']);
    expect(lintBrief(text('review'), 'x.md', { rules: { placeholder: 'warn' } }).map((m) => m.severity)).toEqual(['warning']);
  });
});

describe('likelihoodRange', () => {
  it.each([
    ['likely', [0.55, 0.8]], ['Almost certainly', [0.95, 0.99]], ['remote', [0.01, 0.05]],
    ['35%', [0.35, 0.35]], ['0.35', [0.35, 0.35]], ['.7', [0.7, 0.7]], ['33.3 %', [0.333, 0.333]],
    ['likely (60%)', [0.6, 0.6]], ['maybe', null], ['150%', null],
  ])('%s -> %j', (value, range) => {
    expect(likelihoodRange(value)).toEqual(range);
  });

  it('is in the JSON of each scenario, null without a likelihood', () => {
    const text = exampleBrief(['scenarios:', '  A: {likelihood: likely}', '  B: {likelihood: 0.15}'],
      '\n## Scenarios\n\n### A. One\n\nText.\n\n### B. Two\n\nText.\n\n### C. Three\n\nText.\n\n## Recommendations\n\n- Act.\n');
    const json = briefJSON(parseBrief(text, 'x.md').brief);
    expect(json.scenarios.map((s) => [s.label, s.likelihoodRange])).toEqual([['A', [0.55, 0.8]], ['B', [0.15, 0.15]], ['C', null]]);
  });
});

describe('likelihood-sum', () => {
  it('names each likelihood and the least they add up to', () => {
    const text = exampleBrief(['scenarios:', '  A: {likelihood: very likely}', '  B: {likelihood: "30%"}'],
      '\n## Scenarios\n\nThe two are mutually exclusive.\n\n### A. One\n\nText.\n\n### B. Two\n\nText.\n\n## Recommendations\n\n- Act.\n');
    expect(only('likelihood-sum', text)).toMatchObject([{
      line: 12, column: 13, severity: 'error',
      message: 'the scenarios are called mutually exclusive, but their likelihoods add up to at least 110% (A "very likely" 80-95%, B "30%"); lower some, or say they can happen together',
    }]);
  });
});
