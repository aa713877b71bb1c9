/** The pure parts of `brief diff`: word runs, likelihood bands and steps, matching, explanations, `changes:`. */
import { describe, expect, it } from 'vitest';
import { ESTIMATIVE_TERMS } from '../../src/brief/estimative.js';
import { parseBrief } from '../../src/brief/parse.js';
import { diffBriefs, isSame } from '../../src/diff/compare.js';
import { unexplainedMoves } from '../../src/diff/explain.js';
import { bandOf, describeSteps, likelihoodMove } from '../../src/diff/likelihood.js';
import { pairRecommendations, pairScenarios } from '../../src/diff/match.js';
import { elide, similarity, wordDiff } from '../../src/diff/words.js';
import { renderDiff, renderRuns } from '../../src/render/diff.js';
import { createStyle } from '../../src/render/color-style.js';
import { plainStyle } from '../../src/render/style.js';

const brief = (front: string, body = '## Scenarios\n\n### A. Talks resume\n\nText.\n\n### B. Collapse\n\nText.\n\n## Recommendations\n\n- Act.\n') =>
  parseBrief(`---\ntitle: T\ndate: 2026-01-01\nauthor: A\n${front}---\n\n${body}`, 'briefs/t.md');

describe('word runs', () => {
  it('marks removed and added words as git --word-diff does', () => {
    const runs = wordDiff('The talks failed in Istanbul.', 'The talks stalled in Istanbul and Doha.');
    expect(renderRuns(runs, plainStyle)).toBe('The talks [-failed-]{+stalled+} in [-Istanbul.-]{+Istanbul and Doha.+}');
  });

  it('treats spacing and line breaks as no change', () => {
    expect(wordDiff('a  b\nc', 'a b c')).toEqual([{ op: 'same', text: 'a b c' }]);
  });

  it('cuts long unchanged stretches around a change', () => {
    const long = Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ');
    const runs = elide(wordDiff(`${long} end.`, `${long} finish.`), 3);
    expect(renderRuns(runs, plainStyle)).toBe('... w37 w38 w39 [-end.-]{+finish.+}');
  });

  it('finds titles and recommendations alike, and unrelated ones not', () => {
    expect(similarity('Escalation', 'Escalation of border clashes')).toBeGreaterThan(0.5);
    expect(similarity('Share incident data within 24 hours.', 'Share incident data with allies within 12 hours.')).toBeGreaterThan(0.55);
    expect(similarity('Maintain direct military contact', 'Pursue regional security coordination')).toBeLessThan(0.55);
  });
});

describe('likelihood on the ICD 203 scale', () => {
  it('puts every term of both rows in its band', () => {
    for (const t of ESTIMATIVE_TERMS) {
      const band = bandOf(t.term)!;
      expect(band.term, t.term).toBe(t.term);
      expect(band.index).toBe(ESTIMATIVE_TERMS.filter((x) => x.row === t.row).indexOf(t));
    }
  });

  it.each([['15%', 'very unlikely'], ['0.35', 'unlikely'], ['50%', 'roughly even chance'], ['20%', 'very unlikely'], ['45%', 'unlikely'], ['55%', 'likely'], ['99%', 'almost certain'], ['0%', 'almost no chance'], ['likely (90%)', 'very likely']])(
    'a number goes in the band that holds it: %s is %s', (value, term) => {
      expect(bandOf(value)!.term).toBe(term);
    });

  it('counts steps up and down, and a move inside one band by its direction and the band\'s name', () => {
    expect(describeSteps(likelihoodMove('unlikely', 'likely')!)).toBe('up two steps');
    expect(describeSteps(likelihoodMove('almost certain', 'remote')!)).toBe('down six steps');
    expect(describeSteps(likelihoodMove('60%', '70%')!)).toBe('up within likely');
    expect(describeSteps(likelihoodMove('0.7', '60%')!)).toBe('down within likely');
    expect(describeSteps(likelihoodMove('maybe', 'likely')!)).toBe('not on the ICD 203 scale');
  });

  it('sees no move in the same probability written another way, or in a likelihood given for the first time', () => {
    expect(likelihoodMove('likely', 'Likely')).toBeNull();
    expect(likelihoodMove('likely', 'probable')).toBeNull();
    expect(likelihoodMove('0.35', '35%')).toBeNull();
    expect(likelihoodMove(null, 'likely')).toBeNull();
    // A number given for a term, or taken back, in the same band: only the precision changed.
    expect(likelihoodMove('0.5', 'roughly even chance')).toBeNull();
    expect(likelihoodMove('likely (60%)', 'likely')).toBeNull();
    expect(likelihoodMove('likely', '70%')).toBeNull();
    // Two numbers in one band are a move within it; a number outside the term's band is a move.
    expect(describeSteps(likelihoodMove('60%', '70%')!)).toBe('up within likely');
    expect(describeSteps(likelihoodMove('likely', '90%')!)).toBe('up one step');
    // On the edge of two bands a number takes the one further from even odds (20%: very unlikely).
    expect(describeSteps(likelihoodMove('unlikely', '20%')!)).toBe('down one step');
  });
});

