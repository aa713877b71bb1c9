/** The line that opens a brief's block in `search` and `judgments` on a terminal: its id, then its title. */
import { cleanLine } from '../text/sanitize.js';
import { displayWidth, wrap } from '../text/wrap.js';
import type { Style } from './style.js';

/** Below this many columns left beside the id, the title starts on a line of its own. */
const MIN_TITLE = 20;

/**
 * `id  Title`, the title wrapped under its own start when it is too long for the line; with an
 * id too long to leave the title room, the title goes under it. Each line is styled on its own,
 * so no colour runs over a line break.
 */
export function briefLine(id: string, title: string, style: Style, width: number): string {
  const idText = cleanLine(id);
  const titleText = cleanLine(title);
  const idWidth = displayWidth(idText);
  if (idWidth + 2 + displayWidth(titleText) <= width) return `${style.title(idText)}  ${style.dim(titleText)}`;
  const dim = (line: string, indent: number): string => `${' '.repeat(indent)}${style.dim(line.slice(indent))}`;
  if (idWidth + 2 + MIN_TITLE > width) {
    const ids = wrap(idText, width).split('\n').map((l) => style.title(l));
    return [...ids, ...wrap(titleText, width, '  ', '  ').split('\n').map((l) => dim(l, 2))].join('\n');
  }
  const hang = idWidth + 2;
  const [first, ...rest] = wrap(titleText, width, ' '.repeat(hang), ' '.repeat(hang)).split('\n');
  return [`${style.title(idText)}  ${style.dim(first!.slice(hang))}`, ...rest.map((l) => dim(l, hang))].join('\n');
}
