/**
 * Whether a revision explains its changes of likelihood (ICD 203: "explains change to or
 * consistency of analytic judgments"). An explanation is a `changes:` entry or a line of a
 * "What changed" section that names the scenario and is new in this version: a note carried
 * over from an earlier revision explained that revision, not this one. Pure.
 */
import type { Brief } from '../brief/model.js';
import { scenarioKey } from '../brief/parse.js';
import type { BriefDiff, ScenarioChange } from './compare.js';
import { describeSteps, withBand } from './likelihood.js';
import { sameText } from './words.js';

interface Explanation {
  /** The label a structured entry names, or null for free text. */
  scenario: string | null;
  text: string;
}

/** The brief's explanations: its `changes:` entries, and each line of its "What changed" sections. */
export function explanationsOf(brief: Brief): Explanation[] {
  const notes = brief.changes.map((c) => ({ scenario: c.scenario, text: c.note }));
  const lines = brief.sections.filter((s) => s.kinds.includes('changes'))
    .flatMap((s) => s.text.split('\n').map((l) => l.trim()).filter((l) => l !== ''))
    .map((text) => ({ scenario: null, text }));
  return [...notes, ...lines];
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether free text names a scenario: "scenario C", "(C)", "C:" at its start, or its title. */
function namesScenario(text: string, label: string, titles: string[]): boolean {
  const l = escape(label);
  const byLabel = new RegExp(`(?:\\bsc[eé]nario\\s+${l}(?![\\p{L}\\p{N}])|\\(${l}\\)|^${l}\\s*[:.)\\-–—])`, 'iu');
  if (byLabel.test(text)) return true;
  const lower = text.toLowerCase();
  return titles.some((t) => t.trim().length >= 4 && lower.includes(t.trim().toLowerCase()));
}

/**
 * The likelihood changes of `diff` that `after` does not explain. Labels and titles of both
 * versions count as naming the scenario (an entry may name it as it was, or as it is now).
 */
export function unexplainedMoves(diff: BriefDiff, before: Brief, after: Brief): ScenarioChange[] {
  const old = explanationsOf(before);
  const fresh = explanationsOf(after).filter((e) => !old.some((o) => o.scenario === e.scenario && sameText(o.text, e.text)));
  return diff.scenarios.filter((s) => {
    if (s.move === null) return false;
    const labels = [s.label, ...(s.oldLabel ? [s.oldLabel] : [])];
    const titles = [s.title, ...(s.oldTitle ? [s.oldTitle] : [])];
    return !fresh.some((e) => (e.scenario !== null ? labels.includes(e.scenario) : labels.some((l) => namesScenario(e.text, l, titles))));
  });
}

/** Where a scenario's likelihood is written in `brief`: its frontmatter line, else the scenario's heading. */
export function likelihoodLine(brief: Brief, label: string): number {
  const entry = brief.frontmatter.scenarioEntries.find((e) => scenarioKey(e.key) === label);
  return entry?.likelihoodLine ?? brief.scenarios.find((s) => s.label === label)?.line ?? 1;
}

/** What is wrong and what to do, for a move without an explanation (plain text: clean it for a terminal). */
export function unexplainedMessage(s: ScenarioChange): string {
  const m = s.move!;
  return `scenario ${s.label}: likelihood ${withBand(m.old, m.oldBand)} -> ${withBand(m.new, m.newBand)} (${describeSteps(m)}) is not explained; `
    + `add a "changes:" entry naming ${s.label}, or a line naming scenario ${s.label} under "## What changed"`;
}
