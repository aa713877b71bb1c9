/** Watching folders and files for `lint --watch`: one call per burst of changes, and an end when one goes. */
import { realpathSync, statSync, watch, type FSWatcher } from 'node:fs';
import { basename, dirname } from 'node:path';

export interface WatchEvents {
  /** Something changed; called once the burst of events is over. */
  changed(): void;
  /** A watched path is gone (or cannot be watched): the watch is closed, nothing else comes. */
  stopped(path: string, reason: string): void;
}

export interface Watch { close(): void }

/** Editors save in bursts (temp file, rename): wait this long after the last event. */
const SETTLE_MS = 150;
/** The recursive watcher may close without a word when its folder goes: look now and then too. */
const CHECK_MS = 1000;

interface Target { path: string; isDirectory: boolean; identity: string; watcher: FSWatcher | null }

/** Device and inode: a folder deleted and made again is another folder, with no watcher on it. */
function identify(path: string): { isDirectory: boolean; identity: string } | null {
  try {
    const stats = statSync(path);
    return { isDirectory: stats.isDirectory(), identity: `${stats.dev}:${stats.ino}` };
  } catch {
    return null;
  }
}

/**
 * Watches each path: a folder recursively, a file through its folder (an editor's atomic save
 * replaces the file, and a watcher on the old one would hear nothing more).
 */
export function watchPaths(paths: string[], events: WatchEvents): Watch {
  let timer: NodeJS.Timeout | null = null;
  let closed = false;
  const targets: Target[] = [];
  for (const path of paths) {
    const found = identify(path);
    if (!found) {
      queueMicrotask(() => events.stopped(path, 'no longer exists'));
      return { close: () => {} };
    }
    targets.push({ path, ...found, watcher: null });
  }

  const close = (): void => {
    closed = true;
    if (timer) clearTimeout(timer);
    clearInterval(poll);
    for (const target of targets) target.watcher?.close();
  };
  const stop = (path: string, reason: string): void => {
    if (closed) return;
    close();
    events.stopped(path, reason);
  };
  const open = (target: Target): void => {
    target.watcher?.close();
    try {
      // A linked file changes where its target lives.
      const real = target.isDirectory ? target.path : realpathSync(target.path);
      const folder = target.isDirectory ? real : dirname(real);
      const name = basename(real);
      target.watcher = watch(folder, { recursive: target.isDirectory }, (_event, file) => {
        if (target.isDirectory || file === null || file === name) settle();
      });
    } catch (error) {
      stop(target.path, `cannot be watched (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
      return;
    }
    // A watcher that fails hears nothing more: say why, unless the path is simply gone.
    target.watcher.on('error', (error: NodeJS.ErrnoException) => {
      if (check()) stop(target.path, `cannot be watched (${error.code ?? 'error'})`);
    });
  };
  /** True when every path is still there; re-watches a folder made again. Stops otherwise. */
  const check = (): boolean => {
    for (const target of targets) {
      const found = identify(target.path);
      if (!found || found.isDirectory !== target.isDirectory) {
        stop(target.path, 'no longer exists');
        return false;
      }
      if (target.isDirectory && found.identity !== target.identity) {
        target.identity = found.identity;
        open(target);
        if (closed) return false;
        settle();
      }
    }
    return true;
  };
  const settle = (): void => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      if (check()) events.changed();
    }, SETTLE_MS);
  };
  // Also keeps the process alive when a watcher closes by itself.
  const poll = setInterval(check, CHECK_MS);
  for (const target of targets) if (!closed) open(target);
  return { close };
}
