/** `brief judgments` for a terminal (grouped by brief, with the band chart) and for a pipe (tab-separated). */
import { BANDS } from '../judgments/select.js';
import type { JudgmentEntry } from '../judgments/schema.js';
import { cleanLine } from '../text/sanitize.js';
import { displayWidth, wrap, wrapColumns } from '../text/wrap.js';
import { briefLine } from './brief-line.js';
import { plainStyle, type Style } from './style.js';
import { tsvCell } from './tsv.js';

/**
 * One line per judgement: id, line, band, term, section, sentence, negated (`true` or `false`,
 * as in the JSON). Columns are only ever added at the end: scripts read them by position.
 * With a colour style (--color always), the term's cell is coloured as the terminal view colours it.
 */
export function renderJudgmentsTSV(entries: readonly JudgmentEntry[], style: Style = plainStyle): string {
  return entries.map((j) => `${[
    tsvCell(j.id), tsvCell(String(j.line)), tsvCell(j.band === null ? '-' : String(j.band)), style.label(tsvCell(j.term)), tsvCell(j.section), tsvCell(j.sentence), String(j.negated),
  ].join('\t')}\n`).join('');
}

const pad = (text: string, width: number): string => text + ' '.repeat(Math.max(0, width - displayWidth(text)));

/** The chart's row names, longest first: both rows' terms, the first row's only, none (narrower terminals). */
const NAME_SETS: ReadonlyArray<readonly string[]> = [
  [...BANDS.map((b) => `${b.terms[0]} / ${b.terms[1]}`), 'hedges: may, might, perhaps'],
  [...BANDS.map((b) => b.terms[0]), 'hedges'],
  [...BANDS.map(() => ''), ''],
];

/** The columns of a chart row besides its name and bar: `  5  ` + `  55-80%  ` + the count + ` `. */
const FIXED = 5 + 10 + 1;
/** The shortest bar room a chart keeps before it drops its names. */
const MIN_BAR = 3;

/** How often each band is used: seven rows, each with its terms, its range and a bar; then the hedges, when asked for. */
export function renderBandChart(counts: readonly number[], style: Style, width: number, hedges = false): string {
  const max = Math.max(1, ...counts);
  const countWidth = String(max).length;
  // The longest names that leave the bars room on this terminal.
  const names = NAME_SETS.find((set) => FIXED + Math.max(...set.map((n) => n.length)) + countWidth + MIN_BAR <= width) ?? NAME_SETS.at(-1)!;
  const nameWidth = Math.max(...names.map((n) => n.length));
  const barRoom = Math.max(1, Math.min(30, width - nameWidth - countWidth - FIXED));
  const row = (band: string, name: string, range: string, n: number): string => {
    const bar = '█'.repeat(n === 0 ? 0 : Math.max(1, Math.round((n / max) * barRoom)));
    const named = nameWidth === 0 ? '' : `${pad(name, nameWidth)}  `;
    return `  ${band}  ${named}${style.dim(pad(range, 6))}  ${String(n).padStart(countWidth)} ${style.heading(bar)}`;
  };
  const rows = BANDS.map((b, i) => row(String(b.band), names[i]!, `${b.range[0]}-${b.range[1]}%`, counts[i]!));
  if (hedges) rows.push(row('-', names[7]!, 'none', counts[7] ?? 0));
  return `${style.title('Bands used')}\n${rows.join('\n')}\n`;
}

/** The judgements grouped by brief, each with its line, term and band, section and sentence; then the chart. */
export function renderJudgmentsTerminal(entries: readonly JudgmentEntry[], counts: readonly number[], style: Style, width: number, hedges = false): string {
  const out: string[] = [];
  let current: string | null = null;
  for (const j of entries) {
    if (j.path !== current) {
      current = j.path;
      out.push(`${out.length > 0 ? '\n' : ''}${briefLine(j.id, j.title, style, width)}\n`);
    }
    const where = [j.section === null ? null : cleanLine(j.section), j.scenario === null ? null : `scenario ${cleanLine(j.scenario)}`]
      .filter((x) => x !== null).join(', ');
    const term = `${style.label(j.term)}${j.negated ? ' (negated)' : ''}`;
    const head = `${style.dim(String(j.line).padStart(4))}  ${term}  ${style.dim(j.range === null ? 'hedge, no band' : `band ${j.band}, ${j.range[0]}-${j.range[1]}%`)}${where ? `  ${style.dim(where)}` : ''}`;
    out.push(`${wrapColumns(head, width, '        ', '  ')}\n`);
    out.push(`${wrap(cleanLine(j.sentence), width, '        ')}\n`);
  }
  const briefs = new Set(entries.map((j) => j.path)).size;
  out.push(`\n${wrap(`${entries.length} judgement${entries.length === 1 ? '' : 's'} in ${briefs} brief${briefs === 1 ? '' : 's'}`, width)}\n\n`);
  out.push(renderBandChart(counts, style, width, hedges));
  return out.join('');
}
