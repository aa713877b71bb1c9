/**
 * Pairing the parts of two versions of a brief: which scenario of the new version is which of
 * the old, which recommendation was reworded rather than replaced. Pure.
 */
import type { Recommendation, Scenario } from '../brief/model.js';
import { letterPairs, normalise, pairSimilarity, type Pairs } from './words.js';

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
 * Past this many pairs of old and new items left unpaired, the most alike are not looked for:
 * each pair is a comparison, and their number grows with the product of the two counts. A brief
 * has far fewer; a file of thousands of recommendations is then paired by text and label only.
 */
export const MAX_PAIRS = 250_000;

/**
 * Pairs old and new items: first those with the same `key` whose texts are alike; then the most
 * alike of the rest, best pair first, down to SIMILAR (a scenario that moved to another label);
 * then the rest with the same key (a scenario retitled under its label). Each item's text is
 * normalised once, and items are found by key, not by reading every other item.
 */
function pair<T>(before: readonly T[], after: readonly T[], key: (x: T) => string, text: (x: T) => string): Pairing<T> {
  const partner = new Map<T, T>();
  const taken = new Set<T>();
  const join = (a: T, b: T): void => { partner.set(b, a); taken.add(a); };
  const normal = new Map<T, string>();
  const normalOf = (x: T): string => {
    let n = normal.get(x);
    if (n === undefined) { n = normalise(text(x)); normal.set(x, n); }
    return n;
  };
  const pairs = new Map<T, Pairs>();
  const pairsOf = (x: T): Pairs => {
    let p = pairs.get(x);
    if (p === undefined) { p = letterPairs(normalOf(x)); pairs.set(x, p); }
    return p;
  };
  const alike = (a: T, b: T): number => (normalOf(a) === normalOf(b) ? 1 : pairSimilarity(pairsOf(a), pairsOf(b)));
  // The old items of each key, in order; `first` skips those already taken.
  const byKey = new Map<string, { items: T[]; first: number }>();
  for (const a of before) {
    const k = key(a);
    const entry = byKey.get(k);
    if (entry) entry.items.push(a);
    else byKey.set(k, { items: [a], first: 0 });
  }
  const bySame = (needAlike: boolean): void => {
    for (const b of after) {
      if (partner.has(b)) continue;
      const entry = byKey.get(key(b));
      if (!entry) continue;
      while (entry.first < entry.items.length && taken.has(entry.items[entry.first]!)) entry.first += 1;
      for (let i = entry.first; i < entry.items.length; i += 1) {
        const a = entry.items[i]!;
        if (!taken.has(a) && (!needAlike || alike(a, b) >= SIMILAR)) { join(a, b); break; }
      }
    }
  };
  bySame(true);
  const restBefore = before.filter((x) => !taken.has(x));
  const restAfter = after.filter((x) => !partner.has(x));
  if (restBefore.length * restAfter.length <= MAX_PAIRS) {
    const candidates: Array<{ a: T; b: T; score: number }> = [];
    for (const a of restBefore) {
      for (const b of restAfter) {
        const score = alike(a, b);
        if (score >= SIMILAR) candidates.push({ a, b, score });
      }
    }
    candidates.sort((x, y) => y.score - x.score);
    for (const { a, b } of candidates) if (!taken.has(a) && !partner.has(b)) join(a, b);
  }
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
  return pair(before, after, (s) => s.label, (s) => s.title);
}

/** Recommendations are one when their text is the same (case and punctuation aside), else when alike: reworded. */
export function pairRecommendations(before: readonly Recommendation[], after: readonly Recommendation[]): Pairing<Recommendation> {
  return pair(before, after, (r) => normalise(r.text), (r) => r.text);
}

/** Items of `after` not in `before`, and of `before` not in `after`, by their text (case and punctuation aside). */
export function listChanges(before: readonly string[], after: readonly string[]): { added: string[]; removed: string[] } {
  const had = new Set(before.map(normalise));
  const has = new Set(after.map(normalise));
  return {
    added: after.filter((b) => !had.has(normalise(b))),
    removed: before.filter((a) => !has.has(normalise(a))),
  };
}
