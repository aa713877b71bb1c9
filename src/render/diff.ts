/**
 * `brief diff` for people: one line per changed judgement, words marked as git's word diff
 * marks them (`[-old-]{+new+}`) when there is no colour, coloured (removed red, added green)
 * when there is. Pure: the report in, a string out.
 */
import type { BriefDiff, RecommendationChange, ScenarioChange, TextChange } from '../diff/compare.js';
import { describeSteps, withBand } from '../diff/likelihood.js';
import { elide, type WordRun } from '../diff/words.js';
import { cleanLine } from '../text/sanitize.js';
import { displayWidth, wrap } from '../text/wrap.js';
import type { Style } from './style.js';

export interface DiffViewOptions {
  style: Style;
  /** Wrap width on a terminal; null when piped (never wrap). */
  width: number | null;
  /** How the two sides were named (`istanbul-talks@HEAD~1`). */
  oldRef: string;
  newRef: string;
  /** Scenarios whose likelihood moved without an explanation in the new version. */
  unexplained: readonly ScenarioChange[];
}

/** Word runs as one line: coloured when the style has colour, else with git's markers. */
export function renderRuns(runs: readonly WordRun[], style: Style): string {
  const out: string[] = [];
  let previous: WordRun['op'] | null = null;
  for (const run of runs) {
    const text = cleanLine(run.text);
    const before = previous;
    previous = run.op;
    if (run.op === 'same') { out.push(text); continue; }
    // Each word coloured on its own, so a line wrapped inside a run keeps its colour and no more.
    const marked = style.level > 0
      ? text.split(' ').map((w) => (run.op === 'removed' ? style.error(w) : style.done(w))).join(' ')
      : run.op === 'removed' ? `[-${text}-]` : `{+${text}+}`;
    // git writes a replacement as [-old-]{+new+}, with no space between the two.
    if (run.op === 'added' && before === 'removed' && style.level === 0) out[out.length - 1] += marked;
    else out.push(marked);
  }
  return out.join(' ');
}

/**
 * Indented; wrapped on a terminal when too wide, lines after the first hanging. The columns'
 * double spaces (`C  unlikely -> likely  (up two steps)`) are held as no-break spaces through
 * the wrap, which would fold them.
 */
function block(text: string, o: DiffViewOptions): string {
  if (o.width === null || displayWidth(text) + 2 <= o.width) return `  ${text}`;
  return wrap(text.replace(/ {2}/g, '\u00a0\u00a0'), o.width, '    ', '  ').replace(/\u00a0/g, ' ');
}

function textPart(heading: string, change: TextChange | null, o: DiffViewOptions): string | null {
  if (change === null) return null;
  const what = change.old === null || change.old.trim() === '' ? ' (added)' : change.new === null || change.new.trim() === '' ? ' (removed)' : '';
  return `${o.style.heading(heading)}${o.style.dim(what)}\n${block(renderRuns(elide(change.runs), o.style), o)}`;
}

function scenarioLines(s: ScenarioChange, o: DiffViewOptions, width: number): string[] {
  const label = o.style.label(s.label.padEnd(width));
  const title = cleanLine(s.title);
  const like = s.likelihood === null ? '' : ` ${o.style.dim(`(${cleanLine(s.likelihood)})`)}`;
  const indicatorLines = (): string[] => [
    ...s.indicators.added.map((i) => `${label}  indicator added: ${cleanLine(i)}`),
    ...s.indicators.removed.map((i) => `${label}  indicator removed: ${cleanLine(i)}`),
  ];
  if (s.change === 'added') return [`${label}  ${o.style.done('added:')} ${title}${like}`, ...indicatorLines()];
  if (s.change === 'removed') return [`${label}  ${o.style.error('removed:')} ${title}${like}`, ...indicatorLines()];
  const lines: string[] = [];
  // Old and new label side by side: the new label alone reads as the scenario that had it, which may be listed as removed.
  if (s.oldLabel !== null) lines.push(`${o.style.label(relabel(s).padEnd(width))}  relabelled: ${title}`);
  if (s.oldTitle !== null) lines.push(`${label}  retitled: ${cleanLine(s.oldTitle)} -> ${title}`);
  if (s.move !== null) {
    const m = s.move;
    const steps = describeSteps(m);
    const coloured = m.steps === null || m.steps === 0 ? steps : m.steps > 0 ? o.style.done(steps) : o.style.error(steps);
    const note = o.unexplained.includes(s) ? `  ${o.style.warn('not explained')}` : '';
    lines.push(`${label}  ${cleanLine(withBand(m.old, m.oldBand))} -> ${cleanLine(withBand(m.new, m.newBand))}  (${coloured})${note}`);
  }
  if (s.move === null && s.oldLikelihood === null && s.likelihood !== null) lines.push(`${label}  likelihood given: ${cleanLine(s.likelihood)}`);
  if (s.move === null && s.oldLikelihood !== null && s.likelihood === null) lines.push(`${label}  likelihood taken out: was ${cleanLine(s.oldLikelihood)}`);
  return [...lines, ...indicatorLines()];
}

const relabel = (s: ScenarioChange): string => `${cleanLine(s.oldLabel ?? '')} -> ${s.label}`;

const box = (done: boolean): string => (done ? '[x]' : '[ ]');

function recommendationLine(r: RecommendationChange, o: DiffViewOptions): string {
  const text = cleanLine(r.text);
  if (r.change === 'added') return `${o.style.done('added')}        ${box(r.done)} ${text}`;
  if (r.change === 'removed') return `${o.style.error('removed')}      ${box(r.done)} ${text}`;
  const what = r.wasDone === r.done ? 'reworded' : r.done ? 'checked off' : 'reopened';
  const body = r.runs === null ? text : renderRuns(elide(r.runs), o.style);
  return `${what.padEnd(12)} ${box(r.done)} ${body}${r.oldText !== null && what !== 'reworded' ? ' (reworded)' : ''}`;
}

/** The report; empty when no judgement changed. */
export function renderDiff(diff: BriefDiff, o: DiffViewOptions): string {
  const parts: string[] = [];
  const add = (part: string | null): void => { if (part !== null) parts.push(part); };
  add(textPart('Title', diff.title, o));
  add(textPart('Key question', diff.keyQuestion, o));
  add(textPart('Summary', diff.summary, o));
  if (diff.scenarios.length > 0) {
    const width = diff.scenarios.reduce((max, s) => Math.max(max, s.oldLabel === null ? s.label.length : relabel(s).length), 0);
    const lines = diff.scenarios.flatMap((s) => scenarioLines(s, o, width));
    parts.push([o.style.heading('Scenarios'), ...lines.map((l) => block(l, o))].join('\n'));
  }
  if (diff.recommendations.length > 0) {
    parts.push([o.style.heading('Recommendations'), ...diff.recommendations.map((r) => block(recommendationLine(r, o), o))].join('\n'));
  }
  add(textPart('Conclusion', diff.conclusion, o));
  if (parts.length === 0) return '';
  const head = o.style.title(`${cleanLine(o.oldRef)} -> ${cleanLine(o.newRef)}`);
  return `${[head, ...parts].join('\n\n')}\n`;
}
