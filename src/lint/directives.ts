/**
 * Inline lint comments in the body:
 *   <!-- brief-lint-disable rule-a rule-b -->   (no ids: every rule) until
 *   <!-- brief-lint-enable rule-a -->
 *   <!-- brief-lint-disable-next-line rule-a -->
 * Text after ` -- ` is the writer's reason (as in ESLint), not rule ids.
 */
const DIRECTIVE = /<!--\s*brief-lint-(disable-next-line|disable|enable)\b([^>]*?)\s*-->/g;

export interface Directives {
  /** True when `rule` is disabled at `line`. */
  isDisabled(rule: string, line: number): boolean;
}

export function readDirectives(lines: string[]): Directives {
  // For each rule ('*' = all), the list of [from, to] disabled line ranges.
  const ranges = new Map<string, Array<[number, number]>>();
  const open = new Map<string, number>();
  const add = (rule: string, from: number, to: number): void => {
    ranges.set(rule, [...(ranges.get(rule) ?? []), [from, to]]);
  };
  lines.forEach((text, index) => {
    if (!text.includes('brief-lint-')) return;
    const line = index + 1;
    for (const m of text.matchAll(DIRECTIVE)) {
      const ids = m[2]!.split(/\s--(?:\s|$)/)[0]!.split(/[\s,]+/).filter(Boolean);
      const rules = ids.length > 0 ? ids : ['*'];
      for (const rule of rules) {
        if (m[1] === 'disable-next-line') add(rule, line + 1, line + 1);
        else if (m[1] === 'disable') { if (!open.has(rule)) open.set(rule, line); }
        else if (rule === '*') {
          // A bare enable closes everything.
          for (const [r, from] of open) add(r, from, line);
          open.clear();
        } else if (open.has(rule)) {
          add(rule, open.get(rule)!, line);
          open.delete(rule);
        }
      }
    }
  });
  for (const [rule, from] of open) add(rule, from, Number.MAX_SAFE_INTEGER);
  return {
    isDisabled(rule, line) {
      for (const key of [rule, '*']) {
        for (const [from, to] of ranges.get(key) ?? []) if (line >= from && line <= to) return true;
      }
      return false;
    },
  };
}
