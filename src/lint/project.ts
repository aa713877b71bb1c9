/** `duplicate-id`: ids must be unique within one briefs directory, whatever the file system. */
import { relative } from 'node:path';
import { idFromPath } from '../brief/parse.js';
import type { LintMessage, Severity } from './types.js';

export const DUPLICATE_ID = {
  id: 'duplicate-id',
  description: 'Two files in one briefs directory have the same id (file name), or ids that differ only by letter case or Unicode normalisation, so "brief show <id>" cannot tell them apart.',
  defaultSeverity: 'error' as const,
};

/**
 * The form two ids share when one file system may take them for the same name: letter case
 * (macOS and Windows ignore it by default) and Unicode normalisation (macOS stores `é` as `e`
 * and a combining accent, NFD; most editors type it as one character, NFC).
 */
export function idKey(id: string): string {
  return id.normalize('NFC').toLowerCase();
}

/** How `other` collides with `id` (same `idKey`): the same, or different only by normalisation or case. */
function collision(id: string, other: string): string {
  if (id === other) return 'is also used by';
  // The two spellings look the same on screen: say which is which.
  if (id.normalize('NFC') === other.normalize('NFC')) return `is spelled in ${form(id)}, and in ${form(other)} by`;
  return 'differs only by letter case from';
}

function form(id: string): string {
  return id === id.normalize('NFC') ? 'NFC' : id === id.normalize('NFD') ? 'NFD' : 'mixed Unicode normalisation';
}

export function checkDuplicateIds(dir: string, files: string[], severity: Severity | 'off'): LintMessage[] {
  if (severity === 'off') return [];
  const byKey = new Map<string, string[]>();
  for (const file of files) {
    const key = idKey(idFromPath(file));
    const paths = byKey.get(key);
    if (paths) paths.push(file);
    else byKey.set(key, [file]);
  }
  const messages: LintMessage[] = [];
  for (const paths of byKey.values()) {
    if (paths.length < 2) continue;
    for (const path of paths) {
      const id = idFromPath(path);
      // One message per kind of collision, each naming the other files.
      const kinds = new Map<string, string[]>();
      for (const other of paths) {
        if (other === path) continue;
        const kind = collision(id, idFromPath(other));
        kinds.set(kind, [...(kinds.get(kind) ?? []), relative(dir, other)]);
      }
      for (const [kind, others] of kinds) {
        messages.push({ file: path, line: 1, column: 1, severity, rule: 'duplicate-id', message: `id "${id}" ${kind} ${others.join(', ')}; rename one of them` });
      }
    }
  }
  return messages;
}
