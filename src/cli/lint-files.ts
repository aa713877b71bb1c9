/** Collecting, linting and fixing files for `brief lint` (I/O here; the rules stay pure). */
import { existsSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { discoverBriefs } from '../brief/discover.js';
import { readBriefFile } from '../brief/read.js';
import { lintBrief, lintProject, lintWithProblems, unreadableMessage } from '../lint/engine.js';
import { applyFixes, fixDiff } from '../lint/fix.js';
import { ChangedSinceReadError, writeFileAtomic } from './write-file.js';
import type { BriefConfig } from '../lint/config.js';
import type { Fix, LintMessage } from '../lint/types.js';
import { cleanLine } from '../text/sanitize.js';
import { BriefError, UsageError } from './errors.js';
import { yieldToEventLoop } from './yield.js';

export interface Targets {
  files: string[];
  /** Each directory given, with its files, for the directory-wide rules. */
  dirs: Array<{ dir: string; files: string[] }>;
  warnings: string[];
  /** Folders that could not be read: briefs in them were not checked. */
  unread: string[];
}

/** What lint takes instead of a path that names nothing, or only folders without briefs. */
export const LINT_PATHS_HINT = "give the path of a brief's .md file or of a folder of briefs";

/**
 * The paths given to lint, each as found: from here, or else (a relative path) in the briefs
 * directory, as the other commands look up a brief's path or a folder (`lint en/` for
 * `<dir>/en`). A path found in neither is a usage error (exit 2).
 */
export function lintPaths(given: readonly string[], dir: string): string[] {
  return given.map((path) => {
    if (existsSync(path)) return path;
    const inside = isAbsolute(path) ? null : join(dir, path);
    if (inside !== null && existsSync(inside)) return inside;
    const where = inside === null ? '' : `, here or in ${cleanLine(dir)}`;
    throw new UsageError(`no such file or directory: ${cleanLine(path)}${where}; ${LINT_PATHS_HINT}`);
  });
}

/** Files and directories to lint; a path that does not exist is a usage error (exit 2). */
export async function collectTargets(paths: string[], follow = false): Promise<Targets> {
  const targets: Targets = { files: [], dirs: [], warnings: [], unread: [] };
  const seen = new Set<string>();
  for (const path of paths) {
    let isDir: boolean;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      throw new UsageError(`no such file or directory: ${cleanLine(path)}; ${LINT_PATHS_HINT}`);
    }
    let files = [path];
    if (isDir) {
      const found = await discoverBriefs(path, { follow });
      for (const w of found.warnings) targets.warnings.push(w);
      for (const u of found.unread) targets.unread.push(u);
      targets.dirs.push({ dir: path, files: found.files });
      files = found.files;
    }
    for (const file of files) {
      if (!seen.has(file)) { seen.add(file); targets.files.push(file); }
    }
  }
  return targets;
}

export interface FileResult {
  path: string;
  messages: LintMessage[];
  /** The file's text; null when it could not be read, or the parser found it unreadable (it is never rewritten). */
  text: string | null;
}

/** Lints one file; `today` (YYYY-MM-DD) is the day its dates are checked against, by default the local date. */
export function lintFile(path: string, config: BriefConfig, today?: string): FileResult {
  try {
    const read = readBriefFile(path);
    if (!read.ok) return { path, messages: unreadableMessage(path, read.problem, config), text: null };
    const { messages, problems } = lintWithProblems(read.text, path, config, undefined, null, today);
    return { path, messages, text: problems.some((p) => p.fatal) ? null : read.text };
  } catch (error) {
    // One brief that breaks the linter is that brief's problem, never the run's.
    const problem = { code: 'unreadable' as const, line: 1, column: 1, fatal: true, message: `could not be checked (${cleanLine((error as Error).message ?? String(error))})` };
    return { path, messages: unreadableMessage(path, problem, config), text: null };
  }
}

export interface LintRun {
  messages: LintMessage[];
  /** With dryRun: the unified diff of every fix. */
  diff: string;
  /** With fix: how many files were rewritten, how many problems that fixed, and how many files could not be. */
  fixed: number;
  fixedProblems: number;
  notWritten: number;
}

