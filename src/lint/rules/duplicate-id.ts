/**
 * `duplicate-id`: file names in one folder that a file system may take for the same name, and,
 * with `acrossFolders`, one id used in several folders of the briefs directory.
 */
import { dirname, relative } from 'node:path';
import { idFromPath, idKey } from '../../brief/meta.js';
import type { ProjectRule } from '../types.js';

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

const rule: ProjectRule = {
  id: 'duplicate-id',
  description: 'Two files in one folder have names that differ only by letter case or Unicode normalisation, so a file system that ignores the difference (macOS, Windows) keeps only one; with acrossFolders, also one id in two folders.',
  defaultSeverity: 'error',
  defaultOptions: { acrossFolders: false },
  examples: {
    fail: [
      { files: ['briefs/Gulf.md', 'briefs/gulf.md'], flagged: ['briefs/gulf.md', 'briefs/Gulf.md'] },
      { files: ['briefs/a/gulf.md', 'briefs/b/gulf.md'], flagged: ['briefs/a/gulf.md', 'briefs/b/gulf.md'], options: { acrossFolders: true } },
    ],
    pass: [
      { files: ['briefs/gulf.md', 'briefs/gulf-2.md'] },
      // One brief per language, as a static site keeps them: each is named by its path (`brief show en/gulf`).
      { files: ['briefs/en/gulf.md', 'briefs/fr/gulf.md', 'briefs/old/Gulf.md'] },
    ],
  },
  check({ dir, files, options, report }) {
    const acrossFolders = options.acrossFolders === true;
    const byKey = new Map<string, string[]>();
    for (const file of files) {
      const key = `${acrossFolders ? '' : `${dirname(file)}\0`}${idKey(idFromPath(file))}`;
      const paths = byKey.get(key);
      if (paths) paths.push(file);
      else byKey.set(key, [file]);
    }
    for (const paths of byKey.values()) {
      if (paths.length < 2) continue;
      for (const path of paths) {
        const id = idFromPath(path);
        // One message per kind of collision, each naming the other files.
        const kinds = new Map<string, string[]>();
        for (const other of paths) {
          if (other === path) continue;
          const kind = collision(id, idFromPath(other));
          const others = kinds.get(kind);
          if (others) others.push(relative(dir, other));
          else kinds.set(kind, [relative(dir, other)]);
        }
        for (const [kind, others] of kinds) {
          report({ file: path, line: 1, message: `id "${id}" ${kind} ${others.join(', ')}; rename one of them` });
        }
      }
    }
  },
};
export default rule;
