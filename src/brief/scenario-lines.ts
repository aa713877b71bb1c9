/** The file lines each scenario's text runs over, for commands that place a line in a scenario. Pure. */
import type { Brief } from './model.js';
import { partitionPoint } from '../partition-point.js';

/** How many of the ascending `values` are at most `x`: the index of the first one above it. */
function countAtMost(values: readonly number[], x: number): number {
  return partitionPoint(values, (v) => v <= x);
}

/**
 * Each scenario's first and last line: from its head to the line before the next scenario, within
 * its section; a list item or lead-in ends with its own text (what follows it may be the section's).
 * Both lookups are binary searches: a brief may hold thousands of scenarios and sections, and a
 * scan of them for each scenario grew with the square of their number.
 */
export function scenarioLines(brief: Pick<Brief, 'scenarios' | 'sections'>): Array<{ label: string; from: number; to: number }> {
  const starts = brief.scenarios.map((s) => s.line).sort((a, b) => a - b);
  // Sections are in file order and do not overlap (body.ts): the one holding a line is the last
  // to start at or before it, if it has not ended.
  const { sections } = brief;
  const sectionStarts = sections.map((sec) => sec.line);
  return brief.scenarios.map((s) => {
    const candidate = sections[countAtMost(sectionStarts, s.line) - 1];
    const section = candidate !== undefined && s.line <= candidate.endLine ? candidate : undefined;
    const next = starts[countAtMost(starts, s.line)];
    let to = Math.min(section?.endLine ?? Infinity, next !== undefined ? next - 1 : Infinity);
    if (s.form === 'list' || s.form === 'lead-in' || to === Infinity) to = Math.min(to, s.line + s.markdown.trim().split('\n').length);
    return { label: s.label, from: s.line, to };
  });
}