export interface LintFilesOptions {
  fix?: boolean;
  dryRun?: boolean;
  /** Write read-only files too. */
  force?: boolean;
  /** The folder each file was found in: a symbolic link is fixed only when it points inside it. */
  roots?: ReadonlyMap<string, string>;
  /** Told how many files are done, every 64 files. */
  progress?: (done: number) => void;
  /** Told, one line each, of files that could not be fixed (read-only, changed meanwhile, no space...). */
  warn?: (line: string) => void;
  /** The day dates are checked against (YYYY-MM-DD); by default the local date. */
  today?: string;
}

/** Times a file that changes while it is being fixed is read again before it is left alone. */
const FIX_ATTEMPTS = 3;

/**
 * Lints files in order, fixing each as soon as it is linted (written atomically, or added to
 * the diff), and keeps only the messages: memory does not grow with the files' text. A file
 * that cannot be written is named and left as it is; the others go on.
 */
export async function lintFiles(files: string[], config: BriefConfig, options: LintFilesOptions = {}): Promise<LintRun> {
  const run: LintRun = { messages: [], diff: '', fixed: 0, fixedProblems: 0, notWritten: 0 };
  for (const [i, file] of files.entries()) {
    if (i % 64 === 63) {
      options.progress?.(i);
      await yieldToEventLoop();
    }
    const result = options.fix ? await lintAndFix(file, config, options, run) : lintFile(file, config, options.today);
    if (options.dryRun) {
      const fixed = fixText(result, config, options.today);
      if (fixed) run.diff += fixDiff(result.path, result.text!, fixed.firstPass);
    }
    for (const m of result.messages) run.messages.push(m);
  }
  return run;
}

/** Lints a file and writes its fixes; when it changed meanwhile, reads it again (an editor saved). */
async function lintAndFix(file: string, config: BriefConfig, options: LintFilesOptions, run: LintRun): Promise<FileResult> {
  for (let attempt = 1; ; attempt += 1) {
    const result = lintFile(file, config, options.today);
    const fixed = fixText(result, config, options.today);
    if (!fixed) return result;
    try {
      await writeFileAtomic(file, fixed.text, { unchangedSince: result.text!, force: options.force, within: options.roots?.get(file) });
      run.fixed += 1;
      run.fixedProblems += fixed.count;
      return { ...result, messages: fixed.messages };
    } catch (error) {
      if (error instanceof ChangedSinceReadError && !error.deleted && attempt < FIX_ATTEMPTS) continue;
      if (!(error instanceof UsageError || error instanceof BriefError)) throw error;
      run.notWritten += 1;
      options.warn?.(error.message);
      // Reported as it is on disk now (a deleted file is not brought back).
      return error instanceof ChangedSinceReadError && error.deleted ? { path: file, messages: [], text: null } : result;
    }
  }
}

export interface FixOutcome {
  text: string;
  messages: LintMessage[];
  /** The first pass's fixes, in original line numbers (what --fix-dry-run shows). */
  firstPass: Fix[];
  /** How many fixes were applied, over every pass: the problems fixed. */
  count: number;
}

/**
 * Applies safe fixes until none are left (at most 10 passes: fixes that overlap wait for the
 * next one). A file whose frontmatter does not parse is never fixed.
 */
export function fixText(result: FileResult, config: BriefConfig, today?: string): FixOutcome | null {
  if (result.text === null) return null;
  let text = result.text;
  let messages = result.messages;
  let firstPass: Fix[] = [];
  let count = 0;
  for (let pass = 0; pass < 10; pass += 1) {
    const pending = messages.flatMap((m) => (m.fix ? [m.fix] : []));
    if (pending.length === 0) break;
    const { text: next, applied } = applyFixes(text, pending);
    if (applied.length === 0 || next === text) break;
    if (pass === 0) firstPass = applied;
    count += applied.length;
    text = next;
    messages = lintBrief(text, result.path, config, undefined, null, today);
  }
  return text === result.text ? null : { text, messages, firstPass, count };
}

/** The project rules' findings (duplicate-id) for every directory linted. */
export function directoryFindings(targets: Targets, config: BriefConfig): LintMessage[] {
  return targets.dirs.flatMap(({ dir, files }) => lintProject(dir, files, config));
}
