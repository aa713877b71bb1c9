/**
 * A brief cut into the parts a search names: its title, tags, question and summary, each
 * scenario (with its indicators), each recommendation and each section's own text, every part
 * with its file lines.
 * Pure: a parsed brief and its normalised source lines in.
 */
import type { Brief } from '../brief/model.js';
import { nextKeyLine } from '../brief/key-lines.js';
import { scenarioLines } from '../brief/scenario-lines.js';
import { decodeQuoted } from '../brief/yaml-quoted.js';
import { cleanText } from '../text/sanitize.js';
import type { Field } from './query.js';

export interface UnitLine {
  line: number;
  /** The line's text without Markdown or YAML syntax that is not words (link targets, tags, keys). */
  text: string;
}

export interface Unit {
  field: Field;
  /** The section heading the text is in (null in the frontmatter and before the first section). */
  section: string | null;
  /** The scenario label, for a scenario. */
  scenario: string | null;
  lines: UnitLine[];
}

const FENCE = /^\s{0,3}(?:`{3,}|~{3,})/;
const HEADING = /^\s{0,3}#{1,6}\s/;

const TASK_BOX = /^(\s*(?:[-*+]|\d{1,9}[.)])\s+)\[[ xX]\](?=\s|$)/;

/** Markdown that is not words: link targets, HTML tags, heading marks, a task's box (`[x]` is no word "x"). The rest the tokeniser skips. */
function plainLine(text: string): string {
  let out = text;
  // Most lines have none of these: test before rewriting.
  if (out.includes('[')) out = out.replace(TASK_BOX, '$1');
  if (out.includes('](')) out = out.replace(/\]\([^)]*\)/g, ']');
  if (out.includes('<')) out = out.replace(/<[^>]*>/g, ' ');
  if (out.includes('#')) out = out.replace(/^\s{0,3}#{1,6}\s+/, '');
  return out;
}

const SUMMARY_KEY = /^\s*summary\s*:\s*(?:[>|][-+]?)?/;

/**
 * The lines of the frontmatter's summary, without its key and YAML marks. A quoted value reads
 * as YAML reads it (`\"` is `"`, `''` is `'`), line by line up to its closing quote.
 */
function summaryLines(lines: readonly string[], from: number, to: number): UnitLine[] {
  const out: UnitLine[] = [];
  let quote: string | null = null;
  for (let line = from; line <= to; line += 1) {
    let text = lines[line - 1] ?? '';
    if (line === from) {
      text = text.replace(SUMMARY_KEY, '').trimStart();
      if (text.startsWith('"') || text.startsWith("'")) { quote = text[0]!; text = text.slice(1); }
    }
    const value = (quote === null ? text : decodeQuoted(quote + text, 0).text).trim();
    if (value !== '') out.push({ line, text: value });
  }
  return out;
}

export function briefUnits(brief: Brief, lines: readonly string[]): Unit[] {
  const fm = brief.frontmatter;
  const units: Unit[] = [];
  const front = (field: Field, unitLines: UnitLine[]): void => {
    if (unitLines.length > 0) units.push({ field, section: null, scenario: null, lines: unitLines.map((l) => ({ line: l.line, text: cleanText(l.text) })) });
  };
  const titleLine = fm.keyLines.title ?? brief.displayTitle?.line ?? fm.bodyLine;
  front('title', [{ line: titleLine, text: brief.title }]);
  front('tag', brief.tags.map((tag) => ({ line: fm.keyLines.tags ?? fm.keyLines.categories ?? fm.keyLines.category ?? 1, text: tag })));
  if (brief.keyQuestion !== null) front('question', [{ line: fm.keyLines.key_question ?? 1, text: brief.keyQuestion }]);
  const summaryLine = fm.keyLines.summary;
  if (summaryLine !== undefined) {
    const next = nextKeyLine(fm.keyLines, summaryLine) ?? fm.bodyLine - 1;
    front('summary', summaryLines(lines, summaryLine, next - 1));
  }
  // A scenario's indicators in the frontmatter are part of it (those in the body are read with its text).
  for (const s of brief.scenarios) {
    const indicators = s.indicatorStates.filter((i) => i.line < fm.bodyLine).map((i) => ({ line: i.line, text: i.text }));
    if (indicators.length > 0) units.push({ field: 'scenario', section: null, scenario: s.label, lines: indicators.map((l) => ({ line: l.line, text: cleanText(l.text) })) });
  }

  // Each body line belongs to one part: a scenario, a recommendation, or its section.
  const owner = new Map<number, { key: string; field: Field; scenario: string | null }>();
  for (const s of scenarioLines(brief)) {
    for (let l = s.from; l <= s.to; l += 1) owner.set(l, { key: `s:${s.label}`, field: 'scenario', scenario: s.label });
  }
  const recs = brief.recommendations;
  recs.forEach((r, i) => {
    const section = brief.sections.find((s) => r.line > s.line && r.line <= s.endLine);
    const next = recs[i + 1]?.line;
    const end = Math.min(section?.endLine ?? r.line, next !== undefined ? next - 1 : Infinity);
    for (let l = r.line; l <= end; l += 1) {
      if (l > r.line && (HEADING.test(lines[l - 1] ?? '') || (lines[l - 1] ?? '').trim() === '')) break;
      if (!owner.has(l)) owner.set(l, { key: `r:${i}`, field: 'recommendation', scenario: null });
    }
  });
  const byKey = new Map<string, Unit>();
  let sectionIndex = -1;
  let inFence = false;
  let inComment = false;
  for (let line = fm.bodyLine; line <= lines.length; line += 1) {
    const raw = lines[line - 1]!;
    while (sectionIndex + 1 < brief.sections.length && brief.sections[sectionIndex + 1]!.line <= line) sectionIndex += 1;
    if (!inComment && FENCE.test(raw)) { inFence = !inFence; continue; }
    // HTML comments are notes to the writer, not the brief's text; in a code block, `<!--` is text.
    let text = raw;
    if (inComment) { const end = text.indexOf('-->'); if (end === -1) continue; inComment = false; text = text.slice(end + 3); }
    if (!inFence && text.includes('<!--')) {
      text = text.replace(/<!--[\s\S]*?-->/g, ' ');
      const start = text.indexOf('<!--');
      if (start !== -1) { inComment = true; text = text.slice(0, start); }
    }
    if (text.trim() === '' || line === brief.displayTitle?.line) continue;
    const section = sectionIndex >= 0 ? brief.sections[sectionIndex]! : null;
    const own = owner.get(line);
    const field: Field = own?.field ?? (section?.kind === 'summary' ? 'summary' : 'section');
    const key = own?.key ?? `section:${sectionIndex}`;
    let unit = byKey.get(key);
    if (!unit) {
      unit = { field, section: section?.heading ?? null, scenario: own?.scenario ?? null, lines: [] };
      byKey.set(key, unit);
      units.push(unit);
    }
    // Escape sequences go before the Markdown: a search matches what a reader sees, never inside an escape.
    unit.lines.push({ line, text: inFence ? cleanText(text) : plainLine(cleanText(text)) });
  }
  return units;
}
