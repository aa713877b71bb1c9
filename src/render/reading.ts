/**
 * The reading layout shared by `show` and `summary` on a terminal: the title, the key question
 * and the bottom line set apart, the metadata as label/value pairs, and a table of the
 * scenarios. Pure: a Brief in, lines out.
 */
import { findTerm } from '../brief/estimative.js';
import type { Brief, Scenario } from '../brief/model.js';
import { cleanLine, cleanText } from '../text/sanitize.js';
import { displayWidth, flowPairs, wrap, wrapItems } from '../text/wrap.js';
import { metadataFields } from './fields.js';
import { layoutGrid } from './grid.js';
import { likelihoodOnScale } from './likelihood-scale.js';
import type { Style } from './style.js';

export interface ReadingOptions {
  style: Style;
  width: number;
  /** Likelihoods drawn on the ICD 203 scale (likelihood-scale.ts), as `summary` and `scenario` show them. */
  scale?: boolean;
}

/** A likelihood as the view shows it: on the scale, or as written with a term's range. */
const likelihoodCell = (value: string, o: ReadingOptions): string => (o.scale ? likelihoodOnScale(value, o.style) : likelihoodText(value));

/**
 * A likelihood as written, with its ICD 203 range when it is a term: "likely · 55-80%".
 * Percentages and decimals are shown as the author gave them.
 */
export function likelihoodText(value: string): string {
  const text = cleanLine(value);
  const term = findTerm(text);
  return term === null ? text : `${text} · ${term.min}-${term.max}%`;
}

/** "Likelihood: likely · 55-80%", "Impact: ..." pairs, the value standing out. */
export function scenarioFacts(s: Scenario, o: ReadingOptions, indent = ''): string | null {
  const pairs: string[] = [];
  if (s.likelihood !== null) pairs.push(`${o.style.key('Likelihood:')} ${o.scale ? likelihoodOnScale(s.likelihood, o.style) : o.style.title(likelihoodText(s.likelihood))}`);
  if (s.impact !== null) pairs.push(`${o.style.key('Impact:')} ${cleanLine(s.impact)}`);
  return pairs.length === 0 ? null : flowPairs(pairs, o.width, indent);
}

/** The indicators of a scenario as a list with hanging indents, under a label. */
export function indicatorList(s: Scenario, o: ReadingOptions, indent = ''): string | null {
  if (s.indicators.length === 0) return null;
  return [`${indent}${o.style.key('Indicators:')}`,
    ...s.indicators.map((i) => wrap(cleanLine(i), o.width, `${indent}    `, `${indent}  • `))].join('\n');
}

/** The scenarios as a table (label, title, likelihood, impact, indicators), or a list when the window is too narrow. */
export function scenarioTable(scenarios: Scenario[], o: ReadingOptions, indent = '  '): string {
  const hasLikelihood = scenarios.some((s) => s.likelihood !== null);
  const hasImpact = scenarios.some((s) => s.impact !== null);
  const hasIndicators = scenarios.some((s) => s.indicators.length > 0);
  const head = ['', 'Scenario'];
  const flexible: Array<boolean | 'last'> = [false, true];
  if (hasLikelihood) { head.push('Likelihood'); flexible.push('last'); }
  if (hasImpact) { head.push('Impact'); flexible.push(true); }
  if (hasIndicators) { head.push('Indicators'); flexible.push(false); }
  const rows = scenarios.map((s) => {
    const row = [cleanLine(s.label), cleanLine(s.title)];
    if (hasLikelihood) row.push(s.likelihood === null ? '-' : likelihoodCell(s.likelihood, o));
    if (hasImpact) row.push(s.impact === null ? '-' : cleanLine(s.impact));
    if (hasIndicators) row.push(String(s.indicators.length));
    return row;
  });
  const labelColumn = head.length > 2 ? 0 : -1;
  // A table of label and title alone needs no head.
  const grid = layoutGrid(head, rows, {
    width: o.width, indent, flexible,
    style: (t, r, c) => (r === -1 ? o.style.dim(t) : c === 0 ? o.style.label(t) : c === 2 && hasLikelihood && !o.scale ? o.style.title(t) : t),
  });
  if (grid !== null) return (labelColumn === -1 ? grid.slice(1) : grid).join('\n');
  // Too narrow for columns: each scenario as a small block.
  const width = scenarios.reduce((w, s) => Math.max(w, displayWidth(cleanLine(s.label))), 0);
  const hang = `${indent}${' '.repeat(width + 2)}`;
  return scenarios.map((s) => {
    const label = cleanLine(s.label);
    const lines = [wrap(cleanLine(s.title), o.width, hang, `${indent}${o.style.label(label)}${' '.repeat(width - displayWidth(label) + 2)}`)];
    const facts = scenarioFacts(s, o, hang);
    if (facts !== null) lines.push(facts);
    if (s.indicators.length > 0) lines.push(`${hang}${o.style.key('Indicators:')} ${s.indicators.length}`);
    return lines.join('\n');
  }).join('\n');
}

/** A label on its own line and the text under it, indented: the key question, the bottom line. */
function setApart(label: string, text: string, o: ReadingOptions): string {
  return `${o.style.heading(label)}\n${wrapItems(text, o.width, '  ')}`;
}

/** The bottom line's label, and its text when the caller rendered it (indented), else the plain summary is used. */
export interface BottomLine { label: string; rendered?: string }

/**
 * The header block: title, key question, bottom line (unless null), metadata pairs and the scenario table. `show` draws a rule under it as wide as its
 * widest line.
 */
export function readingHeader(brief: Brief, o: ReadingOptions, bottom: BottomLine | null = { label: 'Bottom line' }): string {
  const parts = [o.style.title(wrap(cleanLine(brief.title), o.width))];
  if (brief.keyQuestion) parts.push(setApart('Key question', cleanLine(brief.keyQuestion), o));
  if (bottom !== null && bottom.rendered !== undefined) parts.push(`${o.style.heading(bottom.label)}\n${bottom.rendered}`);
  else if (bottom !== null && brief.summary) parts.push(setApart(bottom.label, cleanText(brief.summary), o));
  const pairs = metadataFields(brief).filter((f) => f.key !== 'key_question').map((f) => `${o.style.key(`${f.label}:`)} ${f.value}`);
  if (pairs.length > 0) parts.push(flowPairs(pairs, o.width));
  if (brief.scenarios.length > 0) parts.push(`${o.style.heading('Scenarios')}\n${scenarioTable(brief.scenarios, o)}`);
  return parts.join('\n\n');
}
