/**
 * Applying fixes to the original text. Fixes are line edits; the original's byte-order mark
 * and each line's own ending (LF, CRLF, CR) are kept, so no byte outside a fix changes.
 */
import type { Fix } from './types.js';

interface SplitText { bom: string; lines: string[]; eols: string[] }

function split(text: string): SplitText {
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const parts = text.slice(bom.length).split(/(\r\n|\r|\n)/);
  const lines: string[] = [];
  const eols: string[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    lines.push(parts[i]!);
    eols.push(parts[i + 1] ?? '');
  }
  return { bom, lines, eols };
}

export interface FixResult {
  text: string;
  /** The fixes applied, in file order (overlapping ones are left for the next pass). */
  applied: Fix[];
}

export function applyFixes(original: string, fixes: Fix[]): FixResult {
  const { bom, lines, eols } = split(original);
  // The last fix first, so an overlapping one before it waits for the next pass.
  const sorted = [...fixes].sort((a, b) => b.from - a.from || b.to - a.to);
  const applied: Fix[] = [];
  let lowest = Infinity;
  for (const fix of sorted) {
    if (fix.from < 1 || fix.to < fix.from - 1 || fix.to > lines.length || fix.to >= lowest) continue;
    applied.unshift(fix);
    lowest = fix.from;
  }
  // The text rebuilt in one pass (no splice(...lines): a long fix would overflow the stack).
  let text = bom;
  let next = 1;
  for (const fix of applied) {
    for (; next < fix.from; next += 1) text += lines[next - 1]! + eols[next - 1]!;
    const eol = eols[fix.from - 1] || eols.find((e) => e !== '') || '\n';
    const lastEol = eols[fix.to - 1] ?? '';
    fix.lines.forEach((line, i) => { text += line + (i === fix.lines.length - 1 ? lastEol || eol : eol); });
    next = fix.to + 1;
  }
  for (; next <= lines.length; next += 1) text += lines[next - 1]! + eols[next - 1]!;
  return { text, applied };
}

/** A unified diff of the fixes (as `diff -u` prints), for --fix-dry-run. */
export function fixDiff(path: string, original: string, fixes: Fix[], context = 3): string {
  const { lines } = split(original);
  if (fixes.length === 0) return '';
  const sorted = [...fixes].sort((a, b) => a.from - b.from);
  // Group changes whose context would touch into one hunk.
  const hunks: Fix[][] = [];
  for (const fix of sorted) {
    const last = hunks.at(-1);
    if (last && fix.from - last.at(-1)!.to <= context * 2 + 1) last.push(fix);
    else hunks.push([fix]);
  }
  const out = [`--- a/${path}`, `+++ b/${path}`];
  let offset = 0;
  for (const hunk of hunks) {
    const start = Math.max(1, hunk[0]!.from - context);
    const end = Math.min(lines.length, hunk.at(-1)!.to + context);
    const body: string[] = [];
    let oldCount = 0;
    let newCount = 0;
    let line = start;
    for (const fix of hunk) {
      for (; line < fix.from; line += 1) { body.push(` ${lines[line - 1]}`); oldCount += 1; newCount += 1; }
      for (; line <= fix.to; line += 1) { body.push(`-${lines[line - 1]}`); oldCount += 1; }
      for (const added of fix.lines) { body.push(`+${added}`); newCount += 1; }
    }
    for (; line <= end; line += 1) { body.push(` ${lines[line - 1]}`); oldCount += 1; newCount += 1; }
    const newStart = start + offset;
    out.push(`@@ -${start},${oldCount} +${newCount === 0 ? newStart - 1 : newStart},${newCount} @@`);
    for (const l of body) out.push(l); // not push(...body): a long paste would overflow the stack
    offset += newCount - oldCount;
  }
  return `${out.join('\n')}\n`;
}
