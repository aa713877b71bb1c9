/**
 * Writes an imported article as a brief: frontmatter in the contract's key order with
 * `status: draft`, then the title as a level-1 heading and the body. Values are dumped by
 * js-yaml, which quotes whatever YAML would read as something else (`: `, `#`, `yes`, `null`).
 */
import yaml from 'js-yaml';
import type { Article } from './article.js';
import { cleanLine, cleanText } from '../text/sanitize.js';

/** The contract's order (docs/brief-format.md §2); other keys follow in the order given. */
export const KEY_ORDER = ['title', 'date', 'updated', 'author', 'source', 'url', 'region', 'tags', 'status', 'key_question', 'summary', 'scenarios'] as const;

/** What the writer writes a date as: `YYYY-MM-DD` and `YYYY-MM` plain, as writers type them. */
const PLAIN_DATE = /^\d{4}-\d{2}(?:-\d{2})?$/;

function dumpEntry(key: string, value: unknown): string {
  if (key === 'date' && typeof value === 'string' && PLAIN_DATE.test(value)) return `date: ${value}\n`;
  return yaml.dump({ [key]: value }, { flowLevel: key === 'tags' || key === 'region' ? 1 : -1, lineWidth: -1, noRefs: true });
}

/** Removes control characters from every string in a value (keys included). */
function cleanValue(value: unknown): unknown {
  if (typeof value === 'string') return cleanText(value);
  if (Array.isArray(value)) return value.map(cleanValue);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [cleanLine(k), cleanValue(v)]));
  }
  return value;
}

/** The frontmatter of an article, with `extra` keys (a Markdown source's own) kept where no field of the article sets them. */
export function frontmatterOf(article: Article, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const fields: Record<string, unknown> = { ...extra };
  const set = (key: string, value: unknown): void => {
    const empty = value === null || value === undefined || (Array.isArray(value) && value.length === 0);
    if (!empty) fields[key] = value;
  };
  set('title', article.title === null ? null : cleanLine(article.title));
  set('date', article.date);
  set('author', article.author.length === 1 ? article.author[0] : article.author);
  set('source', article.source);
  set('url', article.url);
  set('tags', article.tags);
  set('key_question', article.keyQuestion);
  if (!['draft', 'review', 'published'].includes(fields.status as string)) fields.status = 'draft';
  const ordered: Record<string, unknown> = {};
  for (const key of KEY_ORDER) if (key in fields) ordered[key] = fields[key];
  for (const [key, value] of Object.entries(fields)) if (!(key in ordered)) ordered[key] = value;
  return ordered;
}

/**
 * The lint rules that judge a writer's choice of words. Import keeps the article's words as
 * published, so these are off for them, in a comment the writer sees and deletes once the
 * words are their own; the rules on structure, frontmatter and boilerplate still run.
 */
export const WORDING_RULES = ['estimative-hedge', 'estimative-mixed-scale', 'confidence-with-likelihood'] as const;

export const WORDING_DIRECTIVE = `<!-- brief-lint-disable ${WORDING_RULES.join(' ')} -- the article's wording, as published -->`;

/**
 * The brief's text: frontmatter, the wording directive, `# Title` (unless the body has one), the
 * body, one final newline.
 */
export function writeBrief(article: Article, extra: Record<string, unknown> = {}): string {
  const data = cleanValue(frontmatterOf(article, extra)) as Record<string, unknown>;
  const front = Object.entries(data).map(([k, v]) => dumpEntry(k, v)).join('');
  const body = cleanText(article.body).replace(/^\n+/, '').trimEnd();
  const title = typeof data.title === 'string' && !/^#\s/.test(body) ? `# ${data.title}\n\n` : '';
  return `---\n${front}---\n\n${WORDING_DIRECTIVE}\n\n${title}${body}\n`;
}
