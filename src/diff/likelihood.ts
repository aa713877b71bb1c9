/**
 * A likelihood's place on the ICD 203 scale, and how far it moved: `unlikely -> likely` is up
 * two steps. Terms and ranges come from brief/estimative.ts; a number (`15%`, `0.35`) is put in
 * the band that holds it. Pure.
 */
import { ESTIMATIVE_TERMS, findTerm, likelihoodBand, likelihoodRange, splitTermAndNumber } from '../brief/estimative.js';

/** The seven bands, lowest first, as ICD 203's rows name them. */
const ROW1 = ESTIMATIVE_TERMS.filter((t) => t.row === 1);
const ROW2 = ESTIMATIVE_TERMS.filter((t) => t.row === 2);

export interface Band {
  /** 0 (almost no chance) to 6 (almost certain). */
  index: number;
  /** The band's term, in the row the value was written in (row 1 for a number). */
  term: string;
}

/**
 * The band of a likelihood, or null when it is neither a term nor a probability: the band
 * `summary`, `scenario` and the HTML export draw it in (likelihoodBand), so a number on the edge
 * of two bands (5%, 20%, ...) takes the one further from even odds in every command; a term with
 * a number in brackets (`likely (60%)`) is placed by its number, the finer judgement.
 */
export function bandOf(value: string): Band | null {
  const index = likelihoodBand(value);
  if (index === null || index < 0) return null;
  const written = findTerm(splitTermAndNumber(value)?.term ?? value);
  return { index, term: (written?.row === 2 ? ROW2 : ROW1)[index]!.term };
}

export interface LikelihoodMove {
  old: string;
  new: string;
  oldBand: Band | null;
  newBand: Band | null;
  /** Bands moved: positive up, negative down, 0 within one band; null when either is off the scale. */
  steps: number | null;
}

/** Whether range `inner` lies within range `outer`. */
const within = (inner: [number, number], outer: [number, number]): boolean => inner[0] >= outer[0] && inner[1] <= outer[1];

/**
 * How a scenario's likelihood moved between two versions, or null when it did not: the same
 * probability written another way (`likely`, `Likely`, `probable`) is no change of judgement,
 * nor is a number given for a term, or a term for a number, in the same band (`likely` ->
 * `likely (60%)`, `0.5` -> `roughly even chance`): only the precision changed. Two numbers in
 * one band (`60%` -> `70%`) are a move within it. A likelihood added or taken away is not a
 * move either (there is nothing to move from or to).
 */
export function likelihoodMove(before: string | null, after: string | null): LikelihoodMove | null {
  if (before === null || after === null) return null;
  const a = likelihoodRange(before);
  const b = likelihoodRange(after);
  if (a && b ? a[0] === b[0] && a[1] === b[1] : before.trim().toLowerCase() === after.trim().toLowerCase()) return null;
  const oldBand = bandOf(before);
  const newBand = bandOf(after);
  if (a && b && (within(a, b) || within(b, a)) && oldBand !== null && oldBand.index === newBand?.index) return null;
  return { old: before, new: after, oldBand, newBand, steps: oldBand && newBand ? newBand.index - oldBand.index : null };
}

const COUNTS = ['no', 'one', 'two', 'three', 'four', 'five', 'six'];

/** `up two steps`, `down one step`, `up within likely` (60% -> 70%), `not on the ICD 203 scale`. */
export function describeSteps(move: LikelihoodMove): string {
  if (move.steps === null) return 'not on the ICD 203 scale';
  if (move.steps === 0) return `${withinDirection(move)} ${move.newBand!.term}`;
  const n = Math.abs(move.steps);
  return `${move.steps > 0 ? 'up' : 'down'} ${COUNTS[n]} step${n === 1 ? '' : 's'}`;
}

/** A likelihood as written, with its band when it is a number (`15% (very unlikely)`). */
export function withBand(value: string, band: Band | null): string {
  const named = findTerm(value) !== null || findTerm(splitTermAndNumber(value)?.term ?? '') !== null;
  return band === null || named ? value : `${value} (${band.term})`;
}

/**
 * Which way a move inside one band went, by the middle of each range (`60%` -> `70%` is up), so
 * that it reads as the move `--check` asks to be explained, not as no move.
 */
function withinDirection(move: LikelihoodMove): string {
  const a = likelihoodRange(move.old);
  const b = likelihoodRange(move.new);
  const middle = (r: [number, number]): number => (r[0] + r[1]) / 2;
  if (a === null || b === null || middle(a) === middle(b)) return 'within';
  return middle(b) > middle(a) ? 'up within' : 'down within';
}
