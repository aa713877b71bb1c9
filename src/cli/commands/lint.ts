/** `brief lint [paths...]`: the writers' checker. */
import { Command, Option } from '@commander-js/extra-typings';

const FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;
export interface LintOptions {
  format: (typeof FORMATS)[number];
  quiet?: boolean;
  maxWarnings?: string;
  fix?: boolean;
  fixDryRun?: boolean;
  force?: boolean;
  watch?: boolean;
}

export function createLintCommand(run: (paths: string[], opts: LintOptions) => Promise<void>) {
  return new Command('lint')
    .description('check briefs: frontmatter, structure, estimative language, pasted web text')
    .argument('[paths...]', 'files or directories (default: the briefs directory)')
    .addOption(new Option('--format <format>', 'output format').choices(FORMATS).default('stylish' as const))
    .option('--quiet', 'report errors only')
    .option('--max-warnings <n>', 'exit 1 when there are more than n warnings')
    .option('--fix', 'apply safe fixes (pasted web text, tags strings) and write files atomically')
    .option('--fix-dry-run', 'print the fixes as a diff instead of writing them')
    .option('--force', 'with --fix: rewrite read-only files too')
    .option('--watch', 'lint again whenever a file changes (Ctrl-C to stop)')
    .addHelpText('after', `
Rules, severities and fixes are described in docs/lint-rules.md. Configure them in
.briefrc.json (found from the current folder upward); silence one place with
<!-- brief-lint-disable-next-line rule-id -->.

Exit status: 0 no errors (warnings allowed), 1 errors (or more warnings than
--max-warnings), 2 the command could not run (bad arguments, a missing path).

Examples:
  $ brief lint
  $ brief lint briefs/draft.md --fix
  $ brief lint --format json | jq 'group_by(.rule) | map({rule: .[0].rule, n: length})'
  $ brief lint --format github          # annotations in GitHub Actions
  $ brief lint --quiet --max-warnings 0`)
    .action(async (paths, opts) => { await run(paths, opts as LintOptions); });
}
