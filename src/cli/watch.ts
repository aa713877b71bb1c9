/**
 * Watching for `lint --watch`: the folders that hold what is linted, one plain watcher each,
 * filtered by name. Editors replace a file when they save (a temporary file renamed over it,
 * or delete and create), and a watcher on the file itself would follow the old one; Node 20's
 * recursive watcher on Linux misses a file deleted and made again. A folder's watcher sees both.
 */
import { lstatSync, readdirSync, realpathSync, statSync, watch, type FSWatcher } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

export interface WatchEvents {
  /** Something changed; called once the burst of events is over, with the paths it named. */
  changed(paths: string[]): void;
  /** A watched folder is gone (or cannot be watched): the watch is closed, nothing else comes. */
  stopped(path: string, reason: string): void;
}

export interface Watch { close(): void }

/** Editors save in bursts (temp file, rename): wait this long after the last event. */
const SETTLE_MS = 150;
/** A folder deleted and made again sends nothing to its old watcher: look now and then too. */
const CHECK_MS = 1000;

/** A path given: a folder is watched with every folder below it, a file through its folder. */
interface Root { path: string; isDirectory: boolean; identity: string }

/** What a folder's watcher passes on: brief names and folders, or only the names of the files given. */
interface Plan { display: string; names: Set<string>; briefs: boolean }

interface Watched { identity: string; watcher: FSWatcher; plan: Plan }

/** Device and inode: a folder deleted and made again is another folder. */
function identify(path: string): { isDirectory: boolean; identity: string } | null {
  try {
    const stats = statSync(path);
    return { isDirectory: stats.isDirectory(), identity: `${stats.dev}:${stats.ino}` };
  } catch {
    return null;
  }
}

const isDirectory = (path: string): boolean => identify(path)?.isDirectory === true;

/** Names a folder search reads as briefs (brief/discover.ts); editors' temporary files are not. */
const isBriefName = (name: string): boolean => name.endsWith('.md') && !name.startsWith('.');

/** The folder and every folder below it, as discovery walks them (no hidden ones, no node_modules, no links). */
function folders(root: string, found: string[] = []): string[] {
  found.push(root);
  let entries;
  try {
    entries = readdirSync(root, { withFileTypes: true });
  } catch {
    return found;
  }
  for (const entry of entries) {
    if (entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules') folders(join(root, entry.name), found);
  }
  return found;
}

/** Which folders to watch now, and what to pass on from each. */
function planFolders(roots: Root[]): Map<string, Plan> {
  const plans = new Map<string, Plan>();
  const add = (folder: string, display: string, name: string | null): void => {
    const key = resolve(folder);
    const plan = plans.get(key) ?? { display, names: new Set<string>(), briefs: false };
    if (name === null) plan.briefs = true;
    else plan.names.add(name);
    plans.set(key, plan);
  };
  for (const root of roots) {
    if (root.isDirectory) {
      for (const folder of folders(root.path)) add(folder, folder, null);
      continue;
    }
    add(dirname(root.path), dirname(root.path), basename(root.path));
    // A linked file changes where its target lives too.
    try {
      if (lstatSync(root.path).isSymbolicLink()) {
        const real = realpathSync(root.path);
        add(dirname(real), dirname(root.path), basename(real));
      }
    } catch { /* a link to nothing, or a file being replaced: planned again after the next event */ }
  }
  return plans;
}

/**
 * Watches each path: a folder with every folder below it, a file through its folder. A file
 * deleted is waited for (an editor may be saving it); a folder given, or a file's folder, gone
 * ends the watch.
 */
export function watchPaths(paths: string[], events: WatchEvents): Watch {
  const roots: Root[] = [];
  for (const path of paths) {
    const found = identify(path);
    if (!found) {
      queueMicrotask(() => events.stopped(path, 'no longer exists'));
      return { close: () => {} };
    }
    const folder = found.isDirectory ? path : dirname(path);
    roots.push({ path, isDirectory: found.isDirectory, identity: identify(folder)?.identity ?? '' });
  }

  const watched = new Map<string, Watched>();
  const changed = new Set<string>();
  let timer: NodeJS.Timeout | null = null;
  let closed = false;

  const close = (): void => {
    closed = true;
    if (timer) clearTimeout(timer);
    clearInterval(poll);
    for (const { watcher } of watched.values()) watcher.close();
    watched.clear();
  };
  const stop = (path: string, reason: string): void => {
    if (closed) return;
    close();
    events.stopped(path, reason);
  };
  const settle = (): void => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      if (!check() || !reconcile()) return;
      const paths = [...changed].sort();
      changed.clear();
      events.changed(paths);
    }, SETTLE_MS);
  };

  const open = (folder: string, identity: string, plan: Plan): boolean => {
    let watcher: FSWatcher;
    try {
      watcher = watch(folder, (_event, name) => {
        const entry = watched.get(folder);
        if (!entry) return;
        const { plan: now } = entry;
        if (name === null) changed.add(now.display);
        else if (now.names.has(name) || (now.briefs && (isBriefName(name) || watched.has(join(folder, name)) || isDirectory(join(folder, name))))) {
          changed.add(join(now.display, name));
        } else return;
        settle();
      });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'error';
      // A folder below a root that went, or that cannot be read, is lint's to report.
      if (code === 'ENOENT' || code === 'EACCES' || code === 'ENOTDIR') return true;
      stop(plan.display, `cannot be watched (${code})`);
      return false;
    }
    // A folder deleted is planned away after its event; any other failure ends the watch.
    watcher.on('error', (error: NodeJS.ErrnoException) => {
      if (isDirectory(folder)) stop(plan.display, `cannot be watched (${error.code ?? 'error'})`);
      else settle();
    });
    watched.set(folder, { identity, watcher, plan });
    return true;
  };

  /** Watches the folders there are now: new ones opened, gone or replaced ones closed. */
  const reconcile = (): boolean => {
    const plans = planFolders(roots);
    for (const [folder, entry] of watched) {
      if (!plans.has(folder) || identify(folder)?.identity !== entry.identity) {
        entry.watcher.close();
        watched.delete(folder);
      }
    }
    for (const [folder, plan] of plans) {
      const entry = watched.get(folder);
      if (entry) { entry.plan = plan; continue; }
      const found = identify(folder);
      if (found?.isDirectory && !open(folder, found.identity, plan)) return false;
    }
    return !closed;
  };

  /** True while every folder given, and every file's folder, is there. Stops otherwise. */
  const check = (): boolean => {
    for (const root of roots) {
      const folder = root.isDirectory ? root.path : dirname(root.path);
      const found = identify(folder);
      if (!found || !found.isDirectory) {
        stop(root.isDirectory ? root.path : folder, 'no longer exists');
        return false;
      }
      // Made again (a checkout, a restore): watched afresh, and linted.
      if (found.identity !== root.identity) {
        root.identity = found.identity;
        changed.add(root.path);
        settle();
      }
    }
    return true;
  };

  // Also keeps the process alive.
  const poll = setInterval(check, CHECK_MS);
  reconcile();
  return { close };
}
