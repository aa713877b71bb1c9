/**
 * Limits on a web page, checked by one linear scan before it is parsed. linkedom, Readability
 * and turndown walk the tree recursively, and some of their walks visit every ancestor of every
 * node: a page of a few hundred kilobytes nested tens of thousands deep overflows the stack
 * after a minute, and while it spins no signal handler can run. docs/import.md documents them.
 */
import { ImportError } from './article.js';

/**
 * Elements inside one another. Blink's parser stops nesting at 512 (deeper elements become
 * siblings), so no reader sees a page deeper than that; real articles stay under 60 deep. Half
 * of Blink's limit is far past any real page and keeps each tree walk short.
 */
export const MAX_HTML_DEPTH = 256;

/**
 * The depths of all the elements added up: what the walks that visit every ancestor of every
 * element cost. A long article page is a few thousand elements a few dozen deep; a page of
 * thousands of elements each hundreds deep is built to stall the import.
 */
export const MAX_HTML_NESTING_TOTAL = 500_000;

/** Never have content, so never nest. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'basefont', 'bgsound', 'frame', 'image']);

/**
 * End tags an author may leave out: the next sibling closes them. Old pages leave thousands of
 * `<p>` and `<li>` open, and the parser closes them, so they do not count as nesting.
 */
const OPTIONAL_END = new Set(['p', 'li', 'dt', 'dd', 'td', 'th', 'tr', 'option', 'optgroup', 'tbody', 'thead', 'tfoot', 'colgroup', 'caption', 'html', 'head', 'body', 'rb', 'rt', 'rtc', 'rp']);

/** Their text is not markup (htmlparser2, linkedom's parser, reads these as raw text). */
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp']);

/** Inside these, `<x/>` closes itself; in HTML it opens an element like `<x>`. */
const FOREIGN = new Set(['svg', 'math']);

const isNameStart = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
const isNameEnd = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d || c === 0x2f || c === 0x3e;

/** Throws ImportError, at the line of the tag, when elements nest past the limits above. */
export function checkHtmlNesting(html: string): void {
  const open: string[] = [];
  // How many of each name are open: an end tag that matches none is ignored in O(1), and one
  // that does pops to it, so the whole scan stays linear.
  const counts = new Map<string, number>();
  let foreign = 0;
  let total = 0;
  let i = html.indexOf('<');
  while (i !== -1 && i < html.length) {
    const next = html.charCodeAt(i + 1);
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      i = end === -1 ? -1 : html.indexOf('<', end + 3);
      continue;
    }
    if (next === 0x21 || next === 0x3f) { // <! <?
      const end = html.indexOf('>', i + 2);
      i = end === -1 ? -1 : html.indexOf('<', end + 1);
      continue;
    }
    const closing = next === 0x2f;
    const nameStart = closing ? i + 2 : i + 1;
    if (!isNameStart(html.charCodeAt(nameStart))) { i = html.indexOf('<', i + 1); continue; }
    let nameEnd = nameStart + 1;
    while (nameEnd < html.length && !isNameEnd(html.charCodeAt(nameEnd))) nameEnd += 1;
    const name = html.slice(nameStart, nameEnd).toLowerCase();
    const tagEnd = endOfTag(html, nameEnd);
    if (tagEnd === -1) return;
    if (closing) {
      if ((counts.get(name) ?? 0) > 0) {
        for (;;) {
          const top = open.pop()!;
          counts.set(top, counts.get(top)! - 1);
          if (FOREIGN.has(top)) foreign -= 1;
          if (top === name) break;
        }
      }
      i = html.indexOf('<', tagEnd + 1);
      continue;
    }
    const selfClosing = html.charCodeAt(tagEnd - 1) === 0x2f;
    if (RAW_TEXT.has(name) && !selfClosing) {
      const end = indexOfEndTag(html, name, tagEnd + 1);
      i = end === -1 ? -1 : html.indexOf('<', end + 1);
      continue;
    }
    if (!VOID.has(name) && !OPTIONAL_END.has(name) && !(selfClosing && foreign > 0)) {
      open.push(name);
      counts.set(name, (counts.get(name) ?? 0) + 1);
      if (FOREIGN.has(name)) foreign += 1;
      if (open.length > MAX_HTML_DEPTH) {
        throw new ImportError(`elements are nested more than ${MAX_HTML_DEPTH} deep (<${name}> inside ${open.length - 1} others); a page nested that deep is not read`, lineAt(html, i));
      }
      total += open.length;
      if (total > MAX_HTML_NESTING_TOTAL) {
        throw new ImportError(`too many deeply nested elements (their depths add up to more than ${MAX_HTML_NESTING_TOTAL}); a page nested like that is not read`, lineAt(html, i));
      }
    }
    i = html.indexOf('<', tagEnd + 1);
  }
}

/** The `>` that ends a tag whose name ends at `from`, past quoted attribute values; -1 if none. */
function endOfTag(html: string, from: number): number {
  let afterEquals = false;
  for (let j = from; j < html.length; j += 1) {
    const c = html.charCodeAt(j);
    if (c === 0x3e) return j;
    if (c === 0x3d) { afterEquals = true; continue; }
    if (afterEquals && (c === 0x22 || c === 0x27)) {
      const close = html.indexOf(c === 0x22 ? '"' : '\'', j + 1);
      if (close === -1) return -1;
      j = close;
    }
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) afterEquals = false;
  }
  return -1;
}

/** Where `</name` (any case) starts after `from`, or -1. */
function indexOfEndTag(html: string, name: string, from: number): number {
  const pattern = new RegExp(`</${name}(?=[\\s/>])`, 'gi');
  pattern.lastIndex = from;
  return pattern.exec(html)?.index ?? -1;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line += 1;
  return line;
}
