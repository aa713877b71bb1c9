/** Where the frontmatter's values end, from the lines of its keys. Pure. */

/** The first line after `line` that holds a frontmatter key, or undefined. */
export function nextKeyLine(keyLines: Readonly<Record<string, number>>, line: number): number | undefined {
  let next: number | undefined;
  for (const key in keyLines) {
    const l = keyLines[key]!;
    if (l > line && (next === undefined || l < next)) next = l;
  }
  return next;
}
