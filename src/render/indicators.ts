/**
 * `brief indicators`: each brief's indicators grouped by scenario. On a terminal each scenario
 * has a bar of its indicators observed (`███░░ 3/5 observed`) and long lines wrap; piped, the
 * same lines without bar, colour or wrapping. Pure: data in, string out.
 */
import type { BriefIndicators, IndicatorEntry, ScenarioIndicators } from '../brief/indicator-report.js';
import { stateName } from '../brief/indicator-report.js';
import { cleanLine } from '../text/sanitize.js';
import { displayWidth, wrap } from '../text/wrap.js';
import type { Style } from './style.js';

export interface IndicatorViewOptions {
  style: Style;
  /** Wrap width on a terminal; null when piped (no bar, no wrapping). */
  width: number | null;
}

/** A bar this many cells wide at most: one cell per indicator, scaled beyond. */
export const MAX_BAR = 10;

/** The bar's cells: `filled` of `cells`, one per indicator up to MAX_BAR. */
export function barCells(observed: number, total: number): { filled: number; cells: number } {
  if (total <= MAX_BAR) return { filled: observed, cells: total };
  // Scaled, but never full unless all are observed, nor empty unless none is.
  const filled = Math.min(MAX_BAR - (observed < total ? 1 : 0), Math.max(observed > 0 ? 1 : 0, Math.round((observed / total) * MAX_BAR)));
  return { filled, cells: MAX_BAR };
}

/** `███░░`, the observed part styled as done. */
export function renderBar(observed: number, total: number, style: Style): string {
  const { filled, cells } = barCells(observed, total);
  return style.done('█'.repeat(filled)) + style.dim('░'.repeat(cells - filled));
}

const WORDS: Record<string, string> = { observed: 'observed', 'not-observed': 'not observed', unclear: 'unclear', unknown: 'unknown' };
const MARKS: Record<string, string> = { observed: '●', 'not-observed': '○', unclear: '?', unknown: '·' };
const STATUS_WIDTH = 12;
const DATE_WIDTH = 10;

const pad = (text: string, width: number): string => text + ' '.repeat(Math.max(0, width - displayWidth(text)));

function indicatorLines(i: IndicatorEntry, o: IndicatorViewOptions, indent: string): string[] {
  const name = stateName(i.status);
  const word = pad(WORDS[name]!, STATUS_WIDTH);
  const styled = name === 'observed' ? o.style.done(word) : name === 'unclear' ? o.style.warn(word) : o.style.dim(word);
  const head = `${indent}${o.width === null ? '' : `${o.style.dim(MARKS[name]!)} `}${styled}  ${pad(i.asOf ?? '', DATE_WIDTH)}  `;
  const hang = ' '.repeat(displayWidth(head));
  const text = cleanLine(i.text);
  const lines = [o.width === null ? head + text : wrap(text, o.width, hang, head)];
  if (i.note !== null) {
    const note = `${o.style.key('note:')} ${cleanLine(i.note)}`;
    lines.push(o.width === null ? `${hang}${note}` : wrap(note, o.width, `${hang}      `, hang));
  }
  return lines;
}

function scenarioLine(s: ScenarioIndicators, o: IndicatorViewOptions, widths: { label: number; bar: number; count: number }): string {
  const label = `  ${o.style.label(pad(cleanLine(s.label), widths.label))}  `;
  const bar = o.width === null ? '' : `${renderBar(s.observed, s.total, o.style)}${' '.repeat(widths.bar - barCells(s.observed, s.total).cells)}  `;
  const count = `${pad(`${s.observed}/${s.total} observed`, widths.count)}  `;
  const head = label + bar + count;
  const title = cleanLine(s.title);
  return o.width === null ? head + title : wrap(title, o.width, ' '.repeat(displayWidth(head)), head);
}

/** Every brief's block, separated by a blank line. */
export function renderIndicators(briefs: readonly BriefIndicators[], o: IndicatorViewOptions): string {
  const scenarios = briefs.flatMap((b) => b.scenarios);
  const widths = {
    label: scenarios.reduce((w, s) => Math.max(w, displayWidth(cleanLine(s.label))), 1),
    bar: scenarios.reduce((w, s) => Math.max(w, barCells(s.observed, s.total).cells), 0),
    count: scenarios.reduce((w, s) => Math.max(w, `${s.observed}/${s.total} observed`.length), 0),
  };
  const indent = ' '.repeat(2 + widths.label + 2);
  return briefs.map((b) => {
    const id = cleanLine(b.brief.id);
    const title = cleanLine(b.brief.title);
    const facts = [id, b.brief.date ?? 'undated', b.brief.status].join(' · ');
    const head = o.width === null ? `${id}\t${title}` : `${o.style.title(wrap(title, o.width))}\n${o.style.dim(wrap(facts, o.width))}`;
    const lines = [head];
    for (const s of b.scenarios) {
      lines.push(scenarioLine(s, o, widths));
      for (const i of s.indicators) lines.push(...indicatorLines(i, o, indent));
    }
    return lines.join('\n');
  }).join('\n\n') + (briefs.length > 0 ? '\n' : '');
}
