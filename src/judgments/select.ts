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

/** The band `--band` names: its number (1-7), or a term of either row (`likely` and `probable` are band 5); or null. */
export function bandNamed(value: string): number | null {
  const n = /^\s*([1-7])\s*$/.exec(value);
  return n ? Number(n[1]) : (findTerm(value)?.band ?? null);
}

export interface JudgmentFilter {
  /** Any of these terms (as ICD 203 names them). */
  terms?: string[];
  /** Any of these bands. */
  bands?: number[];
}

export function filterJudgments<T extends Judgment>(judgments: readonly T[], filter: JudgmentFilter): T[] {
  return judgments.filter((j) =>
    (filter.terms === undefined || filter.terms.length === 0 || filter.terms.includes(j.term)) &&
    (filter.bands === undefined || filter.bands.length === 0 || filter.bands.includes(j.band)));
}

/** By band, lowest first; within a band in the order given (brief, then line). */
export function sortByBand<T extends Judgment>(judgments: readonly T[]): T[] {
  return judgments.map((j, i) => ({ j, i })).sort((a, b) => a.j.band - b.j.band || a.i - b.i).map(({ j }) => j);
}

/** How many judgements fall in each band, bands 1-7 in order. */
export function countBands(judgments: readonly Judgment[]): number[] {
  const counts = [0, 0, 0, 0, 0, 0, 0];
  for (const j of judgments) counts[j.band - 1]! += 1;
  return counts;
}
