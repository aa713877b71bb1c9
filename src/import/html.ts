/**
 * A web page to an Article: metadata from the page's head (metadata-html.ts), the article found
 * by Mozilla's Readability over linkedom's DOM, page furniture removed before and after it
 * (html-clean.ts), links made absolute, then Markdown (html-markdown.ts). linkedom runs no script
 * and loads nothing: nothing on the page runs and nothing is fetched.
 */
import { ImportError, type Article, type ImportOptions } from './article.js';
import type { DomElement } from './dom.js';
import { note, removeBoilerplateText, removeFurniture, removeShareLinksAndHeadingClasses, removeTitleFurniture } from './html-clean.js';
import { checkHtmlNesting } from './html-limits.js';
import { htmlToMarkdown, setHeadingLevels } from './html-markdown.js';
import { linkedom, readability } from './libs.js';
import { absoluteUrl, authorNames, calendarDate, cleanTitle, oneLine } from './meta-clean.js';
import { readPageMetadata } from './metadata-html.js';
import { readByline } from './text-metadata.js';

/** Fewer words than this is a page with no article in it (an index, a log-in page, an error). */
const MIN_WORDS = 30;

export function htmlToArticle(html: string, options: ImportOptions): Article {
  // linkedom fails on a document without an element; so would Readability.
  if (!/<[a-z!]/i.test(html)) throw new ImportError('no article found in the page');
  checkHtmlNesting(html);
  const { document } = linkedom().parseHTML(html);
  if (!document.body) throw new ImportError('no article found in the page');
  const meta = readPageMetadata(document, absoluteUrl(options.url, null));
  const dropped: string[] = [];
  removeFurniture(document.body, dropped);
  removeBoilerplateText(document.body, dropped);
  removeShareLinksAndHeadingClasses(document.body, dropped);
  removeTitleFurniture(document.body, meta);

  const { Readability } = readability();
  // JSON-LD is read once, by readPageMetadata, with its rules (an organisation is no author).
  const found = new Readability(document, { keepClasses: true, charThreshold: 200, disableJSONLD: true }).parse();
  if (!found?.content || words(found.textContent) < MIN_WORDS) throw new ImportError('no article found in the page');

  const content = linkedom().parseHTML(`<!doctype html><html><head></head><body>${found.content}</body></html>`).document;
  const body = content.body!;
  // Readability keeps what scores as article; furniture inside the article goes again here.
  removeFurniture(body, dropped);
  removeBoilerplateText(body, dropped);
  removeShareLinksAndHeadingClasses(body, dropped);

  const title = meta.title ?? cleanTitle(found.title, meta.source);
  const byline = dropBylines(body, meta.author.length > 0 ? meta.author : authorNames(found.byline), dropped);
  removeTitleHeading(body, title);
  makeLinksAbsolute(body, meta.url ?? absoluteUrl(options.url, null));
  setHeadingLevels(body);

  const markdown = htmlToMarkdown(body.innerHTML);
  if (words(markdown) < MIN_WORDS) throw new ImportError('no article found in the page');
  return {
    title,
    author: byline.names,
    date: meta.date ?? calendarDate(found.publishedTime) ?? byline.date,
    source: meta.source ?? (oneLine(found.siteName) || null),
    url: meta.url ?? absoluteUrl(options.url, null),
    tags: meta.tags,
    keyQuestion: null,
    body: markdown,
    dropped,
  };
}

const words = (text: string | null): number => (text ?? '').split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
const same = (a: string | null | undefined, b: string | null | undefined): boolean => oneLine(a).toLowerCase() === oneLine(b).toLowerCase();

/**
 * A "By Jane Doe" paragraph at the top or the bottom of the article is the byline, not text:
 * it becomes the author (when the metadata named none) and leaves the body.
 */
function dropBylines(body: DomElement, author: string[], dropped: string[]): { names: string[]; date: string | null } {
  const all = Array.from(body.querySelectorAll('p, div, span'));
  // Every element around a paragraph holds it, not only its parent: a div around an <article>
  // is no byline, however its text begins.
  const holders = new Set<DomElement | null>();
  for (const el of all.filter((e) => /^(?:p|div)$/i.test(e.tagName))) {
    for (let up = el.parentElement; up && !holders.has(up); up = up.parentElement) holders.add(up);
  }
  const blocks = all.filter((el) => !holders.has(el));
  const ends = [blocks[0], blocks[blocks.length - 1]].filter((el): el is DomElement => el !== undefined);
  let names = author;
  let date: string | null = null;
  for (const el of new Set(ends)) {
    const text = oneLine(el.textContent);
    if (!/^(?:written\s+|posted\s+)?by\s+\S/i.test(text) || text.length > 120) continue;
    const found = authorNames(text);
    if (found.length === 0 || (names.length > 0 && !found.every((n) => names.some((a) => same(a, n))))) continue;
    if (names.length === 0) names = found;
    // "By A and B | March 3, 2025": the date as the plain-text path reads it on a byline.
    date ??= readByline(text)?.date ?? null;
    el.remove();
    note(dropped, 'byline');
  }
  return { names, date };
}

/** The title repeated as the article's first heading: the brief has it in its frontmatter. */
function removeTitleHeading(body: DomElement, title: string | null): void {
  const heading = body.querySelector('h1, h2, h3');
  if (!heading || !title || !same(heading.textContent, title)) return;
  const before = body.querySelector('p, li, table');
  // Only a heading above the text is the title; the same words further down are a section.
  if (before) {
    const order = Array.from(body.querySelectorAll('*'));
    if (order.indexOf(before) < order.indexOf(heading)) return;
  }
  heading.remove();
}

/** Relative links and images resolved against the page's URL; script links made plain text. */
function makeLinksAbsolute(body: DomElement, base: string | null): void {
  for (const [selector, attr] of [['a[href]', 'href'], ['img[src]', 'src']] as const) {
    for (const el of Array.from(body.querySelectorAll(selector))) {
      const value = el.getAttribute(attr) ?? '';
      if (/^\s*(?:javascript|vbscript|data):/i.test(value) && attr === 'href') { el.setAttribute(attr, ''); continue; }
      const url = base ? absoluteUrl(value, base) : null;
      if (url) el.setAttribute(attr, url);
    }
  }
  for (const a of Array.from(body.querySelectorAll('a[href=""]'))) a.outerHTML = a.innerHTML;
}
