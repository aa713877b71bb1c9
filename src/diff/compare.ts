/**
 * What changed in a brief's judgements between two versions: the report `brief diff` prints.
 * Judgements, not lines: the title, the key question, the bottom line and the conclusion as words; the
 * scenarios, their likelihood and indicators; the recommendations. Pure.
 */
import type { Brief, Recommendation, Scenario } from '../brief/model.js';
import { likelihoodMove, type LikelihoodMove } from './likelihood.js';
import { listChanges, pairRecommendations, pairScenarios } from './match.js';
import { wordDiff, words, type WordRun } from './words.js';

/** A text judgement that changed: both versions, and the word runs between them. */
export interface TextChange {
  old: string | null;
  new: string | null;
  runs: WordRun[];
}

export interface ScenarioChange {
  change: 'added' | 'removed' | 'changed';
  /** The new version's label (the old one's for a removed scenario). */
  label: string;
  /** The old label, when a scenario was matched by its title under another label. */
  oldLabel: string | null;
  title: string;
  /** The old title, when it changed. */
  oldTitle: string | null;
  /** The likelihood as written: the new version's (the old one's for a removed scenario). */
  likelihood: string | null;
  /** The old version's likelihood, for a changed scenario; null otherwise. */
  oldLikelihood: string | null;
  move: LikelihoodMove | null;
  indicators: { added: string[]; removed: string[] };
}

export interface RecommendationChange {
  change: 'added' | 'removed' | 'changed';
  /** The new text (the old for a removed one). */
  text: string;
  /** The old text, when it was reworded. */
  oldText: string | null;
  /** From the old text to the new, when it was reworded. */
  runs: WordRun[] | null;
  done: boolean;
  /** Done in the old version; null for an added one. */
  wasDone: boolean | null;
  group: string | null;
}

export interface BriefDiff {
  /** The title the brief goes by: a retitled brief is a different product to its readers. */
  title: TextChange | null;
  keyQuestion: TextChange | null;
  summary: TextChange | null;
  scenarios: ScenarioChange[];
  recommendations: RecommendationChange[];
  conclusion: TextChange | null;
}

/** A text judgement's change, or null when its words are the same (spacing aside). */
export function textChange(before: string | null, after: string | null): TextChange | null {
  const a = before ?? '';
  const b = after ?? '';
  if (words(a).join(' ') === words(b).join(' ')) return null;
  return { old: before, new: after, runs: wordDiff(a, b) };
}

/**
 * A brief with no title written (no `title:` or a blank one, no level-1 heading) goes by its file
 * name: two such files, `old.md` and `new.md`, were not retitled. Either side with a title
 * written is compared.
 */
function titleChange(before: Brief, after: Brief): TextChange | null {
  const named = (b: Brief): boolean => b.title === b.id;
  return named(before) && named(after) ? null : textChange(before.title, after.title);
}

function scenarioChange(a: Scenario, b: Scenario): ScenarioChange | null {
  const retitled = words(a.title).join(' ') !== words(b.title).join(' ');
  const move = likelihoodMove(a.likelihood, b.likelihood);
  const indicators = listChanges(a.indicators, b.indicators);
  const relabelled = a.label !== b.label;
  // A likelihood given or taken away is a change of judgement too, though not a move on the scale.
  const setOrUnset = (a.likelihood === null) !== (b.likelihood === null);
  if (!retitled && !relabelled && move === null && !setOrUnset && indicators.added.length === 0 && indicators.removed.length === 0) return null;
  return {
    change: 'changed', label: b.label, oldLabel: relabelled ? a.label : null, title: b.title, oldTitle: retitled ? a.title : null,
    likelihood: b.likelihood, oldLikelihood: a.likelihood, move, indicators,
  };
}

/** A scenario only one side has: its indicators come or go with it. */
const alone = (change: 'added' | 'removed', s: Scenario): ScenarioChange => ({
  change, label: s.label, oldLabel: null, title: s.title, oldTitle: null, likelihood: s.likelihood, oldLikelihood: null, move: null,
  indicators: change === 'added' ? { added: [...s.indicators], removed: [] } : { added: [], removed: [...s.indicators] },
});

function recommendationChange(a: Recommendation, b: Recommendation): RecommendationChange | null {
  const reworded = words(a.text).join(' ') !== words(b.text).join(' ');
  if (!reworded && a.done === b.done) return null;
  return { change: 'changed', text: b.text, oldText: reworded ? a.text : null, runs: reworded ? wordDiff(a.text, b.text) : null, done: b.done, wasDone: a.done, group: b.group };
}

/** The changes of judgement from `before` to `after`. */
export function diffBriefs(before: Brief, after: Brief): BriefDiff {
  const scenarios = pairScenarios(before.scenarios, after.scenarios);
  const addedScenarios = new Set(scenarios.added);
  const scenarioChanges: ScenarioChange[] = [];
  const oldScenario = new Map(scenarios.pairs.map(([a, b]) => [b, a]));
  // In the new version's order, removed ones last.
  for (const s of after.scenarios) {
    if (addedScenarios.has(s)) { scenarioChanges.push(alone('added', s)); continue; }
    const found = oldScenario.get(s);
    const change = found ? scenarioChange(found, s) : null;
    if (change) scenarioChanges.push(change);
  }
  for (const s of scenarios.removed) scenarioChanges.push(alone('removed', s));

  const recs = pairRecommendations(before.recommendations, after.recommendations);
  const addedRecs = new Set(recs.added);
  const recChanges: RecommendationChange[] = [];
  const oldRec = new Map(recs.pairs.map(([a, b]) => [b, a]));
  for (const r of after.recommendations) {
    if (addedRecs.has(r)) { recChanges.push({ change: 'added', text: r.text, oldText: null, runs: null, done: r.done, wasDone: null, group: r.group }); continue; }
    const found = oldRec.get(r);
    const change = found ? recommendationChange(found, r) : null;
    if (change) recChanges.push(change);
  }
  for (const r of recs.removed) recChanges.push({ change: 'removed', text: r.text, oldText: null, runs: null, done: r.done, wasDone: r.done, group: r.group });

  return {
    title: titleChange(before, after),
    keyQuestion: textChange(before.keyQuestion, after.keyQuestion),
    summary: textChange(before.summary, after.summary),
    scenarios: scenarioChanges,
    recommendations: recChanges,
    conclusion: textChange(before.conclusion, after.conclusion),
  };
}

/** True when neither the title nor any judgement changed (exit 0, as diff(1) exits when files are the same). */
export function isSame(diff: BriefDiff): boolean {
  return diff.title === null && diff.keyQuestion === null && diff.summary === null && diff.conclusion === null && diff.scenarios.length === 0 && diff.recommendations.length === 0;
}
