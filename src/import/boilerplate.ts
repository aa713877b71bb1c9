/**
 * Finds the lines a web page adds around an article (comment forms, share bars, footers,
 * cookie banners): every pattern lint's web-boilerplate rule knows, plus the fields of a comment
 * form, which only follow such a line. As in the rule, a weak line ("Share", "Related") counts
 * only in a run with a strong one; blank lines do not end a run.
 */
import { boilerplateOf } from '../brief/web-boilerplate.js';

interface Found { name: string; weak: boolean }

/** A comment form's fields and button, as a browser copies them (WordPress's, mostly). */
const COMMENT_FORM: ReadonlyArray<[RegExp, boolean]> = [
  [/^Save my name, email, and website in this browser for the next time I comment\.?$/i, false],
  [/^(?:Post Comment|Submit Comment|Cancel reply|Δ)$/i, false],
  [/^(?:Name|Email|E-mail|Website|Comment)\s*\*?$/i, true],
];

function lineKind(line: string): Found | null {
  const found = boilerplateOf(line);
  if (found) return { name: found.name, weak: found.weak === true };
  const text = line.trim();
  for (const [pattern, weak] of COMMENT_FORM) if (pattern.test(text)) return { name: 'comment form', weak };
  return null;
}

export interface BoilerplateFound {
  /** Indexes of the lines to drop. */
  lines: Set<number>;
  /** What was dropped, each name once, in order. */
  names: string[];
}

/** The boilerplate runs in `lines` (lines of plain text, not Markdown inside code fences). */
export function findBoilerplate(lines: readonly string[]): BoilerplateFound {
  const drop = new Set<number>();
  const names: string[] = [];
  let run: { at: number[]; names: string[]; strong: boolean } | null = null;
  const close = (): void => {
    if (run?.strong) {
      for (const i of run.at) drop.add(i);
      for (const n of run.names) if (!names.includes(n)) names.push(n);
    }
    run = null;
  };
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const found = lineKind(line);
    if (!found) { close(); return; }
    run ??= { at: [], names: [], strong: false };
    run.at.push(i);
    run.names.push(found.name);
    run.strong ||= !found.weak;
  });
  close();
  return { lines: drop, names };
}
