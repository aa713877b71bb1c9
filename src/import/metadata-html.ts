/**
 * What a page says about its article in its metadata: JSON-LD, Open Graph and article:* tags,
 * meta author/keywords, citation_* (reports), <time>, the canonical link. Read before Readability
 * changes the document. JSON-LD is read with JSON.parse only.
 */
import type { Article } from './article.js';
import type { DomDocument, DomElement } from './dom.js';
import { absoluteUrl, authorNames, calendarDate, cleanTitle, oneLine } from './meta-clean.js';

/** The article's fields a page's metadata can give. */
export type PageMetadata = Pick<Article, 'title' | 'author' | 'date' | 'source' | 'url' | 'tags'>;

type Json = Record<string, unknown>;
const ARTICLE_TYPES = /^(?:Article|NewsArticle|AnalysisNewsArticle|ReportageNewsArticle|OpinionNewsArticle|BlogPosting|SocialMediaPosting|Report|ScholarlyArticle|TechArticle|CreativeWork|WebPage)$/;

const list = <T>(x: T | T[] | undefined | null): T[] => (x === undefined || x === null ? [] : Array.isArray(x) ? x : [x]);
const str = (x: unknown): string | null => (typeof x === 'string' && oneLine(x) !== '' ? oneLine(x) : null);
const nameOf = (x: unknown): string | null => str(x) ?? (x && typeof x === 'object' ? str((x as Json).name) : null);

/** Every JSON-LD object on the page, @graph and arrays flattened; a block that does not parse is skipped. */
function jsonLd(document: DomDocument): Json[] {
  const out: Json[] = [];
  const visit = (x: unknown): void => {
    if (Array.isArray(x)) { x.forEach(visit); return; }
    if (!x || typeof x !== 'object') return;
    out.push(x as Json);
    if ('@graph' in x) visit((x as Json)['@graph']);
  };
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try { visit(JSON.parse(script.textContent ?? '')); } catch { /* a broken block says nothing */ }
  }
  return out;
}

const isArticle = (o: Json): boolean => list(o['@type'] as string | string[]).some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t));

/** The content of every <meta> whose property or name is one of names, in document order. */
function metas(document: DomDocument, ...names: string[]): string[] {
  const wanted = new Set(names.map((n) => n.toLowerCase()));
  return Array.from(document.querySelectorAll('meta[content]'))
    .filter((m) => wanted.has((m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? '').toLowerCase()))
    .map((m) => oneLine(m.getAttribute('content')))
    .filter((c) => c !== '');
}

/** The first of several candidates that is not null or empty. */
const first = <T>(...xs: Array<T | null | undefined>): T | null => xs.find((x) => x !== null && x !== undefined && (!Array.isArray(x) || x.length > 0)) ?? null;

function publishedTime(document: DomDocument): string | null {
  const time = document.querySelector('time[itemprop~="datePublished"], [itemprop~="datePublished"][datetime], time[pubdate], article time[datetime], time[datetime]');
  // Blogger writes the time in <abbr title>, and the day only in its date header.
  const el: DomElement | null = time ?? document.querySelector('[itemprop~="datePublished"]') ?? document.querySelector('.date-header, .entry-date, .published, .post-date, time');
  if (!el) return null;
  return calendarDate(el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.getAttribute('title') ?? el.textContent);
}

function keywords(document: DomDocument, ld: Json | undefined): string[] {
  const fromLd = list(ld?.keywords as string | string[]).flatMap((k) => (typeof k === 'string' ? k.split(',') : []));
  const tagLinks = Array.from(document.querySelectorAll('a[rel~="tag"]')).map((a) => a.textContent ?? '');
  const all = [...metas(document, 'article:tag'), ...fromLd, ...metas(document, 'keywords', 'news_keywords').flatMap((k) => k.split(',')), ...tagLinks];
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const raw of all) {
    const tag = oneLine(raw);
    if (tag === '' || tag.length > 60 || seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    tags.push(tag);
  }
  return tags;
}

/** The page's metadata; base is --url, used when the page names no URL of its own. */
export function readPageMetadata(document: DomDocument, base: string | null): PageMetadata {
  const lds = jsonLd(document);
  const ld = lds.find((o) => isArticle(o) && o['@type'] !== 'WebPage') ?? lds.find(isArticle);
  const publisher = ld ? nameOf(list(ld.publisher as unknown)[0]) : null;
  const website = lds.find((o) => list(o['@type'] as string).includes('WebSite'));
  const source = first(metas(document, 'og:site_name')[0], publisher, website ? nameOf(website) : null, metas(document, 'application-name', 'citation_publisher', 'citation_journal_title', 'DC.publisher')[0]);

  const canonical = document.querySelector('link[rel~="canonical"][href]')?.getAttribute('href');
  const url = first(
    absoluteUrl(canonical, base), absoluteUrl(metas(document, 'og:url')[0], base),
    ld ? absoluteUrl(str(ld.url) ?? nameOf(ld.mainEntityOfPage) ?? str((ld.mainEntityOfPage as Json | undefined)?.['@id']), base) : null,
    absoluteUrl(base, null),
  );

  const h1 = document.querySelector('article h1, main h1, h1');
  const title = first(
    cleanTitle(ld ? str(ld.headline) ?? str(ld.name) : null, source),
    cleanTitle(metas(document, 'og:title', 'twitter:title', 'citation_title', 'DC.title')[0], source),
    cleanTitle(h1?.textContent, source),
    cleanTitle(document.title, source),
  );

  // An organisation named as author is the publisher again, not a person who wrote it.
  const ldAuthors = (ld ? list(ld.author as unknown) : [])
    .filter((a) => !(a && typeof a === 'object' && list((a as Json)['@type'] as string).includes('Organization') && nameOf(a) === source))
    .map(nameOf).filter((n): n is string => n !== null).flatMap(authorNames);
  const metaAuthors = metas(document, 'author', 'citation_author', 'DC.creator', 'sailthru.author', 'parsely-author').flatMap(authorNames);
  const ogAuthors = metas(document, 'article:author').flatMap(authorNames);
  const relAuthor = Array.from(document.querySelectorAll('[rel~="author"], [itemprop~="author"] [itemprop~="name"], .byline .author, .author-name')).map((a) => a.textContent).flatMap(authorNames);
  const author = [...new Set(first(ldAuthors, metaAuthors, ogAuthors, relAuthor) ?? [])];

  const date = first(
    ld ? calendarDate(str(ld.datePublished)) : null,
    calendarDate(metas(document, 'article:published_time', 'datePublished', 'citation_publication_date', 'citation_date', 'DC.date.issued', 'DC.date', 'date', 'pubdate')[0]),
    publishedTime(document),
    ld ? calendarDate(str(ld.dateCreated)) : null,
  );

  return { title, author, date, source, url, tags: keywords(document, ld) };
}
