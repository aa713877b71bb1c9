/** A term and a number that disagree: "likely (30%)", or a frontmatter term against a stated probability. */
import type { Rule } from '../types.js';
import { findTerm, parseProbability, splitTermAndNumber, TERM_HINT, TERM_PATTERN, type EstimativeTerm } from '../../brief/estimative.js';
import { exampleBrief } from './example.js';
import { blankAddresses } from '../addresses.js';
import { scenarioKey } from '../../brief/parse.js';

const NUMBER = String.raw`(\d{1,3}(?:\.\d+)?)\s*(?:[-–]\s*(\d{1,3}(?:\.\d+)?)\s*)?(%|percent)`;
/**
 * A term with its probability attached: "likely (30%)", "likely [about 30 percent]",
 * "likely: 30%", "likely - 30%". A plain "likely 30% of ..." is left alone: it rarely is one.
 */
// The closing bracket is part of the match, so the message quotes "likely (30%)" whole.
const TERM_THEN_NUMBER = new RegExp(`(${TERM_PATTERN.source})\\s*(?:[([]|[:–—-])\\s*(?:about\\s+|around\\s+|~\\s*)?${NUMBER}(?:\\s*[)\\]])?`, 'gi');
/** A "Likelihood: ..." or "Probability: ..." line in a scenario's text. */
const STATED = /^\s*(?:[-*]\s*)?\**\s*(?:likelihood|probability)\s*\**\s*:\s*\**\s*(.+?)\s*\**\s*$/i;

function outside(term: EstimativeTerm, percent: number): boolean {
  return percent < term.min || percent > term.max;
}

function describe(term: EstimativeTerm): string {
  return `"${term.term}" means ${term.min}-${term.max}%`;
}

const rule: Rule = {
  id: 'likelihood-contradiction',
  description: 'An estimative term next to a probability outside its range ("likely (30%)"), or a frontmatter likelihood that disagrees with one stated in the scenario.',
  defaultSeverity: 'error',
  examples: {
    fail: [
      { text: exampleBrief([], '\n## Summary\n\nA deal is likely (30%).\n\n## Scenarios\n\n### A. First\n\nCollapse is very unlikely: about 40 percent.\n\n## Recommendations\n\n- Act.\n'), lines: [9, 15] },
      { text: exampleBrief(['scenarios:', '  A: {likelihood: unlikely}'], '\n## Scenarios\n\n### A. First\n\nLikelihood: 70%\n\nText.\n\n## Recommendations\n\n- Act.\n'), lines: [13] },
      { text: exampleBrief(['scenarios:', '  A: {likelihood: "very likely (40%)"}']), lines: [6] },
    ],
    pass: [
      // A quotation's numbers are not the writer's judgement.
      { text: exampleBrief([], '\n## Summary\n\nA deal is likely. The bank calls it "very likely (40%)".\n\n## Scenarios\n\n### A. First\n\nText.\n\n## Recommendations\n\n- Act.\n') },
      { text: exampleBrief(['scenarios:', '  A: {likelihood: "likely (60%)"}'], '\n## Summary\n\nA deal is likely (60-70%). Trade fell 30% last year. Turnout is likely, 30% of voters said.\n\n## Scenarios\n\n### A. First\n\nText.\n\n## Recommendations\n\n- Act.\n') },
    ],
  },
  check({ brief, lines, ownProse, report }) {
    // Terms next to numbers in prose (body and summary key); only lines with a percentage can have one.
    const summaryLine = brief.frontmatter.keyLines.summary;
    const candidates = summaryLine === undefined ? ownProse : [{ line: summaryLine, text: blankAddresses(lines[summaryLine - 1]!) }, ...ownProse];
    for (const { line, text } of candidates) {
      if (!/%|percent/i.test(text) || !TERM_HINT.test(text)) continue;
      for (const m of text.matchAll(TERM_THEN_NUMBER)) {
        const term = findTerm(m[1]!.replace(/\s+/g, ' '));
        const low = Number(m[2]);
        const high = m[3] === undefined ? low : Number(m[3]);
        if (term && (outside(term, low) || outside(term, high))) {
          report({ line, column: m.index + 1, message: `"${m[0].trim()}": ${describe(term)}; change the term or the number` });
        }
      }
    }
    // Frontmatter likelihoods against "term (N%)" in the value or a stated likelihood in the scenario.
    for (const entry of brief.frontmatter.scenarioEntries) {
      if (entry.likelihood === null) continue;
      const line = entry.likelihoodLine ?? entry.line;
      const inValue = splitTermAndNumber(entry.likelihood);
      if (inValue) {
        const term = findTerm(inValue.term);
        const percent = parseProbability(inValue.number);
        if (term && percent !== null && outside(term, percent)) {
          report({ line, message: `likelihood "${entry.likelihood}": ${describe(term)}; change the term or the number` });
        }
        continue;
      }
      const label = scenarioKey(entry.key);
      const scenario = brief.scenarios.find((s) => s.label === label);
      if (!scenario) continue;
      const end = nextScenarioLine(brief, scenario.line);
      for (let l = scenario.line + 1; l < end; l += 1) {
        const stated = STATED.exec(lines[l - 1] ?? '');
        if (!stated) continue;
        const a = [findTerm(entry.likelihood), parseProbability(entry.likelihood)] as const;
        const b = [findTerm(stated[1]!), parseProbability(stated[1]!)] as const;
        const term = a[0] ?? b[0];
        const percent = a[1] ?? b[1];
        if (term && percent !== null && outside(term, percent)) {
          report({ line: l, message: `the scenario states likelihood "${stated[1]}" but the frontmatter says "${entry.likelihood}" (${describe(term)}); make them agree` });
        }
      }
    }
  },
};

function nextScenarioLine(brief: { scenarioHeadings: Array<{ line: number }>; sections: Array<{ line: number; endLine: number }> }, line: number): number {
  const next = brief.scenarioHeadings.reduce((min, h) => (h.line > line && h.line < min ? h.line : min), Infinity);
  const section = brief.sections.find((s) => line > s.line && line <= s.endLine);
  return Math.min(next, section ? section.endLine + 1 : Infinity);
}
export default rule;
