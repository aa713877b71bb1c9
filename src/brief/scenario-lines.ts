/** The file lines each scenario's text runs over, for commands that place a line in a scenario. Pure. */
import type { Brief } from './model.js';

/**
 * Each scenario's first and last line: from its head to the line before the next scenario, within
 * its section; a list item or lead-in ends with its own text (what follows it may be the section's).
 */
export function scenarioLines(brief: Pick<Brief, 'scenarios' | 'sections'>): Array<{ label: string; from: number; to: number }> {
  const starts = brief.scenarios.map((s) => s.line).sort((a, b) => a - b);
  return brief.scenarios.map((s) => {
    const section = brief.sections.find((sec) => s.line >= sec.line && s.line <= sec.endLine);
    const next = starts.find((l) => l > s.line);
    let to = Math.min(section?.endLine ?? Infinity, next !== undefined ? next - 1 : Infinity);
    if (s.form === 'list' || s.form === 'lead-in' || to === Infinity) to = Math.min(to, s.line + s.markdown.trim().split('\n').length);
    return { label: s.label, from: s.line, to };
  });
}
