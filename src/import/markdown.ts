/**
 * Markdown, with or without frontmatter, as a brief: the body kept as written; the frontmatter
 * read safely (as every command reads it), completed (a title from the `#` heading, `status:
 * draft`) and put in the contract's key order by the writer.
 */
import type { Article, ImportOptions } from './article.js';
import { ImportError } from './article.js';
import { readFrontmatter } from '../brief/frontmatter.js';
import { normaliseText } from '../brief/meta.js';

/** Keys the article carries; every other key of the source's frontmatter is kept as it is. */
const ARTICLE_KEYS = new Set(['title', 'date', 'author', 'source', 'url', 'tags', 'key_question']);

function text(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : null;
}

function list(value: unknown): string[] {
  const items = Array.isArray(value) ? value : [value];
  return items.map(text).filter((v): v is string => v !== null);
}

/** Authors as sites write them: a name, a list, Jekyll's `{name, twitter}` mapping (its `name` only). */
function authors(value: unknown): string[] {
  const items = Array.isArray(value) ? value : [value];
  return items.flatMap((item) => {
    const name = item !== null && typeof item === 'object' && !Array.isArray(item) ? (item as Record<string, unknown>).name : item;
    return list(name);
  });
}

/**
 * Tags: a list as written; a plain string is split as Jekyll splits it, at spaces (`tags: ukraine
 * crimea`), or at commas when it has any (`tags: gray zone, Taiwan`), which no Jekyll tag carries.
 */
function tags(value: unknown): string[] {
  if (typeof value !== 'string') return list(value);
  return value.split(value.includes(',') ? /\s*,\s*/ : /\s+/).map((t) => t.trim()).filter(Boolean);
}

export interface MarkdownImport { article: Article; extra: Record<string, unknown> }

/** Throws ImportError for frontmatter that cannot be read (another language, unclosed, bad YAML). */
export function markdownToArticle(source: string, options: ImportOptions = {}): MarkdownImport {
  const normal = normaliseText(source);
  const fm = readFrontmatter(normal, { positions: false });
  const fatal = fm.problems.find((p) => p.fatal);
  if (fatal) throw new ImportError(fatal.message, fatal.line);
  const data = fm.data;
  const body = normal.slice(fm.bodyOffset);
  // As for text: a brief with nothing beyond its title is no article.
  if (body.replace(/^\s*#[ \t].*$/m, '').trim() === '') throw new ImportError('no article text in it (only frontmatter and a title)');
  const heading = /^\s*#[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/m.exec(body.replace(/^\s*\n/, '').split('\n')[0] ?? '');
  const extra: Record<string, unknown> = {};
  const fromAuthors = data.author === undefined || data.author === null;
  for (const [key, value] of Object.entries(data)) if (!ARTICLE_KEYS.has(key) && !(key === 'authors' && fromAuthors)) extra[key] = value;
  const article: Article = {
    title: text(data.title) ?? heading?.[1] ?? null,
    // Hugo's `authors` list, when there is no `author`, is the brief's author.
    author: authors(fromAuthors ? data.authors : data.author),
    date: text(data.date),
    source: text(data.source),
    url: text(data.url) ?? options.url ?? null,
    tags: tags(data.tags),
    keyQuestion: text(data.key_question),
    body,
    dropped: [],
  };
  return { article, extra };
}
