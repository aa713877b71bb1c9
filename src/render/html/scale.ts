/**
 * A likelihood drawn on the ICD 203 scale: seven bands of equal width, from "almost no chance"
 * to "almost certain", as inline SVG. A term fills its band; a probability is a marker placed
 * within its band. Colours come from the page's stylesheet (classes), so dark mode and print
 * apply to the chart too.
 */
import { ESTIMATIVE_TERMS, findTerm, splitTermAndNumber } from '../../brief/estimative.js';
import { escapeHtml } from './escape.js';

const BAND = 50;
const WIDTH = BAND * 7;
const BAR_Y = 4;
const BAR_H = 26;

/** The bands of one row of terms (1 or 2), in order. */
function bands(row: 1 | 2): Array<{ term: string; min: number; max: number }> {
  return ESTIMATIVE_TERMS.filter((t) => t.row === row);
}

/** The row a likelihood is written in: the second row's terms (probable, remote...) use it, else the first. */
function rowOf(likelihood: string | null): 1 | 2 {
  if (likelihood === null) return 1;
  const term = findTerm(likelihood) ?? findTerm(splitTermAndNumber(likelihood)?.term ?? '');
  return term?.row ?? 1;
}

/** x of a probability (percent) on the scale: linear within its band, bands of equal width. */
function xOf(percent: number, row: 1 | 2): number {
  const list = bands(row);
  const p = Math.min(100, Math.max(0, percent));
  const i = list.findIndex((b) => p <= b.max);
  if (i === -1) return WIDTH;
  const band = list[i]!;
  const from = i === 0 ? 0 : band.min;
  const to = i === list.length - 1 ? 100 : band.max;
  return i * BAND + ((p - from) / (to - from)) * BAND;
}

/**
 * The chart for one scenario. `range` is Scenario.likelihoodRange ([low, high] as fractions, or
 * null): a range that is a term's band fills that band; a point is a marker; null draws the
 * empty scale. Text inside comes from estimative.ts, never from the brief, except `likelihood`,
 * which is escaped into the title.
 */
export function likelihoodScale(likelihood: string | null, range: [number, number] | null): string {
  const row = rowOf(likelihood);
  const list = bands(row);
  // In percent, rounded: 0.55 * 100 is not 55 in floating point.
  const [low, high] = range === null ? [null, null] : [Math.round(range[0] * 10000) / 100, Math.round(range[1] * 10000) / 100];
  const isBand = (b: { min: number; max: number }): boolean => low !== null && high !== null && low !== high && low === b.min && high === b.max;
  const rects = list.map((b, i) => {
    const on = isBand(b) ? ' on' : '';
    return `<g class="band${on}"><title>${escapeHtml(`${b.term}: ${b.min}–${b.max}%`)}</title>`
      + `<rect x="${i * BAND + 1}" y="${BAR_Y}" width="${BAND - 2}" height="${BAR_H}" rx="3"/>`
      + `<text x="${i * BAND + BAND / 2}" y="${BAR_Y + BAR_H / 2 + 4}" text-anchor="middle">${b.min}–${b.max}</text></g>`;
  }).join('');
  const point = low !== null && high !== null && low === high
    ? `<path class="marker" d="M${xOf(low, row).toFixed(1)} ${BAR_Y + BAR_H + 1} l-6 9 h12 z"/>`
    : low !== null && high !== null && !list.some(isBand)
      // A range that is not one band (a term's range given in another row's terms): a bracket under it.
      ? `<rect class="marker" x="${xOf(low, row).toFixed(1)}" y="${BAR_Y + BAR_H + 3}" width="${Math.max(2, xOf(high, row) - xOf(low, row)).toFixed(1)}" height="4"/>`
      : '';
  const ends = `<text class="end" x="0" y="${BAR_Y + BAR_H + 20}">${escapeHtml(list[0]!.term)}</text>`
    + `<text class="end" x="${WIDTH}" y="${BAR_Y + BAR_H + 20}" text-anchor="end">${escapeHtml(list.at(-1)!.term)}</text>`;
  const label = likelihood === null
    ? 'Likelihood not stated'
    : `Likelihood: ${likelihood}${low !== null && high !== null ? ` (${low === high ? `${Math.round(low * 10) / 10}%` : `${low}–${high}%`})` : ''}`;
  return `<svg class="scale" viewBox="0 0 ${WIDTH} ${BAR_Y + BAR_H + 24}" role="img" aria-label="${escapeHtml(label)}" xmlns="http://www.w3.org/2000/svg">`
    + `<title>${escapeHtml(label)}</title>${rects}${point}${ends}</svg>`;
}
