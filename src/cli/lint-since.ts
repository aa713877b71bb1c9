/**
 * `brief lint --since <rev>`: the rules that compare a brief with an earlier version
 * (judgment-change-unexplained), run on each linted file against its version at <rev>. The
 * other rules run as always; these run here, once git has given the earlier versions.
 */
import type { Brief } from '../brief/model.js';
import { parseBrief } from '../brief/parse.js';
import { decodeBrief, readBriefFile } from '../brief/read.js';
import type { BriefConfig } from '../lint/config.js';
import { lintBrief } from '../lint/engine.js';
import judgmentChangeUnexplained from '../lint/rules/judgment-change-unexplained.js';
import type { LintMessage, Rule } from '../lint/types.js';
import { gitPath, readManyAt, resolveRevision, type GitPath } from './git.js';

/** The rules that need the earlier version. */
const SINCE_RULES: readonly Rule[] = [judgmentChangeUnexplained];

/**
 * Each file's place in git, and the revision checked in each repository met, before any
 * linting: a bad revision or a file outside a repository is a usage error (exit 2).
 */
export interface Since { places: Map<string, GitPath>; commits: Map<string, string> }

export async function prepareSince(files: readonly string[], rev: string, env: NodeJS.ProcessEnv): Promise<Since> {
  const places = new Map<string, GitPath>();
  const commits = new Map<string, string>();
  const roots = new Map<string, Promise<string>>();
  for (const file of files) {
    const place = await gitPath(file, env, roots);
    places.set(file, place);
    if (!commits.has(place.root)) commits.set(place.root, await resolveRevision(place.root, rev, env));
  }
  return { places, commits };
}

/** The findings of the version-comparing rules for `files`, compared with their versions at the revision prepared. */
export async function lintSince(files: readonly string[], { places, commits }: Since, config: BriefConfig, env: NodeJS.ProcessEnv): Promise<LintMessage[]> {
  const earlier = new Map<string, Brief | null>();
  for (const [root, commit] of commits) {
    const here = files.filter((f) => places.get(f)!.root === root);
    const read = await readManyAt(root, commit, here.map((f) => places.get(f)!.path), env);
    for (const file of here) {
      const bytes = read.get(places.get(file)!.path) ?? null;
      const decoded = bytes === null ? null : decodeBrief(bytes);
      // A brief new since <rev>, or one that could not be read then, has nothing to compare with.
      const parsed = decoded?.ok ? parseBrief(decoded.text, file) : null;
      earlier.set(file, parsed && !parsed.problems.some((p) => p.fatal) ? parsed.brief : null);
    }
  }
  const messages: LintMessage[] = [];
  for (const file of files) {
    const previous = earlier.get(file) ?? null;
    if (previous === null) continue;
    const now = readBriefFile(file);
    // A file that cannot be read now is reported by the other rules.
    if (!now.ok) continue;
    messages.push(...lintBrief(now.text, file, config, SINCE_RULES, previous).filter((m) => SINCE_RULES.some((r) => r.id === m.rule)));
  }
  return messages;
}
