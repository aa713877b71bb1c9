/** Choosing and ordering judgements (`--term`, `--band`, `--sort band`), and counting them per band. Pure. */
import { ESTIMATIVE_TERMS, findTerm } from '../brief/estimative.js';
import type { Judgment } from './find.js';

/** The seven bands of ICD 203, each with its two terms and its range in percent. */
export const BANDS: ReadonlyArray<{ band: number; terms: [string, string]; range: [number, number] }> =
  [1, 2, 3, 4, 5, 6, 7].map((band) => {
    const [one, two] = ESTIMATIVE_TERMS.filter((t) => t.band === band);
    return { band, terms: [one!.term, two!.term], range: [one!.min, one!.max] };
  });

/** Every term and form a user may give to --term or --band. */
export const TERM_NAMES: readonly string[] = [...new Set(ESTIMATIVE_TERMS.flatMap((t) => t.forms))];

/** The term `--term` names (any form: `probably` is `probable`), or null. */
export function termNamed(value: string): string | null {
  return findTerm(value)?.term ?? null;
}

/** What `--band` takes for the hedges, which are on no band: `hedge` (as the piped output's `-`). */
export const HEDGE_BAND = 0;

/**
 * The band `--band` names: its number (1-7), a term of either row (`likely` and `probable` are
 * band 5), or the hedges (`hedge`, `hedges` or `-`: HEDGE_BAND); or null.
 */
export function bandNamed(value: string): number | null {
  const n = /^\s*([1-7])\s*$/.exec(value);
  if (n) return Number(n[1]);
  if (/^\s*(?:hedges?|-)\s*$/i.test(value)) return HEDGE_BAND;
  return findTerm(value)?.band ?? null;
}

export interface JudgmentFilter {
  /** Any of these terms (as ICD 203 names them). */
  terms?: string[];
  /** Any of these bands (HEDGE_BAND for the hedges). */
  bands?: number[];
}

export function filterJudgments<T extends Judgment>(judgments: readonly T[], filter: JudgmentFilter): T[] {
  return judgments.filter((j) =>
    (filter.terms === undefined || filter.terms.length === 0 || filter.terms.includes(j.term)) &&
    (filter.bands === undefined || filter.bands.length === 0 || filter.bands.includes(j.band ?? HEDGE_BAND)));
}

/** By band, lowest first, hedges (no band) last; within a band in the order given (brief, then line). */
export function sortByBand<T extends Judgment>(judgments: readonly T[]): T[] {
  return judgments.map((j, i) => ({ j, i })).sort((a, b) => (a.j.band ?? 8) - (b.j.band ?? 8) || a.i - b.i).map(({ j }) => j);
}

/** How many judgements fall in each band, bands 1-7 in order, then the hedges (no band). */
export function countBands(judgments: readonly Judgment[]): number[] {
  const counts = [0, 0, 0, 0, 0, 0, 0, 0];
  for (const j of judgments) counts[(j.band ?? 8) - 1]! += 1;
  return counts;
}