describe('matching', () => {
  it('pairs scenarios by label, then one that moved to another label by its title', () => {
    const before = brief('', '## Scenarios\n\n### A. Talks resume\n\nText.\n\n### B. Escalation of border clashes\n\nText.\n').brief;
    const after = brief('', '## Scenarios\n\n### A. Talks resume\n\nText.\n\n### B. Regional mediation\n\nText.\n\n### C. Escalation of the border clashes\n\nText.\n').brief;
    expect(diffBriefs(before, after).scenarios.map((s) => [s.change, s.label, s.oldLabel, s.oldTitle])).toEqual([
      ['added', 'B', null, null],
      ['changed', 'C', 'B', 'Escalation of border clashes'],
    ]);
  });

  it('an added scenario brings its indicators, and a removed one takes its own away', () => {
    const front = (label: string, indicators: string[]) => `scenarios:\n  ${label}:\n    indicators:\n${indicators.map((i) => `      - ${i}\n`).join('')}`;
    const body = (titles: string[]) => `## Scenarios\n\n${titles.map((t) => `### ${t}\n\nText.\n\n`).join('')}`;
    const before = brief(front('B', ['Troops mass at the pass']), body(['A. Talks resume', 'B. Border war'])).brief;
    const after = brief(front('C', ['Envoys meet in Doha', 'Trade resumes']), body(['A. Talks resume', 'C. Regional mediation'])).brief;
    const changes = diffBriefs(before, after).scenarios;
    expect(changes.map((s) => [s.change, s.label, s.indicators])).toEqual([
      ['added', 'C', { added: ['Envoys meet in Doha', 'Trade resumes'], removed: [] }],
      ['removed', 'B', { added: [], removed: ['Troops mass at the pass'] }],
    ]);
    const out = renderDiff(diffBriefs(before, after), { style: plainStyle, width: null, oldRef: 'a', newRef: 'b', unexplained: [] });
    expect(out).toContain('B  removed: Border war\n  B  indicator removed: Troops mass at the pass\n');
    expect(out).toContain('C  added: Regional mediation\n  C  indicator added: Envoys meet in Doha\n  C  indicator added: Trade resumes\n');
  });

  it('a scenario retitled under its own label is the same scenario', () => {
    const before = brief('', '## Scenarios\n\n### A. Talks resume\n\nText.\n\n### B. Collapse\n\nText.\n').brief;
    const after = brief('', '## Scenarios\n\n### A. Talks resume\n\nText.\n\n### B. Total breakdown of relations\n\nText.\n').brief;
    expect(diffBriefs(before, after).scenarios.map((s) => [s.change, s.label, s.oldLabel, s.oldTitle])).toEqual([['changed', 'B', null, 'Collapse']]);
  });

  it('a scenario inserted before the others: each old one is found by its title under its new label', () => {
    const before = brief('', '## Scenarios\n\n### A. Talks resume\n\nText.\n\n### B. Collapse\n\nText.\n').brief;
    const after = brief('', '## Scenarios\n\n### A. Regional mediation\n\nText.\n\n### B. Talks resume\n\nText.\n\n### C. Collapse\n\nText.\n').brief;
    const p = pairScenarios(before.scenarios, after.scenarios);
    expect(p.pairs.map(([a, b]) => [a.label, b.label])).toEqual([['A', 'B'], ['B', 'C']]);
    expect(p.added.map((s) => s.label)).toEqual(['A']);
  });

  it('tells a reworded recommendation from a new one, and sees one checked off', () => {
    const before = brief('', '## Recommendations\n\n- [ ] Share incident data within 24 hours.\n- [ ] Fund the border monitors.\n').brief;
    const after = brief('', '## Recommendations\n\n- [x] Share incident data with allies within 12 hours.\n- [ ] Recall the envoy.\n').brief;
    const p = pairRecommendations(before.recommendations, after.recommendations);
    expect(p.pairs.map(([a, b]) => [a.text, b.text])).toEqual([['Share incident data within 24 hours.', 'Share incident data with allies within 12 hours.']]);
    const d = diffBriefs(before, after).recommendations;
    expect(d.map((r) => [r.change, r.oldText !== null, r.wasDone, r.done])).toEqual([
      ['changed', true, false, true], ['added', false, null, false], ['removed', false, false, false],
    ]);
  });

  it('same judgements: a brief against itself', () => {
    const b = brief('scenarios:\n  A: {likelihood: likely}\n').brief;
    expect(isSame(diffBriefs(b, b))).toBe(true);
  });
});

