/** Helpers for rules that read the source: prose lines outside code and comments, words with columns. */
import { scenarioLines } from '../brief/scenario-lines.js';
import type { Brief } from '../brief/model.js';
import { blankAddresses } from './addresses.js';

export interface SourceLine { line: number; text: string }

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;

/** Where a line stands with respect to fenced code: it opens a block, is inside one or closes it, or is outside (null). */
export type FencePlace = 'opens' | 'inside' | 'closes' | null;

/**
 * Follows fenced code blocks line by line: call it with each line in order. As in CommonMark, a
 * block closes only with a fence of its own character at least as long as the one that opened it
 * (```` ``` ```` inside a ```` ```` ```` block is code).
 */
export function fenceTracker(): (line: string) => FencePlace {
  let fence: string | null = null;
  return (line) => {
    const m = FENCE.exec(line);
    if (fence !== null) {
      if (m && m[1]![0] === fence[0] && m[1]!.length >= fence.length) { fence = null; return 'closes'; }
      return 'inside';
    }
    if (m) { fence = m[1]!; return 'opens'; }
    return null;
  };
}

/**
 * The lines from..to (inclusive) that hold prose: not inside fenced code blocks or HTML
 * comments, not headings. Inline code spans are blanked (same length) so columns stay true, and
 * so are link and image addresses (src/lint/addresses.ts) unless `keepAddresses`: a reader
 * that shows the text, or looks for a placeholder (`[source](TODO)`), wants them.
 */
export function proseLines(lines: string[], from: number, to: number, keepAddresses = false): SourceLine[] {
  const out: SourceLine[] = [];
  const fence = fenceTracker();
  let comment = false;
  for (let line = from; line <= Math.min(to, lines.length); line += 1) {
    let text = lines[line - 1]!;
    if (fence(text) !== null) continue;
    if (comment) {
      const end = text.indexOf('-->');
      if (end === -1) continue;
      comment = false;
      text = ' '.repeat(end + 3) + text.slice(end + 3);
    }
    // Most lines have no comment, heading or code span: test before rewriting.
    if (text.includes('<!--')) {
      text = text.replace(/<!--[\s\S]*?-->/g, (m) => ' '.repeat(m.length));
      const start = text.indexOf('<!--');
      if (start !== -1) { comment = true; text = text.slice(0, start); }
    }
    if (text.includes('#') && /^\s{0,3}#{1,6}\s/.test(text)) continue;
    if (text.includes('`')) text = text.replace(/`[^`]*`/g, (m) => ' '.repeat(m.length));
    out.push({ line, text: keepAddresses ? text : blankAddresses(text) });
  }
  return out;
}

export interface Region { name: string; from: number; to: number }

/** Where the summary, the scenarios and the conclusion are written (for the estimative rules). */
export function analyticRegions(brief: Brief): Region[] {
  const regions: Region[] = [];
  const summaryLine = brief.frontmatter.keyLines.summary;
  if (summaryLine !== undefined) {
    const keys = Object.values(brief.frontmatter.keyLines).filter((l) => l > summaryLine);
    regions.push({ name: 'summary', from: summaryLine, to: (keys.length > 0 ? keys.reduce((a, b) => Math.min(a, b)) : brief.frontmatter.bodyLine - 1) - 1 });
  }
  for (const s of brief.sections) {
    // A joined heading ("Conclusions and Recommendations") holds judgements too.
    const kind = s.kinds.find((k) => k === 'summary' || k === 'scenarios' || k === 'conclusion');
    if (kind !== undefined) {
      regions.push({ name: kind, from: s.line + 1, to: s.endLine });
    }
  }
  // Scenarios the reader found elsewhere (a list of futures under "Outlook", bold lead-ins):
  // their own lines, as far as their source goes.
  for (const s of scenarioLines(brief)) {
    // A scenario that is a section of its own (`## Scenario 1: ...`) is already that section's region.
    if (regions.some((r) => s.from >= r.from - 1 && s.from <= r.to)) continue;
    regions.push({ name: 'scenarios', from: s.from, to: s.to });
  }
  return regions;
}

/** Every sentence of the prose lines, with the line and column where it starts. */
export function sentences(prose: SourceLine[]): Array<{ line: number; column: number; text: string }> {
  const out: Array<{ line: number; column: number; text: string }> = [];
  let current: { line: number; column: number; text: string } | null = null;
  for (const { line, text } of prose) {
    if (text.trim() === '') { if (current) out.push(current); current = null; continue; }
    const re = /[^.!?]+(?:[.!?]+|$)/g;
    for (const m of text.matchAll(re)) {
      const piece = m[0];
      if (piece.trim() === '') continue;
      if (!current) current = { line, column: m.index + piece.search(/\S/) + 1, text: '' };
      current.text += ` ${piece}`;
      if (/[.!?]$/.test(piece.trimEnd())) { out.push(current); current = null; }
    }
  }
  if (current) out.push(current);
  return out;
}
