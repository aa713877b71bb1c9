/**
 * Article HTML to the Markdown a writer types: `##` headings (levels given by the caller in
 * data-md-level), `- ` and `1. ` lists, GFM tables, `**bold**`, `*emphasis*`, inline links.
 */
import type TurndownService from 'turndown';
import { cleanText } from '../text/sanitize.js';
import type { DomElement } from './dom.js';
import { gfmTables, strikethrough, turndown } from './libs.js';

/** turndown's own node type is the DOM's; only these members are read. */
interface TdNode { nodeName: string; parentNode: TdNode | null; children: ArrayLike<TdNode>; nextSibling: unknown; getAttribute(name: string): string | null }

let service: TurndownService | undefined;

function createService(): TurndownService {
  const Turndown = turndown();
  const td = new Turndown({ headingStyle: 'atx', bulletListMarker: '-', codeBlockStyle: 'fenced', emDelimiter: '*', strongDelimiter: '**', hr: '---' });
  td.use([gfmTables(), strikethrough()]);
  td.addRule('heading', {
    filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
    replacement(content, node) {
      const level = Number((node as unknown as TdNode).getAttribute('data-md-level')) || Number(node.nodeName.charAt(1));
      const text = content.replace(/\s*\n\s*/g, ' ').trim();
      return text === '' ? '' : `\n\n${'#'.repeat(Math.min(6, Math.max(2, level)))} ${text}\n\n`;
    },
  });
  // A writer types "- item" and "1. item", not turndown's "-   item".
  td.addRule('listItem', {
    filter: 'li',
    replacement(content, node) {
      const li = node as unknown as TdNode;
      const parent = li.parentNode;
      let prefix = '- ';
      if (parent?.nodeName === 'OL') {
        const start = Number(parent.getAttribute('start') ?? '1') || 1;
        prefix = `${start + Array.prototype.indexOf.call(parent.children, li)}. `;
      }
      // One paragraph is a tight item, as typed; several stay apart, indented under the marker.
      const text = content.replace(/^\n+|\n+$/g, '');
      const body = (/\n\n/.test(text) ? `${text}\n` : text).replace(/\n(?=.)/g, `\n${' '.repeat(prefix.length)}`);
      return `${prefix}${body}${li.nextSibling ? '\n' : ''}`;
    },
  });
  td.addRule('image', {
    filter: 'img',
    replacement(_content, node) {
      const img = node as unknown as TdNode;
      const src = img.getAttribute('src') ?? '';
      if (src === '' || /^data:/i.test(src)) return '';
      const alt = (img.getAttribute('alt') ?? '').replace(/[\[\]\n]/g, ' ').trim();
      return `![${alt}](${src.replace(/[()\s]/g, encodeURIComponent)})`;
    },
  });
  return td;
}

/** The top heading level in root becomes `##` (a brief's section), the rest keep their steps. */
export function setHeadingLevels(root: DomElement): void {
  const headings = Array.from(root.querySelectorAll('h1, h2, h3, h4, h5, h6'));
  const top = Math.min(...headings.map((h) => Number(h.tagName.charAt(1))));
  for (const h of headings) h.setAttribute('data-md-level', String(Number(h.tagName.charAt(1)) - top + 2));
}

export function htmlToMarkdown(html: string): string {
  service ??= createService();
  // A page's text is untrusted: an entity such as &#27; decodes to a control in the DOM.
  return cleanText(service.turndown(html)).replace(/[ \t]+$/gm, (m, offset: number, all: string) => (m === '  ' && all[offset + 2] === '\n' ? m : ''))
    .replace(/\n{3,}/g, '\n\n').trim();
}
