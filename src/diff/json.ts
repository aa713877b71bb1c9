/**
 * `brief diff --json`: the report as data (its schema: diff/schema.ts). Values stay exact, as
 * in every JSON output; JSON escaping makes them safe.
 */
import type { Brief } from '../brief/model.js';
import type { BriefDiff, ScenarioChange, TextChange } from './compare.js';
import { bandOf, describeSteps } from './likelihood.js';

export const DIFF_SCHEMA_VERSION = 1;

/** One side of the comparison: which brief, and from where (a file, or a git revision). */
export interface DiffSide {
  brief: Brief;
  /** As given on the command line (`istanbul-talks@HEAD~1`). */
  ref: string;
  /** The git revision as given, or null for a file on disk. */
  rev: string | null;
  /** The commit it resolved to, or null. */
  commit: string | null;
}

/**
 * The fields of the report, for `--json a,b`: diffJSON lists its keys, whatever the values, so an
 * empty comparison gives them all.
 */
export function diffFields(): string[] {
  const side: DiffSide = { brief: {} as Brief, ref: '', rev: null, commit: null };
  const none = { title: null, keyQuestion: null, summary: null, conclusion: null, scenarios: [], recommendations: [] } as unknown as BriefDiff;
  return Object.keys(diffJSON(none, side, side, [], true));
}

function sideJSON(side: DiffSide) {
  const b = side.brief;
  return { ref: side.ref, id: b.id, path: b.path, rev: side.rev, commit: side.commit, title: b.title, date: b.date };
}

function textJSON(change: TextChange | null) {
  return change === null ? null : { old: change.old, new: change.new, words: change.runs.map((r) => ({ op: r.op, text: r.text })) };
}

function likelihoodJSON(s: ScenarioChange, unexplained: ReadonlySet<ScenarioChange>) {
  const m = s.move;
  if (m !== null) {
    return {
      old: m.old, new: m.new, oldBand: m.oldBand?.term ?? null, newBand: m.newBand?.term ?? null, steps: m.steps,
      direction: m.steps === null ? null : m.steps > 0 ? 'up' : m.steps < 0 ? 'down' : 'same',
      description: describeSteps(m),
      explained: !unexplained.has(s),
    };
  }
  const [old, now] = s.change === 'added' ? [null, s.likelihood] : s.change === 'removed' ? [s.likelihood, null] : [s.oldLikelihood, s.likelihood];
  // Unchanged, never given, or only written another way in its band (no move): nothing to say.
  if (old === now || (old !== null && now !== null)) return null;
  const band = (v: string | null) => (v === null ? null : bandOf(v)?.term ?? null);
  return { old, new: now, oldBand: band(old), newBand: band(now), steps: null, direction: null, description: null, explained: null };
}

function scenarioJSON(s: ScenarioChange, unexplained: ReadonlySet<ScenarioChange>) {
  return {
    change: s.change, label: s.label, oldLabel: s.oldLabel, title: s.title, oldTitle: s.oldTitle,
    likelihood: likelihoodJSON(s, unexplained),
    indicators: s.indicators,
  };
}

export function diffJSON(diff: BriefDiff, before: DiffSide, after: DiffSide, unexplained: readonly ScenarioChange[], same: boolean) {
  const missing = new Set(unexplained);
  return {
    schemaVersion: DIFF_SCHEMA_VERSION,
    old: sideJSON(before),
    new: sideJSON(after),
    same,
    title: textJSON(diff.title),
    keyQuestion: textJSON(diff.keyQuestion),
    summary: textJSON(diff.summary),
    scenarios: diff.scenarios.map((s) => scenarioJSON(s, missing)),
    recommendations: diff.recommendations.map((r) => ({
      change: r.change, text: r.text, oldText: r.oldText, done: r.done, wasDone: r.wasDone, group: r.group,
      reworded: r.oldText !== null, checkedOff: r.wasDone === false && r.done && r.change === 'changed', reopened: r.wasDone === true && !r.done && r.change === 'changed',
    })),
    conclusion: textJSON(diff.conclusion),
    unexplained: unexplained.map((s) => s.label),
  };
}
