/** Whether a path lies in a folder, for real (resolved, absolute) paths of both. */
import { sep } from 'node:path';

export function isInside(folder: string, path: string): boolean {
  return path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);
}
