/**
 * The `changes:` frontmatter: a revision's own account of why its judgements moved, one entry
 * per change, as text or as `{ date, scenario, note }`. Pure; what does not fit is a problem at
 * its line, and the entry is kept wherever its note can be read.
 */
import type { ChangeNote, Problem } from './model.js';
import type { RawFrontmatter } from './frontmatter.js';
import { scalarText } from './metadata.js';
import { parsePeriod } from './period.js';

const FIELDS = ['date', 'scenario', 'note'];

export function readChanges(fm: RawFrontmatter, readLabel: (key: string) => string, problems: Problem[]): ChangeNote[] {
  if (!Object.prototype.hasOwnProperty.call(fm.data, 'changes')) return [];
  const value = fm.data.changes;
  const keyLine = fm.keyLines.changes ?? fm.startLine ?? 1;
  const report = (code: Problem['code'], line: number | null, message: string): void => {
    problems.push({ code, line: line ?? keyLine, column: 1, message });
  };
  if (value === null || value === undefined) return [];
  if (typeof value === 'string') return value.trim() === '' ? [] : [{ date: null, scenario: null, note: value.trim(), line: keyLine }];
  if (!Array.isArray(value)) {
    report('wrong-type', keyLine, '"changes" should be a list: "- text", or "- { date: YYYY-MM-DD, scenario: C, note: ... }"');
    return [];
  }
  const notes: ChangeNote[] = [];
  value.forEach((item, i) => {
    const at = ['changes', i];
    const line = fm.lineOf(at) ?? keyLine;
    if (typeof item === 'string' || typeof item === 'number') {
      const note = scalarText(item, at, fm.asWritten).trim();
      if (note !== '') notes.push({ date: null, scenario: null, note, line });
      return;
    }
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      report('wrong-type', line, `change ${i + 1} should be text or { date, scenario, note }`);
      return;
    }
    const entry = item as Record<string, unknown>;
    const field = (name: string): string | null => {
      const v = Object.prototype.hasOwnProperty.call(entry, name) ? entry[name] : undefined;
      if (v === undefined || v === null) return null;
      if (typeof v === 'string' || typeof v === 'number') return scalarText(v, [...at, name], fm.asWritten).trim();
      report('wrong-type', fm.lineOf([...at, name]) ?? line, `"${name}" of change ${i + 1} should be text`);
      return null;
    };
    for (const key of Object.keys(entry)) {
      if (!FIELDS.includes(key)) report('unknown-key', line, `unknown key "${key}" in change ${i + 1}; a change has ${FIELDS.join(', ')}`);
    }
    const date = field('date');
    if (date !== null && parsePeriod(date) === null) report('invalid-value', line, `"date: ${date}" of change ${i + 1} is not a calendar date; write it as YYYY-MM-DD`);
    const scenario = field('scenario');
    const note = field('note');
    if (note === null || note === '') {
      report('wrong-type', line, `change ${i + 1} has no "note"; say what changed and why`);
      return;
    }
    notes.push({ date: date === null ? null : parsePeriod(date) ?? date, scenario: scenario === null || scenario === '' ? null : readLabel(scenario), note, line });
  });
  return notes;
}
