/**
 * Reading briefs as a git revision holds them (`brief diff x@HEAD~1`, `brief lint --since`).
 * git runs through execFile, never a shell, and a revision is checked before use: one that
 * starts with "-" is refused, so git can never read it as an option.
 */
import type * as ChildProcess from 'node:child_process';
import { existsSync, realpathSync, statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { lazyRequire } from '../lazy-require.js';
import { cleanLine } from '../text/sanitize.js';
import { UsageError } from './errors.js';

/** A brief's file as git names it: the repository's top folder, and the path inside it. */
export interface GitPath {
  root: string;
  /** Relative to `root`, with forward slashes. */
  path: string;
}

interface Run { stdout: Buffer; stderr: string; code: number }

/** Larger than any brief read (MAX_BRIEF_BYTES), with room for a batch of them. */
const MAX_BUFFER = 256 * 1024 * 1024;

function git(args: string[], cwd: string, env: NodeJS.ProcessEnv, input?: string): Promise<Run> {
  const { execFile } = lazyRequire<typeof ChildProcess>('node:child_process');
  return new Promise((resolvePromise, reject) => {
    const child = execFile('git', args, { cwd, env, encoding: 'buffer', maxBuffer: MAX_BUFFER, windowsHide: true }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : null;
      if (error !== null && code === null) {
        reject(new UsageError((error as NodeJS.ErrnoException).code === 'ENOENT'
          ? 'git is not installed (or not on PATH); it is needed to read a brief at a revision'
          : `git could not run: ${cleanLine(error.message)}`));
        return;
      }
      resolvePromise({ stdout, stderr: stderr.toString('utf8'), code: code ?? 0 });
    });
    child.stdin?.on('error', () => { /* git exited before reading all of it: its status says why */ });
    child.stdin?.end(input ?? '');
  });
}

/** `dir`, or the nearest folder above it that exists: where git can run for it. */
function existingFolder(dir: string): string {
  let at = resolve(dir);
  while (!existsSync(at) && dirname(at) !== at) at = dirname(at);
  return at;
}

/** The folder git should run in for `file`: its own, or the nearest one that exists. */
const folderOf = (file: string): string => existingFolder(dirname(file));

/** The top folder of the repository that holds folder `dir`. */
export async function gitRoot(dir: string, env: NodeJS.ProcessEnv): Promise<string> {
  const run = await git(['rev-parse', '--show-toplevel'], dir, env);
  if (run.code !== 0) throw new UsageError(`${cleanLine(dir)} is not in a git repository; <id>@<rev> and --since read briefs kept in git`);
  return run.stdout.toString('utf8').trim();
}

/**
 * The repository that holds `file` (which need not exist in the working tree), and its path
 * there. `roots` caches the repository of each folder: a folder of briefs needs one git run.
 */
export async function gitPath(file: string, env: NodeJS.ProcessEnv, roots = new Map<string, Promise<string>>()): Promise<GitPath> {
  const cwd = folderOf(file);
  if (!roots.has(cwd)) roots.set(cwd, gitRoot(cwd, env).catch((error: Error) => {
    throw error instanceof UsageError ? new UsageError(`${cleanLine(file)} is not in a git repository; <id>@<rev> and --since read briefs kept in git`) : error;
  }));
  const root = await roots.get(cwd)!;
  // Both sides real paths: the working folder may be reached through a link (/tmp on macOS).
  const real = (p: string): string => { try { return realpathSync(p); } catch { return p; } };
  const absolute = resolve(real(cwd), relative(cwd, resolve(file)));
  const path = relative(real(root), absolute).split(sep).join('/');
  if (path.startsWith('../') || path === '..') throw new UsageError(`${cleanLine(file)} is outside its git repository ${cleanLine(root)}`);
  return { root, path };
}

/** A revision git could read as an option, or that breaks its line protocols, is refused before git sees it. */
function checkRevision(rev: string): void {
  if (rev === '' || rev.startsWith('-') || /[\0\n\r]/.test(rev)) {
    throw new UsageError(`"${cleanLine(rev)}" is not a git revision; give a commit, branch or tag, such as HEAD~1 (git log --oneline lists the commits)`);
  }
}

/**
 * A revision git does not know. In a repository with no commits yet no revision names one, and
 * `git log` lists none: that is said instead (one more git run, on this error only).
 */
async function unknownRevision(rev: string, root: string, env: NodeJS.ProcessEnv): Promise<UsageError> {
  const any = await git(['rev-list', '--all', '--max-count=1'], root, env);
  if (any.code === 0 && any.stdout.length === 0) {
    return new UsageError(`unknown git revision "${cleanLine(rev)}" in ${cleanLine(root)}: the repository has no commits yet; commit the briefs first (git add, then git commit)`);
  }
  return new UsageError(`unknown git revision "${cleanLine(rev)}" in ${cleanLine(root)}; give a commit, branch or tag of that repository (git log --oneline lists the commits)`);
}

