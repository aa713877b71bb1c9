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

/** A news agency's footer: the credits, its standards link, its "about us" line. */
const NEWS_FOOTER: readonly RegExp[] = [
  /^(?:Reporting|Additional reporting|Writing|Compiled) by [^.;]{1,160}(?:;\s*(?:Editing|Edited|Writing|Additional reporting) by [^.;]{1,160}){0,4}\.?$/i,
  /^Our Standards:\s*The Thomson Reuters Trust Principles\b/i,
  /^Suggested Topics:?$/i,
  /^Reuters, the news and media division of Thomson Reuters\b/i,
];

/** Whether a line is a news agency's footer: a web page's too. */
export const isNewsFooter = (text: string): boolean => text.length <= 1000 && NEWS_FOOTER.some((pattern) => pattern.test(text.trim()));

function lineKind(line: string): Found | null {
  const found = boilerplateOf(line);
  if (found) return { name: found.name, weak: found.weak === true };
  const text = line.trim();
  for (const [pattern, weak] of COMMENT_FORM) if (pattern.test(text)) return { name: 'comment form', weak };
  if (isNewsFooter(text)) return { name: 'news agency footer', weak: false };
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
