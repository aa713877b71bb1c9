/** The short views: summary, scenario list, one scenario, checklist. Pure: strings in, string out. */
import type { Brief, Recommendation, Scenario } from '../brief/model.js';
import { cleanLine, cleanText } from '../text/sanitize.js';
import { wrap, wrapItems } from '../text/wrap.js';
import { metadataFields } from './fields.js';
import { indicatorList, readingHeader, scenarioFacts, scenarioTable } from './reading.js';
import { checklistLine, scenarioHeading } from './text.js';
import type { Style } from './style.js';

export interface ViewOptions {
  style: Style;
  /** Wrap width on a terminal; null when output is piped (never wrap). */
  width: number | null;
}

/** Brief text, cleaned, wrapped to the terminal with list items hanging (or left as is when piped). */
function para(text: string, o: ViewOptions): string {
  const clean = cleanText(text);
  return o.width === null ? clean : wrapItems(clean, o.width);
}

/** The piped header: one field a line (documented; scripts read it). */
function header(brief: Brief, o: ViewOptions): string {
  const fields = metadataFields(brief).filter((f) => f.key !== 'key_question');
  const meta = fields.map((f) => `${o.style.key(`${f.label}:`)} ${f.value}`).join(o.width === null ? '\n' : '  ');
  const title = cleanLine(brief.title);
  const lines = [o.style.title(o.width === null ? title : wrap(title, o.width)), o.width === null ? meta : wrap(meta, o.width)];
  if (brief.keyQuestion) lines.push('', `${o.style.key('Key question:')} ${cleanLine(brief.keyQuestion)}`);
  return lines.join('\n');
}

export function scenarioLine(s: Scenario, o: ViewOptions, labelWidth = 1): string {
  const like = s.likelihood !== null ? ` ${o.style.dim(`(${cleanLine(s.likelihood)})`)}` : '';
  return `${o.style.label(s.label.padEnd(labelWidth))}  ${cleanLine(s.title)}${like}`;
}

/**
 * `brief summary`: on a terminal, the reading header (as `show` has it) and the
 * recommendations; piped, the header, summary, scenario and recommendation overview as lines.
 */
export function renderSummary(brief: Brief, o: ViewOptions): string {
  if (o.width !== null) {
    const parts = [readingHeader(brief, { style: o.style, width: o.width, scale: true })];
    if (brief.recommendations.length > 0) parts.push(recommendationsOverview(brief.recommendations, o));
    return `${parts.join('\n\n')}\n`;
  }
  const parts = [header(brief, o)];
  if (brief.summary) parts.push(para(brief.summary, o));
  if (brief.scenarios.length > 0) {
    const w = labelWidth(brief.scenarios);
    parts.push([o.style.heading('Scenarios'), ...brief.scenarios.map((s) => `  ${scenarioLine(s, o, w)}`)].join('\n'));
  }
  if (brief.recommendations.length > 0) parts.push(recommendationsOverview(brief.recommendations, o));
  return `${parts.join('\n\n')}\n`;
}

function recommendationsOverview(items: Recommendation[], o: ViewOptions): string {
  const done = items.filter((r) => r.done).length;
  const title = `${o.style.heading('Recommendations')} ${o.style.dim(`(${items.length}, ${done} done)`)}`;
  return [title, ...items.map((r) => checklistItem(r, o, '  '))].join('\n');
}

/** `brief scenario <brief>`: one line per scenario; piped, the label's cell styled as the table styles it. */
export function renderScenarioList(scenarios: Scenario[], o: ViewOptions): string {
  if (o.width === null) {
    return scenarios.map((s) => `${o.style.label(cleanLine(s.label))}\t${cleanLine(s.title)}\t${s.likelihood === null ? '' : cleanLine(s.likelihood)}`).join('\n') + '\n';
  }
  return `${scenarioTable(scenarios, { style: o.style, width: o.width, scale: true }, '')}\n`;
}

/** `brief scenario <brief> <label>`. */
export function renderScenario(s: Scenario, o: ViewOptions): string {
  if (o.width !== null) {
    const r = { style: o.style, width: o.width };
    const parts = [[o.style.title(wrap(scenarioHeading(s), o.width, '  ', '')), scenarioFacts(s, { ...r, scale: true })].filter((p) => p !== null).join('\n')];
    if (s.text) parts.push(para(s.text, o));
    const indicators = indicatorList(s, r);
    if (indicators !== null) parts.push(indicators);
    return `${parts.join('\n\n')}\n`;
  }
  const lines = [o.style.title(scenarioHeading(s))];
  if (s.likelihood !== null) lines.push(`${o.style.key('Likelihood:')} ${cleanLine(s.likelihood)}`);
  if (s.impact !== null) lines.push(`${o.style.key('Impact:')} ${cleanLine(s.impact)}`);
  const parts = [lines.join('\n')];
  if (s.text) parts.push(para(s.text, o));
  if (s.indicators.length > 0) {
    parts.push([o.style.heading('Indicators'), ...s.indicators.map((i) => `  - ${cleanLine(i)}`)].join('\n'));
  }
  return `${parts.join('\n\n')}\n`;
}

/** One checklist item; on a terminal it wraps under its text, not under the box. */
function checklistItem(r: Recommendation, o: ViewOptions, indent = ''): string {
  const line = checklistLine(r);
  const text = o.width === null ? indent + line : wrap(line, o.width, `${indent}    `, indent);
  return r.done ? text.replace('[x]', o.style.done('[x]')) : text;
}

/**
 * `brief recommendations`: one line per item starting `[ ]` or `[x]`. On a terminal, items
 * wrap with a hanging indent and groups get a heading; piped, every line is an item.
 */
export function renderChecklist(items: Recommendation[], o: ViewOptions): string {
  if (o.width === null) return items.map((r) => checklistItem(r, o)).join('\n') + (items.length > 0 ? '\n' : '');
  const out: string[] = [];
  let group: string | null = null;
  for (const item of items) {
    if (item.group !== group && item.group !== null) {
      if (out.length > 0) out.push('');
      out.push(o.style.heading(wrap(cleanLine(item.group), o.width)));
    }
    group = item.group;
    out.push(checklistItem(item, o));
  }
  return out.join('\n') + (out.length > 0 ? '\n' : '');
}

/** `brief recommendations --markdown`: a GitHub task list, groups as level-3 headings. */
export function renderTaskList(items: Recommendation[]): string {
  const out: string[] = [];
  let group: string | null = null;
  for (const item of items) {
    if (item.group !== group && item.group !== null) {
      if (out.length > 0) out.push('');
      out.push(`### ${cleanLine(item.group)}`, '');
    }
    group = item.group;
    out.push(`- ${checklistLine(item)}`);
  }
  return out.join('\n') + (out.length > 0 ? '\n' : '');
}

/** The widest label (a loop: Math.max(...) of a huge brief's labels would overflow the stack). */
function labelWidth(scenarios: Scenario[]): number {
  return scenarios.reduce((w, s) => Math.max(w, s.label.length), 0);
}
