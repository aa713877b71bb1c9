/**
 * Page furniture out of a document: what is never text (script, style, form controls) silently,
 * and what is text but not the article (navigation, share bars, comment sections, cookie banners,
 * related links, sign-up boxes) by name, for the import's report. Runs before Readability and
 * again on its output, which keeps what it judges part of the article.
 */
import { boilerplateOf } from '../brief/web-boilerplate.js';
import { isNewsFooter } from './boilerplate.js';
import type { DomElement } from './dom.js';
import { authorNames, calendarDate } from './meta-clean.js';

/** Never text a reader wants: removed without a word. */
const SILENT = 'script, style, noscript, template, iframe, frame, object, embed, svg, canvas, link, meta, button, input, select, textarea';

/** class/id tokens (split on spaces, matched between - or _ or the ends) and what they name. */
const BY_TOKEN: ReadonlyArray<[RegExp, string]> = [
  [/cookie|consent|gdpr|onetrust|^cc-(?:window|banner)|^cmp-/, 'cookie banner'],
  [/(?:^|[-_])(?:comments?|respond|disqus|discussion|reply|replies)(?:$|[-_])/, 'comment section'],
  [/(?:^|[-_])(?:share|shares|sharing|social|sharedaddy|addtoany|a2a|shareaholic|sharethis|post-ufi|ufi)(?:$|[-_])/, 'share bar'],
  [/(?:^|[-_])(?:related|relatedposts|yarpp|recommended|read-?next|more-?stories|most-?read|popular)(?:$|[-_])/, 'related links'],
  [/(?:^|[-_])(?:newsletter|subscribe|subscription|signup|sign-up|paywall|donate|donation)(?:$|[-_])/, 'newsletter sign-up'],
  [/(?:^|[-_])(?:ad|ads|advert|adverts|advertisement|sponsor|sponsored|promo)(?:$|[-_])/, 'advertisement'],
  [/breadcrumbs?|^skip-?link|^menu|(?:^|[-_])(?:nav|navbar|navigation|pager|pagination|post-navigation)(?:$|[-_])/, 'navigation'],
  [/back-?to-?top|scroll-?(?:to-?)?top|go-?top/, 'Back to top button'],
  [/(?:^|[-_])(?:author-?bio|author-?box|about-?the-?author|bio-?box)(?:$|[-_])/, 'author box'],
  [/^post-footer|^entry-footer|^article-footer|^entry-meta-bottom/, 'post footer'],
];

const BY_ROLE: Record<string, string> = { navigation: 'navigation', banner: 'site header', contentinfo: 'site footer', search: 'search box' };

/** An element that holds the article (or its title) is never furniture, whatever its class says. */
const HOLDS_ARTICLE = 'article, main, [itemprop~="articleBody"], h1, [role="main"]';

function kindOf(el: DomElement, insideArticle: boolean): string | null {
  const tag = el.tagName.toLowerCase();
  const role = (el.getAttribute('role') ?? '').toLowerCase();
  if (BY_ROLE[role]) return BY_ROLE[role]!;
  const tokens = `${el.className} ${el.id}`.toLowerCase().split(/\s+/).filter(Boolean);
  for (const [pattern, name] of BY_TOKEN) if (tokens.some((t) => pattern.test(t))) return name;
  const label = (el.getAttribute('aria-label') ?? '').toLowerCase();
  if (/cookie|consent/.test(label)) return 'cookie banner';
  if (/\bshare\b/.test(label)) return 'share bar';
  if (tag === 'nav') return 'navigation';
  if (tag === 'form') return 'form';
  if (tag === 'header' && !insideArticle) return 'site header';
  if (tag === 'footer') return insideArticle ? 'post footer' : 'site footer';
  if (tag === 'aside' && !insideArticle) return 'sidebar';
  return null;
}

/** Removes the furniture from root's subtree, adding the names of what had text to dropped. */
export function removeFurniture(root: DomElement, dropped: string[]): void {
  for (const el of Array.from(root.querySelectorAll(SILENT))) el.remove();
  // Selectors are compiled on every call: the article's holders are found once, by one query.
  const holders = new Set<DomElement>();
  for (const el of Array.from(root.querySelectorAll(HOLDS_ARTICLE))) {
    for (let up: DomElement | null = el; up && !holders.has(up); up = up.parentElement) holders.add(up);
  }
  const removed = new Set<DomElement>();
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (holders.has(el) || isInside(el, removed, root)) continue;
    const kind = kindOf(el, isInside(el, ARTICLE_TAGS, root));
    if (kind === null) continue;
    el.remove();
    removed.add(el);
    if (/\S/.test(el.textContent ?? '')) note(dropped, kind);
  }
}

const ARTICLE_TAGS = { has: (el: DomElement): boolean => /^(?:article|main)$/i.test(el.tagName) || /\barticleBody\b/.test(el.getAttribute('itemprop') ?? '') };

