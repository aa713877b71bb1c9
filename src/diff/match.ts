/**
 * Pairing the parts of two versions of a brief: which scenario of the new version is which of
 * the old, which recommendation was reworded rather than replaced. Pure.
 */
import type { Recommendation, Scenario } from '../brief/model.js';
import { sameText, similarity } from './words.js';

/** How alike two titles or two recommendations must be to count as one reworded. */
export const SIMILAR = 0.55;

export interface Pairing<T> {
  /** Old and new item of each pair, in the new version's order. */
  pairs: Array<[T, T]>;
  /** Old items with no new one. */
  removed: T[];
  /** New items with no old one. */
  added: T[];
}

/**
 * Pairs old and new items: first those `same` says are one and whose texts are alike; then the
 * most alike of the rest, best pair first, down to SIMILAR (a scenario that moved to another
 * label); then the rest that `same` pairs (a scenario retitled under its label).
 */
function pair<T>(before: readonly T[], after: readonly T[], same: (a: T, b: T) => boolean, text: (x: T) => string): Pairing<T> {
  const partner = new Map<T, T>();
  const taken = new Set<T>();
  const join = (a: T, b: T): void => { partner.set(b, a); taken.add(a); };
  const bySame = (alike: boolean): void => {
    for (const b of after) {
      if (partner.has(b)) continue;
      const a = before.find((x) => !taken.has(x) && same(x, b) && (!alike || similarity(text(x), text(b)) >= SIMILAR));
      if (a !== undefined) join(a, b);
    }
  };
  bySame(true);
  const candidates: Array<{ a: T; b: T; score: number }> = [];
  for (const a of before.filter((x) => !taken.has(x))) {
    for (const b of after.filter((x) => !partner.has(x))) {
      const score = similarity(text(a), text(b));
      if (score >= SIMILAR) candidates.push({ a, b, score });
    }
  }
  candidates.sort((x, y) => y.score - x.score);
  for (const { a, b } of candidates) if (!taken.has(a) && !partner.has(b)) join(a, b);
  bySame(false);
  return {
    pairs: after.flatMap((b) => (partner.has(b) ? [[partner.get(b)!, b] as [T, T]] : [])),
    removed: before.filter((a) => !taken.has(a)),
    added: after.filter((b) => !partner.has(b)),
  };
}

/**
 * Scenarios are one when their labels and titles are; else when their titles are alike (one
 * relabelled); else when their labels are (one retitled).
 */
export function pairScenarios(before: readonly Scenario[], after: readonly Scenario[]): Pairing<Scenario> {
  return pair(before, after, (a, b) => a.label === b.label, (s) => s.title);
}

/** Recommendations are one when their text is the same (case and punctuation aside), else when alike: reworded. */
export function pairRecommendations(before: readonly Recommendation[], after: readonly Recommendation[]): Pairing<Recommendation> {
  return pair(before, after, (a, b) => sameText(a.text, b.text), (r) => r.text);
}

/** Items of `after` not in `before`, and of `before` not in `after`, by their text (case and punctuation aside). */
export function listChanges(before: readonly string[], after: readonly string[]): { added: string[]; removed: string[] } {
  return {
    added: after.filter((b) => !before.some((a) => sameText(a, b))),
    removed: before.filter((a) => !after.some((b) => sameText(a, b))),
  };
}
