/**
 * What `brief import` tells the writer on stderr: what was recognised, counted from the brief as
 * every command reads it (so the report cannot promise what `brief summary` will not show), what
 * was dropped as boilerplate and what is still to be added.
 */
import type { Article } from './article.js';
import type { Brief } from '../brief/model.js';
import { cleanLine } from '../text/sanitize.js';
import { WORDING_DIRECTIVE, WORDING_RULES } from './write-brief.js';

export interface ReportFacts {
  /** The input as the writer named it (`-` is standard input). */
  input: string;
  format: string;
  /** Where the brief went: a path, `stdout`, or where it would go in a dry run. */
  target: string;
  dryRun: boolean;
  article: Article;
  brief: Brief;
  /** The brief as written, to name the line of its wording directive. */
  text: string;
}

/** Sections named in the report; past this, a count is what a writer can take in. */
const MAX_LISTED = 8;

const list = (items: readonly string[]): string => items.map(cleanLine).join(', ');

/** The report, one fact per line, each line cleaned of control characters. */
export function importReport({ input, format, target, dryRun, article, brief, text }: ReportFacts): string {
  const shownInput = input === '-' ? 'stdin' : cleanLine(input);
  const lines = [dryRun
    ? `brief: would import ${shownInput} (${format}) into ${cleanLine(target)}; dry run, nothing written`
    : `brief: imported ${shownInput} (${format}) into ${cleanLine(target)}`];
  const row = (name: string, value: string | null): void => {
    if (value !== null && value !== '') lines.push(`  ${`${name}:`.padEnd(17)}${value}`);
  };
  row('title', article.title === null ? null : cleanLine(brief.title));
  row('author', list(brief.author));
  row('date', brief.date);
  row('source', brief.source === null ? null : cleanLine(brief.source));
  row('url', brief.url === null ? null : cleanLine(brief.url));
  row('tags', list(brief.tags));
  row('key question', brief.keyQuestion === null ? null : cleanLine(brief.keyQuestion));
  const headings = brief.sections.slice(0, MAX_LISTED).map((s) => cleanLine(s.heading));
  if (brief.sections.length > MAX_LISTED) headings.push('...');
  row('sections', `${brief.sections.length}${headings.length > 0 ? ` (${headings.join(' | ')})` : ''}`);
  row('scenarios', `${brief.scenarios.length}${brief.scenarios.length > 0 ? ` (${brief.scenarios.map((s) => s.label).join(', ')})` : ''}`);
  row('recommendations', String(brief.recommendations.length));
  row('dropped', article.dropped.length > 0 ? `${article.dropped.map((d) => `"${cleanLine(d)}"`).join(', ')} (web-page boilerplate)` : null);
  const directive = text.split('\n').indexOf(WORDING_DIRECTIVE) + 1;
  if (directive > 0) row('wording', `the article's own: ${WORDING_RULES.join(', ')} off for it (line ${directive}; delete that line to check it)`);
  const missing: Array<[boolean, string]> = [
    [article.title === null, 'no title found: add `title:`'],
    [brief.date === null, 'no date found: add `date:`'],
    [brief.author.length === 0, 'no author found: add `author:`'],
  ];
  for (const [absent, message] of missing) if (absent) lines.push(`  ${message}`);
  return `${lines.join('\n')}\n`;
}