/**
 * The commit a revision names, checked: a usage error naming the revision when git knows no such
 * commit. A revision starting with "-" is refused before git sees it.
 */
export async function resolveRevision(root: string, rev: string, env: NodeJS.ProcessEnv): Promise<string> {
  checkRevision(rev);
  const run = await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`], root, env);
  if (run.code !== 0) throw await unknownRevision(rev, root, env);
  return run.stdout.toString('utf8').trim();
}

/**
 * Where `file` is in git, and the commit `rev` names there, with one git run (start-up matters
 * to `brief diff`): the same checks as gitPath and resolveRevision.
 */
export async function locateRevision(file: string, rev: string, env: NodeJS.ProcessEnv): Promise<{ where: GitPath; commit: string }> {
  checkRevision(rev);
  const cwd = folderOf(file);
  const run = await git(['rev-parse', '--show-toplevel', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`], cwd, env);
  const [root, commit] = run.stdout.toString('utf8').split('\n');
  if (!root) throw new UsageError(`${cleanLine(file)} is not in a git repository; <id>@<rev> and --since read briefs kept in git`);
  if (run.code !== 0 || !commit) throw await unknownRevision(rev, root, env);
  const roots = new Map([[cwd, Promise.resolve(root)]]);
  return { where: await gitPath(file, env, roots), commit };
}

/** The bytes of `path` at `commit`, or null when the commit has no such file. */
export async function showAt(where: GitPath, commit: string, env: NodeJS.ProcessEnv): Promise<Buffer | null> {
  // The commit is a checked object name (hex), so `<commit>:<path>` cannot be read as an option.
  const run = await git(['show', `${commit}:${where.path}`], where.root, env);
  return run.code === 0 ? run.stdout : null;
}

/**
 * Many files at one commit with one git process (`git cat-file --batch`): `lint --since` over a
 * folder would otherwise start git once per brief. A path not in the commit maps to null.
 */
export async function readManyAt(root: string, commit: string, paths: readonly string[], env: NodeJS.ProcessEnv): Promise<Map<string, Buffer | null>> {
  const found = new Map<string, Buffer | null>();
  // A name with a line break cannot be asked for in the batch's line protocol: reported as absent.
  const asked = paths.filter((p) => !/[\n\r]/.test(p));
  if (asked.length === 0) return found;
  const run = await git(['cat-file', '--batch'], root, env, asked.map((p) => `${commit}:${p}\n`).join(''));
  if (run.code !== 0) throw new UsageError(`git could not read ${cleanLine(commit)} in ${cleanLine(root)}: ${cleanLine(run.stderr)}`);
  const out = run.stdout;
  let at = 0;
  for (const path of asked) {
    const end = out.indexOf(0x0a, at);
    if (end === -1) break;
    const header = out.subarray(at, end).toString('utf8');
    at = end + 1;
    const m = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
    if (!m) { found.set(path, null); continue; }
    const size = Number(m[2]);
    found.set(path, m[1] === 'blob' ? out.subarray(at, at + size) : null);
    at += size + 1;
  }
  return found;
}

/** True when `path` is a file in the working tree (a side of diff given as a path). */
export function isFile(path: string): boolean {
  try { return statSync(path).isFile(); } catch { return false; }
}

/**
 * Revisions to offer after `<id>@` and `lint --since` in completion: HEAD and those of its last
 * ancestors that exist (none before the first commit, HEAD~1 only from the second), then
 * branches and tags, in the repository of `dir` (or of its nearest folder: a briefs directory
 * not made yet is in the repository it would be made in).
 */
export async function listRevisions(dir: string, env: NodeJS.ProcessEnv): Promise<string[]> {
  const cwd = existingFolder(dir);
  const [ancestry, run] = await Promise.all([
    git(['rev-list', '--max-count=4', 'HEAD', '--'], cwd, env),
    git(['for-each-ref', '--format=%(refname:short)', 'refs/heads', 'refs/tags', 'refs/remotes'], cwd, env),
  ]);
  if (run.code !== 0) return [];
  const commits = ancestry.code === 0 ? ancestry.stdout.toString('utf8').split('\n').filter((l) => l !== '').length : 0;
  const heads = ['HEAD', 'HEAD~1', 'HEAD~2', 'HEAD~3'].slice(0, commits);
  const refs = run.stdout.toString('utf8').split('\n').filter((r) => r !== '' && !r.startsWith('-') && !r.endsWith('/HEAD'));
  return [...heads, ...refs];
}
