/** Word wrapping for terminal output. */

/** Display width of a string: colour codes count zero, East Asian wide characters and most emoji two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text.includes('\u001b') ? text.replace(/\u001b\[[0-9;]*m/g, '') : text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x20 || (cp >= 0x300 && cp <= 0x36f) || cp === 0x200d || (cp >= 0xfe00 && cp <= 0xfe0f)) continue;
    width += isWide(cp) ? 2 : 1;
  }
  return width;
}

function isWide(cp: number): boolean {
  return (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x1f300 && cp <= 0x1faff) || (cp >= 0x20000 && cp <= 0x3fffd);
}

/** A colour code (zero columns, never split) or one character. */
const ATOM = /\u001b\[[0-9;]*m|[\s\S]/gu;

/**
 * A word cut into pieces of at most `firstRoom` columns, then `room`: at characters, never
 * inside a colour code (a broken one would reach the terminal as the half of an escape).
 * Each piece has at least one character, however narrow the room.
 */
function splitWord(word: string, firstRoom: number, room: number): Array<{ text: string; width: number }> {
  const pieces: Array<{ text: string; width: number }> = [];
  let text = '';
  let used = 0;
  let limit = firstRoom;
  for (const [atom] of word.matchAll(ATOM)) {
    const w = atom.length > 2 && atom.charCodeAt(0) === 0x1b ? 0 : displayWidth(atom);
    if (used + w > limit && used > 0) {
      pieces.push({ text, width: used });
      text = '';
      used = 0;
      limit = room;
    }
    text += atom;
    used += w;
  }
  pieces.push({ text, width: used });
  return pieces;
}

/**
 * Wraps each paragraph of `text` to `width` columns; lines after the first get `indent`
 * (and the first gets `firstIndent`). Words longer than a line are split.
 */
export function wrap(text: string, width: number, indent = '', firstIndent = indent): string {
  const out: string[] = [];
  let line = '';
  let lineWidth = 0;
  let empty = true;
  const newLine = (prefix: string): void => {
    line = prefix;
    lineWidth = displayWidth(prefix);
    empty = true;
  };
  for (const paragraph of text.split('\n')) {
    newLine(out.length === 0 ? firstIndent : indent);
    for (const word of paragraph.split(/ +/).filter((w) => w !== '')) {
      let rest = word;
      while (rest !== '') {
        const w = displayWidth(rest);
        const gap = empty ? 0 : 1;
        if (lineWidth + gap + w <= width) {
          line += (gap ? ' ' : '') + rest;
          lineWidth += gap + w;
          empty = false;
          rest = '';
        } else if (!empty) {
          out.push(line);
          newLine(indent);
        } else {
          // A word wider than the whole line: split into lines in one pass; the last piece starts the next.
          const pieces = splitWord(rest, Math.max(1, width - lineWidth), Math.max(1, width - displayWidth(indent)));
          const last = pieces.pop()!;
          for (const piece of pieces) {
            out.push(line + piece.text);
            newLine(indent);
          }
          line += last.text;
          lineWidth += last.width;
          empty = false;
          rest = '';
        }
      }
    }
    out.push(line.trimEnd());
  }
  return out.join('\n');
}

/**
 * Wraps a line whose columns are set apart by two spaces (`12  likely  band 5`): the double
 * spaces are held as no-break spaces through the wrap, which would fold them to one.
 */
export function wrapColumns(text: string, width: number, indent = '', firstIndent = ''): string {
  if (displayWidth(firstIndent + text) <= width) return firstIndent + text;
  return wrap(text.replace(/ {2}/g, '\u00a0\u00a0'), width, indent, firstIndent).replace(/\u00a0/g, ' ');
}

/** Shortens `text` to `width` columns with an ellipsis. */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  for (const ch of text) {
    if (displayWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return `${out}…`;
}

/** A list item's marker at the start of a line of plain text: `- `, `* `, `• `, `1. `, `a) `, `[x] `. */
const ITEM_MARKER = /^[ \t]*(?:[-*+•]|\d{1,9}[.)]|[a-zA-Z][.)]|\[[ xX]\])[ \t]+(?:\[[ xX]\][ \t]+)?/;

/**
 * Wraps plain text line by line, as `wrap` does, but a line that starts as a list item
 * (`- `, `1. `, `[ ] `) hangs its later lines under the item's text, not under its marker.
 */
export function wrapItems(text: string, width: number, indent = ''): string {
  return text.split('\n').map((line) => {
    if (line.trim() === '') return '';
    const marker = ITEM_MARKER.exec(line)?.[0];
    if (marker === undefined) return wrap(line, width, indent, indent);
    const first = indent + marker.replace(/\t/g, ' ');
    return wrap(line.slice(marker.length), width, ' '.repeat(displayWidth(first)), first);
  }).join('\n');
}

/**
 * Label/value pairs laid out across lines: a pair is never broken between lines unless it is
 * wider than a line by itself, and then its value wraps under its own start.
 * `pairs` are already joined (`Label: value`); `gap` separates pairs on one line.
 */
export function flowPairs(pairs: string[], width: number, indent = '', gap = '   '): string {
  const lines: string[] = [];
  let line = '';
  for (const pair of pairs) {
    const w = displayWidth(pair);
    if (line !== '' && displayWidth(line) + displayWidth(gap) + w <= width) {
      line += gap + pair;
      continue;
    }
    if (line !== '') lines.push(line);
    if (displayWidth(indent) + w <= width) {
      line = indent + pair;
    } else {
      // Its value hangs under itself, after the label.
      const label = /^(?:\u001b\[[0-9;]*m)*[^:\u001b]*:(?:\u001b\[[0-9;]*m)* /.exec(pair)?.[0] ?? '';
      const hang = displayWidth(indent + label) <= width / 2 ? displayWidth(indent + label) : displayWidth(indent) + 4;
      lines.push(wrap(pair, width, ' '.repeat(hang), indent));
      line = '';
    }
  }
  if (line !== '') lines.push(line);
  return lines.join('\n');
}

/** Shortens a comma-separated list to whole items that fit `width`, ending with `…` when some are left out. */
export function truncateList(items: string[], width: number, separator = ', '): string {
  const all = items.join(separator);
  if (displayWidth(all) <= width) return all;
  let out = '';
  for (const item of items) {
    const next = out === '' ? item : `${out}${separator}${item}`;
    if (displayWidth(`${next}${separator}…`) > width) break;
    out = next;
  }
  return out === '' ? truncate(items[0] ?? '', width) : `${out}${separator.trimEnd()} …`;
}
