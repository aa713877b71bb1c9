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
import { normalise } from './words.js';

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
function scenarioNamer(labels: readonly string[], titles: readonly string[]): (text: string) => boolean {
  // Made once per scenario, not once per line of a long "What changed" section.
  const byLabel = labels.map((label) => {
    const l = escape(label);
    return new RegExp(`(?:\\bsc[eé]nario\\s+${l}(?![\\p{L}\\p{N}])|\\(${l}\\)|^${l}\\s*[:.)\\-–—])`, 'iu');
  });
  const named = titles.map((t) => t.trim().toLowerCase()).filter((t) => t.length >= 4);
  return (text) => {
    if (byLabel.some((re) => re.test(text))) return true;
    const lower = text.toLowerCase();
    return named.some((t) => lower.includes(t));
  };
}

/**
 * The likelihood changes of `diff` that `after` does not explain. Labels and titles of both
 * versions count as naming the scenario (an entry may name it as it was, or as it is now).
 */
export function unexplainedMoves(diff: BriefDiff, before: Brief, after: Brief): ScenarioChange[] {
  // A key per explanation, so a long history is not compared entry by entry.
  const keyOf = (e: Explanation): string => `${e.scenario ?? ''}\n${normalise(e.text)}`;
  const old = new Set(explanationsOf(before).map(keyOf));
  const fresh = explanationsOf(after).filter((e) => !old.has(keyOf(e)));
  return diff.scenarios.filter((s) => {
    if (s.move === null) return false;
    const labels = [s.label, ...(s.oldLabel ? [s.oldLabel] : [])];
    const titles = [s.title, ...(s.oldTitle ? [s.oldTitle] : [])];
    const names = scenarioNamer(labels, titles);
    return !fresh.some((e) => (e.scenario !== null ? labels.includes(e.scenario) : names(e.text)));
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
