/**
 * A likelihood that moved since an earlier version, with nothing in this version saying why
 * (ICD 203: "explains change to or consistency of analytic judgments"). Runs only with
 * `brief lint --since <rev>`, which gives each brief its version at that revision; `brief diff
 * --check` applies the same test to two versions.
 */
import { diffBriefs } from '../../diff/compare.js';
import { likelihoodLine, unexplainedMessage, unexplainedMoves } from '../../diff/explain.js';
import type { Rule } from '../types.js';
import { exampleBrief } from './example.js';

const body = '\n## Scenarios\n\n### A. Talks resume\n\nText.\n\n### B. Collapse\n\nText.\n\n## Recommendations\n\n- Act.\n';
const was = exampleBrief(['scenarios:', '  A: {likelihood: unlikely}', '  B: {likelihood: likely}'], body);

const rule: Rule = {
  id: 'judgment-change-unexplained',
  description: 'A scenario\'s likelihood moved since the version given to lint --since, and the brief does not say why.',
  defaultSeverity: 'error',
  examples: {
    fail: [
      // A moved up two steps (line 6); B did not move.
      { previous: was, text: exampleBrief(['scenarios:', '  A: {likelihood: likely}', '  B: {likelihood: likely}'], body), lines: [6] },
      // The note naming A was already there: it explained the earlier revision, not this one.
      {
        previous: exampleBrief(['changes: ["Scenario A: talks stalled"]', 'scenarios:', '  A: {likelihood: unlikely}'], body),
        text: exampleBrief(['changes: ["Scenario A: talks stalled"]', 'scenarios:', '  A: {likelihood: "70%"}'], body),
        lines: [7],
      },
    ],
    pass: [
      { previous: was, text: exampleBrief(['changes:', '  - {date: 2026-01-10, scenario: A, note: Both sides named negotiators}', 'scenarios:', '  A: {likelihood: likely}', '  B: {likelihood: likely}'], body) },
      { previous: was, text: exampleBrief(['scenarios:', '  A: {likelihood: likely}', '  B: {likelihood: likely}'], `${body}\n## What changed\n\n- Scenario A is now likely: both sides named negotiators.\n`) },
      // The same judgement written another way is no move.
      { previous: was, text: exampleBrief(['scenarios:', '  A: {likelihood: improbable}', '  B: {likelihood: probable}'], body) },
      // Without an earlier version (lint without --since, or a new brief) there is nothing to compare.
      { text: exampleBrief(['scenarios:', '  A: {likelihood: likely}'], body) },
    ],
  },
  check({ brief, previous, report }) {
    if (previous === null) return;
    for (const s of unexplainedMoves(diffBriefs(previous, brief), previous, brief)) {
      report({ line: likelihoodLine(brief, s.label), message: unexplainedMessage(s) });
    }
  },
};
export default rule;
