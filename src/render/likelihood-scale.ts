/**
 * A likelihood drawn on the ICD 203 scale for a terminal: seven rising bands, the one it falls in
 * marked (`▁▂▃▄█▆▇ likely · 55-80%`), so scenarios read at a glance against each other. The
 * mark is a full block, not only a colour, so it shows without colour too.
 */
import { bandTerm, findTerm, likelihoodBand, splitTermAndNumber } from '../brief/estimative.js';
import { cleanLine } from '../text/sanitize.js';
import type { Style } from './style.js';

/** The seven bands, almost no chance to almost certain. */
export const SCALE_TRACK = ['▁', '▂', '▃', '▄', '▅', '▆', '▇'] as const;
export const SCALE_MARK = '█';

/** The track with band `band` (0-6) marked. */
export function drawScale(band: number, style: Style): string {
  const run = (cells: readonly string[]): string => (cells.length === 0 ? '' : style.dim(cells.join('')));
  return run(SCALE_TRACK.slice(0, band)) + style.title(SCALE_MARK) + run(SCALE_TRACK.slice(band + 1));
}

/**
 * A likelihood with its place on the scale and its words: a term with its range
 * (`likely · 55-80%`), a number with the band it falls in (`15% · very unlikely`), a term that
 * already has its number as written (`likely (60%)`). A value on no band is shown as written,
 * without a scale. The words are styled as the view's values are.
 */
export function likelihoodOnScale(value: string, style: Style): string {
  const text = cleanLine(value);
  const band = likelihoodBand(value);
  if (band === null) return style.title(text);
  const term = findTerm(value);
  const pair = term === null ? splitTermAndNumber(value) : null;
  const words = term !== null ? `${text} · ${term.min}-${term.max}%`
    : pair !== null && findTerm(pair.term) !== null ? text : `${text} · ${bandTerm(band).term}`;
  return `${drawScale(band, style)} ${style.title(words)}`;
}
