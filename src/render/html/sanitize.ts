/**
 * A brief's Markdown as HTML that is safe in the exported page. marked turns the Markdown into
 * HTML (raw HTML in the brief passes through it), then sanitize-html keeps only an allowlist:
 * text-level and block tags without script, style, event handlers, ids or classes; links only
 * to absolute http(s) and mailto addresses (others become their text); images only as data
 * URLs of raster formats (others become their alt text). Why sanitize-html: docs/export.md.
 */
import { Marked } from 'marked';
import { lazyRequire } from '../../lazy-require.js';
import { safeHref } from './escape.js';

interface Frame { tagName: string; attribs: Record<string, string>; text?: string }
interface SanitizeOptions {
  allowedTags: string[];
  allowedAttributes: Record<string, string[]>;
  allowedSchemes: string[];
  allowedSchemesByTag: Record<string, string[]>;
  allowProtocolRelative: boolean;
  disallowedTagsMode: 'discard';
  nonTextTags: string[];
  parseStyleAttributes: boolean;
  transformTags: Record<string, (tagName: string, attribs: Record<string, string>) => Frame>;
}
type SanitizeHtml = (html: string, options: SanitizeOptions) => string;

const TAGS = [
  'p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'code', 'em', 'strong', 'b', 'i', 'u',
  'del', 's', 'ins', 'mark', 'small', 'sub', 'sup', 'abbr', 'cite', 'q', 'kbd', 'samp', 'var', 'time', 'span',
  'a', 'img', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
  'figure', 'figcaption', 'details', 'summary', 'input',
];

/** Elements whose content is not text to show: dropped with the element. */
const NON_TEXT = [
  'script', 'style', 'textarea', 'option', 'select', 'title', 'noscript', 'noembed', 'noframes', 'template',
  'iframe', 'object', 'embed', 'xmp', 'plaintext', 'math', 'svg', 'head', 'button',
];

/** Raster images inlined as base64 data URLs; SVG is left out, being a document that can hold script. */
const DATA_IMAGE = /^data:image\/(?:png|jpeg|gif|webp|avif);base64,[A-Za-z0-9+/=\s]+$/i;

const OPTIONS: SanitizeOptions = {
  allowedTags: TAGS,
  allowedAttributes: {
    a: ['href', 'title'], img: ['src', 'alt', 'title', 'width', 'height'], abbr: ['title'],
    ol: ['start', 'reversed'], th: ['align', 'colspan', 'rowspan', 'scope'], td: ['align', 'colspan', 'rowspan'],
    time: ['datetime'], input: ['type', 'checked', 'disabled'], details: ['open'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['data'] },
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  nonTextTags: NON_TEXT,
  parseStyleAttributes: false,
  transformTags: {
    // A link to anything but an absolute http(s) or mailto address keeps its text only.
    a: (_tag, attribs) => {
      const href = safeHref(attribs.href ?? '');
      return href === null ? { tagName: 'span', attribs: {} } : { tagName: 'a', attribs: { href, ...(attribs.title ? { title: attribs.title } : {}) } };
    },
    img: (_tag, attribs) => {
      const src = (attribs.src ?? '').trim();
      if (DATA_IMAGE.test(src)) return { tagName: 'img', attribs: { ...attribs, src } };
      return { tagName: 'span', attribs: {}, text: attribs.alt ?? '' };
    },
    // Only a checkbox that cannot be changed (a task list item), whatever the brief wrote.
    input: (_tag, attribs) => (attribs.type?.toLowerCase() === 'checkbox'
      ? { tagName: 'input', attribs: { type: 'checkbox', disabled: '', ...('checked' in attribs ? { checked: '' } : {}) } }
      : { tagName: 'dropped-input', attribs: {} }),
  },
};

/** Sanitises an HTML fragment with the allowlist above. */
export function sanitizeFragment(html: string): string {
  return lazyRequire<SanitizeHtml>('sanitize-html')(html, OPTIONS);
}

let marked: Marked | undefined;

/** Markdown to sanitised HTML. */
export function markdownToHtml(markdown: string): string {
  marked ??= new Marked({ gfm: true, async: false });
  return sanitizeFragment(marked.parse(markdown, { async: false }) as string);
}
