/**
 * `export --format html`: a brief as one self-contained HTML page, and the index of a folder of
 * them. Self-contained means no request of any kind: the styles are inline, fonts are the
 * system's, images only data URLs, and there is no script. The Content-Security-Policy is the
 * first element of the head, so a browser enforces it before it reads anything from the brief.
 */
import type { Brief, BriefMeta } from '../../brief/model.js';
import { cleanText } from '../../text/sanitize.js';
import { VERSION } from '../../version.js';
import { renderBody } from './body.js';
import { escapeHtml, safeHref } from './escape.js';
import { pageStyles, type Paper } from './styles.js';

export type { Paper } from './styles.js';

export interface HtmlPageOptions {
  /** The paper size printing uses (`@page { size }`); absent, the browser's default. */
  paper?: Paper;
}

/** No script, and nothing loaded from anywhere: only inline styles and data-URL images. */
export const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

function head(title: string, paper?: Paper): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="brief ${VERSION}">
<title>${escapeHtml(title)}</title>
<style>${pageStyles(paper)}</style>
</head>`;
}

/** Paragraphs of plain text (separated by blank lines), escaped. */
function paragraphs(text: string): string {
  return text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean).map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`).join('\n');
}

function metadata(brief: BriefMeta): string {
  const rows: Array<[string, string]> = [];
  const add = (label: string, html: string | null): void => { if (html !== null && html !== '') rows.push([label, html]); };
  add('Date', brief.date === null ? null : `<time>${escapeHtml(brief.date)}</time>`);
  add('Updated', brief.updated === null ? null : `<time>${escapeHtml(brief.updated)}</time>`);
  add(brief.author.length > 1 ? 'Authors' : 'Author', escapeHtml(brief.author.join(', ')));
  add('Source', brief.source === null ? null : escapeHtml(brief.source));
  if (brief.url !== null) {
    const href = safeHref(brief.url);
    add('URL', href === null ? escapeHtml(brief.url) : `<a href="${escapeHtml(href)}">${escapeHtml(brief.url)}</a>`);
  }
  add('Region', escapeHtml(brief.region.join(', ')));
  add('Tags', brief.tags.map((t) => `<span class="tag">${escapeHtml(t)}</span>`).join(''));
  add('Status', escapeHtml(brief.status));
  return `<dl class="meta">\n${rows.map(([label, html]) => `<dt>${label}</dt><dd>${html}</dd>`).join('\n')}\n</dl>`;
}

/** The whole brief as one self-contained HTML page. Pure: the same brief gives the same page. */
export function renderHtmlPage(brief: Brief, options: HtmlPageOptions = {}): string {
  const parts = [head(brief.title, options.paper), '<body>', '<div class="page">'];
  parts.push(`<header class="masthead">
<p class="kicker">${escapeHtml([brief.source, brief.status].filter(Boolean).join(' · '))}</p>
<h1>${escapeHtml(brief.title)}</h1>
${metadata(brief)}
</header>`);
  parts.push('<main>');
  if (brief.keyQuestion !== null) parts.push(`<section class="callout key-question">\n<h2>Key question</h2>\n${paragraphs(brief.keyQuestion)}\n</section>`);
  if (brief.summary !== '') parts.push(`<section class="callout bottom-line">\n<h2>Bottom line</h2>\n${paragraphs(brief.summary)}\n</section>`);
  parts.push(`<div class="body">\n${renderBody(brief)}\n</div>`);
  parts.push('</main>');
  parts.push(`<footer>${escapeHtml(brief.id)} · exported by brief ${VERSION}</footer>`);
  parts.push('</div>', '</body>', '</html>', '');
  // The sanitiser escapes markup but keeps control characters; HTML forbids them, and the page
  // may be printed on a terminal (stdout): none of the brief's escape sequences reaches it.
  return cleanText(parts.join('\n'));
}

export interface IndexEntry {
  meta: BriefMeta;
  /** The page's file name, relative to the index. */
  href: string;
}

/** The index of an exported folder: the briefs as `brief list` shows them (date, id, status, title, tags), linked. */
export function renderHtmlIndex(entries: readonly IndexEntry[], options: HtmlPageOptions & { title?: string } = {}): string {
  const title = options.title ?? 'Briefs';
  const rows = entries.map(({ meta, href }) => `<tr><td>${escapeHtml(meta.date ?? '-')}</td>`
    + `<td><a href="${escapeHtml(encodeURI(href))}">${escapeHtml(meta.id)}</a></td><td>${escapeHtml(meta.status)}</td>`
    + `<td>${escapeHtml(meta.title)}</td><td>${meta.tags.map((t) => `<span class="tag">${escapeHtml(t)}</span>`).join('')}</td></tr>`);
  return `${head(title, options.paper)}
<body>
<div class="page">
<header class="masthead"><h1>${escapeHtml(title)}</h1><p class="kicker">${entries.length} brief${entries.length === 1 ? '' : 's'}</p></header>
<main>
<table class="index">
<thead><tr><th>Date</th><th>ID</th><th>Status</th><th>Title</th><th>Tags</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
</main>
<footer>exported by brief ${VERSION}</footer>
</div>
</body>
</html>
`;
}