/** Whether an ancestor of el below root is in the set. */
function isInside(el: DomElement, set: { has(el: DomElement): boolean }, root: DomElement): boolean {
  for (let up = el.parentElement; up && up !== root; up = up.parentElement) if (set.has(up)) return true;
  return false;
}

/** Links that share the page (intent URLs, "?share=", "action=share"), wherever they stand. */
const SHARE_LINK = /[?&](?:share|action=share)\b|\/sharer?(?:\.php)?\b|\/intent\/(?:tweet|post)|shareArticle|share-post\.g|addtoany\.com\/share/i;

/**
 * Share links out, with the paragraph that holds nothing else; headings lose their class and id,
 * which say how the page styles them (Readability drops an h2 of class "header-anchor-post" as
 * a page header) and never that a heading is not text.
 */
export function removeShareLinksAndHeadingClasses(root: DomElement, dropped: string[]): void {
  for (const a of Array.from(root.querySelectorAll('a[href]'))) {
    if (!SHARE_LINK.test(a.getAttribute('href') ?? '') || (a.textContent ?? '').length > 40) continue;
    const parent = a.parentElement;
    a.remove();
    note(dropped, 'share bar');
    if (parent && parent !== root && !/\S/.test(parent.textContent ?? '')) parent.remove();
  }
  for (const h of Array.from(root.querySelectorAll('h2, h3, h4, h5, h6'))) {
    h.setAttribute('class', '');
    h.setAttribute('id', '');
  }
}

const META_LABEL = /^(?:from|by|published|posted|updated|last updated|first published|author|authors|date|tags|topics|type|categor(?:y|ies)|region|countr(?:y|ies)|themes?|language|format|series|reading time):?$/i;

/**
 * The page's own header around the title heading: the kicker before it ("Situation report",
 * "Analysis"), and a list of page facts (From:, Published) anywhere, which metadata already read.
 */
export function removeTitleFurniture(root: DomElement, meta: { title: string | null; author: string[] }): void {
  const { title, author } = meta;
  const h1 = Array.from(root.querySelectorAll('h1')).find((h) => title !== null && oneLine(h.textContent).toLowerCase() === title.toLowerCase());
  const short = (el: DomElement): boolean => !el.querySelector('p') && oneLine(el.textContent).split(' ').length <= 12;
  for (let el = h1?.previousElementSibling; el && short(el); el = h1?.previousElementSibling) el.remove();
  // After it, the byline and the date as lines of their own (the metadata has them).
  const isByline = (text: string): boolean => {
    const names = authorNames(text);
    return names.length > 0 && names.every((n) => author.some((a) => a.toLowerCase() === n.toLowerCase()));
  };
  for (let el = h1?.nextElementSibling; el && short(el); el = h1?.nextElementSibling) {
    const text = oneLine(el.textContent);
    if (calendarDate(text) === null && !isByline(text)) break;
    el.remove();
  }
  for (const dl of Array.from(root.querySelectorAll('dl'))) {
    const terms = Array.from(dl.querySelectorAll('dt'));
    if (terms.length > 0 && terms.every((dt) => META_LABEL.test(oneLine(dt.textContent)))) dl.remove();
  }
}

const oneLine = (s: string | null): string => (s ?? '').replace(/\s+/g, ' ').trim();

const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, div, span, dt, dd, td, blockquote';

/**
 * Blocks whose whole text is a known pasted-web line (web-boilerplate's patterns): "Leave a
 * Reply", "Share this:". A weak one ("Related", "Share") goes only beside a strong one.
 */
export function removeBoilerplateText(root: DomElement, dropped: string[]): void {
  const blocks = Array.from(root.querySelectorAll(BLOCKS));
  const holdsBlock = new Set(blocks.map((el) => el.parentElement));
  const candidates = blocks.filter((el) => !holdsBlock.has(el) && (el.textContent ?? '').length < 300);
  const found = candidates.map((el) => ({ el, b: boilerplateOf(el.textContent ?? '') }));
  const strong = new Set(found.filter((f) => f.b && !f.b.weak).map((f) => f.el));
  const nearStrong = (el: DomElement): boolean =>
    [el.previousElementSibling, el.nextElementSibling, el.parentElement?.previousElementSibling, el.parentElement?.nextElementSibling].some((s) => s && (strong.has(s) || Array.from(strong).some((x) => s.contains(x))));
  for (const { el, b } of found) {
    if (!b || (b.weak && !nearStrong(el))) continue;
    el.remove();
    note(dropped, b.name);
  }
  for (const el of candidates) {
    if (!el.parentElement || !isNewsFooter(oneLine(el.textContent))) continue;
    el.remove();
    note(dropped, 'news agency footer');
  }
}

export function note(dropped: string[], name: string): void {
  if (!dropped.includes(name)) dropped.push(name);
}
