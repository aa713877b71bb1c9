/** `--format github`: GitHub Actions workflow commands, shown as annotations on the changed lines. */
import type { LintMessage } from '../types.js';
import { cleanLine } from '../../text/sanitize.js';

/** Workflow-command escaping: data escapes %, CR, LF; properties also escape ":" and ",". */
const data = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const property = (s: string): string => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

function line(m: LintMessage): string {
  return `::${m.severity === 'error' ? 'error' : 'warning'} file=${property(cleanLine(m.file))},line=${m.line},col=${m.column},title=${property(m.rule)}::${data(cleanLine(m.message))}\n`;
}

/** The output in pieces of 1,000 findings, to write as they come. */
export function* githubChunks(messages: readonly LintMessage[]): Generator<string> {
  for (let start = 0; start < messages.length; start += 1000) yield messages.slice(start, start + 1000).map(line).join('');
}

export function formatGithub(messages: readonly LintMessage[]): string {
  return [...githubChunks(messages)].join('');
}
