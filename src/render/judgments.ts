/** `brief judgments` for a terminal (grouped by brief, with the band chart) and for a pipe (tab-separated). */
import { BANDS } from '../judgments/select.js';
import type { JudgmentEntry } from '../judgments/schema.js';
import { cleanLine } from '../text/sanitize.js';
import { displayWidth, wrap } from '../text/wrap.js';
import type { Style } from './style.js';

const tsvCell = (text: string | null): string => cleanLine(text ?? '').replace(/\t/g, ' ');

/** One line per judgement: id, line, band, term, section, sentence. */
export function renderJudgmentsTSV(entries: readonly JudgmentEntry[]): string {
  return entries.map((j) => `${[j.id, String(j.line), String(j.band), j.term, j.section ?? '', j.sentence].map(tsvCell).join('\t')}\n`).join('');
}

const pad = (text: string, width: number): string => text + ' '.repeat(Math.max(0, width - displayWidth(text)));

/** How often each band is used: seven rows, each with its terms, its range and a bar. */
export function renderBandChart(counts: readonly number[], style: Style, width: number): string {
  const names = BANDS.map((b) => `${b.terms[0]} / ${b.terms[1]}`);
  const nameWidth = Math.max(...names.map((n) => n.length));
  const max = Math.max(1, ...counts);
  const countWidth = String(max).length;
  const barRoom = Math.max(4, Math.min(30, width - nameWidth - countWidth - 16));
  const rows = BANDS.map((b, i) => {
    const n = counts[i]!;
    const bar = '█'.repeat(n === 0 ? 0 : Math.max(1, Math.round((n / max) * barRoom)));
    const range = `${b.range[0]}-${b.range[1]}%`;
    return `  ${b.band}  ${pad(names[i]!, nameWidth)}  ${style.dim(pad(range, 6))}  ${String(n).padStart(countWidth)} ${style.heading(bar)}`;
  });
  return `${style.title('Bands used')}\n${rows.join('\n')}\n`;
}

/** The judgements grouped by brief, each with its line, term and band, section and sentence; then the chart. */
export function renderJudgmentsTerminal(entries: readonly JudgmentEntry[], counts: readonly number[], style: Style, width: number): string {
  const out: string[] = [];
  let current: string | null = null;
  for (const j of entries) {
    if (j.path !== current) {
      current = j.path;
      out.push(`${out.length > 0 ? '\n' : ''}${style.title(cleanLine(j.id))}  ${style.dim(cleanLine(j.title))}\n`);
    }
    const where = [j.section === null ? null : cleanLine(j.section), j.scenario === null ? null : `scenario ${cleanLine(j.scenario)}`]
      .filter((x) => x !== null).join(', ');
    const term = `${style.label(j.term)}${j.negated ? ' (negated)' : ''}`;
    out.push(`  ${style.dim(String(j.line).padStart(4))}  ${term}  ${style.dim(`band ${j.band}, ${j.range[0]}-${j.range[1]}%`)}${where ? `  ${style.dim(where)}` : ''}\n`);
    out.push(`${wrap(cleanLine(j.sentence), width, '        ')}\n`);
  }
  const briefs = new Set(entries.map((j) => j.path)).size;
  out.push(`\n${entries.length} judgement${entries.length === 1 ? '' : 's'} in ${briefs} brief${briefs === 1 ? '' : 's'}\n\n`);
  out.push(renderBandChart(counts, style, width));
  return out.join('');
}