describe('explanations', () => {
  const was = brief('scenarios:\n  A: {likelihood: unlikely}\n  B: {likelihood: likely}\n').brief;
  const moved = (front: string, body?: string) => {
    const now = brief(`${front}scenarios:\n  A: {likelihood: likely}\n  B: {likelihood: likely}\n`, body).brief;
    return unexplainedMoves(diffBriefs(was, now), was, now).map((s) => s.label);
  };

  it.each([
    ['a structured entry', 'changes:\n  - {scenario: a, note: Talks restarted}\n'],
    ['a text entry naming the scenario', 'changes:\n  - "Scenario A: talks restarted in Doha"\n'],
    ['a text entry naming its title', 'changes: ["Talks resume looks likely after the Doha meeting"]\n'],
  ])('%s explains the move', (_name, front) => {
    expect(moved(front)).toEqual([]);
  });

  it('a line under "What changed" explains it; one about another scenario does not', () => {
    const body = (line: string) => `## Scenarios\n\n### A. Talks resume\n\nText.\n\n### B. Collapse\n\nText.\n\n## Recommendations\n\n- Act.\n\n## What has changed\n\n- ${line}\n`;
    expect(moved('', body('Scenario A rose: talks restarted.'))).toEqual([]);
    expect(moved('', body('Scenario B is unchanged.'))).toEqual(['A']);
  });

  it('an entry naming another scenario, or one carried over from the earlier version, does not', () => {
    expect(moved('changes:\n  - {scenario: B, note: Still likely}\n')).toEqual(['A']);
    const before = brief('changes: ["Scenario A: talks stalled"]\nscenarios:\n  A: {likelihood: unlikely}\n').brief;
    const after = brief('changes: ["Scenario A: talks stalled"]\nscenarios:\n  A: {likelihood: likely}\n').brief;
    expect(unexplainedMoves(diffBriefs(before, after), before, after).map((s) => s.label)).toEqual(['A']);
  });
});

describe('changes: in the frontmatter', () => {
  it('reads text and { date, scenario, note } entries, the label normalised', () => {
    const { brief: b, problems } = brief('changes:\n  - Raised B after the strikes\n  - {date: 2026-01-10, scenario: Scenario c, note: Escorts announced}\n');
    expect(problems).toEqual([]);
    expect(b.changes.map(({ date, scenario, note }) => ({ date, scenario, note }))).toEqual([
      { date: null, scenario: null, note: 'Raised B after the strikes' },
      { date: '2026-01-10', scenario: 'C', note: 'Escorts announced' },
    ]);
  });

  it('reports a wrong shape at its line, and an unknown key in an entry', () => {
    const { problems } = brief('changes:\n  - {scenario: A}\n  - {note: x, when: 2026-01-01}\n  - {note: y, date: 2026-13-01}\n');
    expect(problems.map((p) => [p.code, p.line])).toEqual([['wrong-type', 6], ['unknown-key', 7], ['invalid-value', 8]]);
    expect(brief('changes: {A: x}\n').problems.map((p) => [p.code, p.line])).toEqual([['wrong-type', 5]]);
  });

  it('is a known key (no unknown-key warning), and [] without it', () => {
    expect(brief('changes: []\n').problems).toEqual([]);
    expect(brief('').brief.changes).toEqual([]);
  });
});

describe('"What changed" sections', () => {
  it.each(['What changed', 'What has changed since the January brief', 'Changes since the last version', 'Revision notes'])('"%s" is a changes section', (heading) => {
    expect(brief('', `## ${heading}\n\nText.\n`).brief.sections[0]!.kind).toBe('changes');
  });

  it('"What changed on 1 January" is a section like any other, and a changes section is never the summary', () => {
    expect(brief('', '## What changed on 1 January\n\nText.\n').brief.sections[0]!.kind).toBe('section');
    expect(brief('', '## What changed\n\nB rose.\n\n## Background\n\nThe story.\n').brief.summary).toBe('The story.');
  });
});

describe('the report', () => {
  it('never lets a control sequence from a brief reach the terminal, coloured or not', () => {
    const before = brief('summary: Talks failed.\nscenarios:\n  A: {likelihood: unlikely, indicators: [Old one]}\n').brief;
    const after = brief('summary: "Talks \\e]0;pwned\\a failed \\e[2J again \\u202e."\nscenarios:\n  A: {likelihood: likely, indicators: ["New \\e[31m one"]}\n',
      '## Scenarios\n\n### A. Talks \u001b[5m resume\n\nText.\n\n## Recommendations\n\n- Act \u001b[8m now.\n').brief;
    for (const style of [plainStyle, createStyle(1)]) {
      const out = renderDiff(diffBriefs(before, after), { style, width: style.level > 0 ? 80 : null, oldRef: 'a\u001b[2J', newRef: 'b', unexplained: [] });
      // Only colour (SGR) sequences, and only ours.
      expect(out.replace(/\u001b\[(?:3[12]|39|1|22|2|33|36|0)m/g, '')).not.toMatch(/[\u001b\u0007\u202e]/);
      expect(out).toContain('again');
    }
  });
});
