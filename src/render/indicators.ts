/**
 * `brief indicators`: on a terminal, each brief's indicators grouped by scenario, each scenario
 * with a bar of its indicators observed (`███░░ 3/5 observed`), long lines wrapped; on a terminal
 * too narrow to leave the text room beside its columns, the text goes under them. Piped, one
 * tab-separated line per indicator. Pure: data in, string out.
 */
import type { BriefIndicators, IndicatorEntry, ScenarioIndicators } from '../brief/indicator-report.js';
import { stateName } from '../brief/indicator-report.js';
import { cleanLine } from '../text/sanitize.js';
import { displayWidth, flowPairs, wrap } from '../text/wrap.js';
import { plainStyle, type Style } from './style.js';
import { tsvCell } from './tsv.js';

export interface IndicatorViewOptions {
  style: Style;
  /** The terminal's width, to wrap to. */
  width: number;
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
/** The columns of an indicator's line before its text, beyond the indent: mark, status, date and their gaps. */
const INDICATOR_HEAD = 2 + STATUS_WIDTH + 2 + DATE_WIDTH + 2;
/** Below this many columns left for the text beside the columns, the text goes on lines of its own. */
const MIN_TEXT = 20;
/** Under its state and date, or under its scenario's label, text hangs this much further in. */
const UNDER = '  ';

const pad = (text: string, width: number): string => text + ' '.repeat(Math.max(0, width - displayWidth(text)));

/** Each word styled on its own: a line break between words never falls inside a style. */
const byWord = (text: string, paint: (t: string) => string): string => text.split(' ').map(paint).join(' ');

/** Lines styled one by one, so that no style runs over a line break. */
const byLine = (text: string, paint: (t: string) => string): string => text.split('\n').map(paint).join('\n');

/** How an indicator's state is painted: observed as done, unclear as a warning, the rest dim. */
function statusPaint(i: IndicatorEntry, style: Style): (text: string) => string {
  const name = stateName(i.status);
  return name === 'observed' ? style.done : name === 'unclear' ? style.warn : style.dim;
}

function indicatorLines(i: IndicatorEntry, o: IndicatorViewOptions, indent: string, narrow: boolean): string[] {
  const name = stateName(i.status);
  const paint = statusPaint(i, o.style);
  const text = cleanLine(i.text);
  const note = i.note === null ? null : `${o.style.key('note:')} ${cleanLine(i.note)}`;
  if (narrow) {
    // State and date on a line (or two) of their own, the text and the note under them.
    const state = [`${o.style.dim(MARKS[name]!)} ${byWord(WORDS[name]!, paint)}`, ...(i.asOf === null ? [] : [i.asOf])];
    const under = indent + UNDER;
    const lines = [flowPairs(state, o.width, indent, '  '), wrap(text, o.width, under, under)];
    if (note !== null) lines.push(wrap(note, o.width, under, under));
    return lines;
  }
  const styled = paint(pad(WORDS[name]!, STATUS_WIDTH));
  const head = `${indent}${o.style.dim(MARKS[name]!)} ${styled}  ${pad(i.asOf ?? '', DATE_WIDTH)}  `;
  const hang = ' '.repeat(displayWidth(head));
  const lines = [wrap(text, o.width, hang, head)];
  if (note !== null) lines.push(wrap(note, o.width, `${hang}      `, hang));
  return lines;
}

function scenarioLine(s: ScenarioIndicators, o: IndicatorViewOptions, widths: { label: number; bar: number; count: number }, narrow: boolean): string {
  const label = `  ${o.style.label(pad(cleanLine(s.label), widths.label))}  `;
  const title = cleanLine(s.title);
  const count = `${s.observed}/${s.total} observed`;
  if (narrow) {
    // The title beside the label, the bar and count under it.
    const indent = ' '.repeat(displayWidth(label));
    return `${wrap(title, o.width, indent, label)}\n${flowPairs([renderBar(s.observed, s.total, o.style), count], o.width, indent, '  ')}`;
  }
  const bar = `${renderBar(s.observed, s.total, o.style)}${' '.repeat(widths.bar - barCells(s.observed, s.total).cells)}  `;
  const head = label + bar + `${pad(count, widths.count)}  `;
  return wrap(title, o.width, ' '.repeat(displayWidth(head)), head);
}

/** Every brief's block, separated by a blank line. */
export function renderIndicatorsTerminal(briefs: readonly BriefIndicators[], o: IndicatorViewOptions): string {
  const scenarios = briefs.flatMap((b) => b.scenarios);
  const widths = {
    label: scenarios.reduce((w, s) => Math.max(w, displayWidth(cleanLine(s.label))), 1),
    bar: scenarios.reduce((w, s) => Math.max(w, barCells(s.observed, s.total).cells), 0),
    count: scenarios.reduce((w, s) => Math.max(w, `${s.observed}/${s.total} observed`.length), 0),
  };
  const indent = ' '.repeat(2 + widths.label + 2);
  const headWidth = Math.max(indent.length + INDICATOR_HEAD, indent.length + widths.bar + 2 + widths.count + 2);
  const narrow = o.width - headWidth < MIN_TEXT;
  return briefs.map((b) => {
    const id = cleanLine(b.brief.id);
    const title = cleanLine(b.brief.title);
    const facts = [id, b.brief.date ?? 'undated', b.brief.status];
    // Each fact whole on a line, as far as it fits.
    const head = `${byLine(wrap(title, o.width), o.style.title)}\n${byLine(flowPairs(facts, o.width, '', ' · '), o.style.dim)}`;
    const lines = [head];
    for (const s of b.scenarios) {
      lines.push(scenarioLine(s, o, widths, narrow));
      for (const i of s.indicators) lines.push(...indicatorLines(i, o, indent, narrow));
    }
    return lines.join('\n');
  }).join('\n\n') + (briefs.length > 0 ? '\n' : '');
}

/**
 * One line per indicator: id, scenario (its label), status (as the JSON spells it; `unknown`
 * for none, as --state names it), as_of, text, note, title (the scenario's), line (in the
 * file). Empty cells for values missing. Columns are only ever added at the end: scripts read
 * them by position. With a colour style (--color always), the label and the status are
 * coloured as on a terminal.
 */
export function renderIndicatorsTSV(briefs: readonly BriefIndicators[], style: Style = plainStyle): string {
  const out: string[] = [];
  for (const b of briefs) {
    for (const s of b.scenarios) {
      for (const i of s.indicators) {
        out.push(`${[
          tsvCell(b.brief.id), style.label(tsvCell(s.label)), statusPaint(i, style)(i.status ?? 'unknown'), tsvCell(i.asOf), tsvCell(i.text), tsvCell(i.note), tsvCell(s.title), String(i.line),
        ].join('\t')}\n`);
      }
    }
  }
  return out.join('');
}
