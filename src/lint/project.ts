/** `duplicate-id`: ids must be unique within one briefs directory. */
import { relative } from 'node:path';
import { idFromPath } from '../brief/parse.js';
import type { LintMessage, Severity } from './types.js';

export const DUPLICATE_ID = {
  id: 'duplicate-id',
  description: 'Two files in one briefs directory have the same id (file name), so "brief show <id>" cannot tell them apart.',
  defaultSeverity: 'error' as const,
};

export function checkDuplicateIds(dir: string, files: string[], severity: Severity | 'off'): LintMessage[] {
  if (severity === 'off') return [];
  const byId = new Map<string, string[]>();
  for (const file of files) byId.set(idFromPath(file), [...(byId.get(idFromPath(file)) ?? []), file]);
  const messages: LintMessage[] = [];
  for (const [id, paths] of byId) {
    if (paths.length < 2) continue;
    for (const path of paths) {
      const others = paths.filter((p) => p !== path).map((p) => relative(dir, p)).join(', ');
      messages.push({ file: path, line: 1, column: 1, severity, rule: 'duplicate-id', message: `id "${id}" is also used by ${others}; rename one of them` });
    }
  }
  return messages;
}
