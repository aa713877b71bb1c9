/** The default output: one line per finding starting `path:line:column`, grouped by file. */
import type { LintMessage } from '../types.js';
import type { Style } from '../../render/style.js';
import { cleanLine } from '../../text/sanitize.js';
import { displayWidth, wrap } from '../../text/wrap.js';

/**
 * The output in pieces of 1,000 findings, to write as they come: a report of hundreds of
 * thousands of findings need not exist at once as one string. Positions are padded to the widest, found first.
 */
export function* stylishChunks(messages: readonly LintMessage[], style: Style, width: number | null = null): Generator<string> {
  const files = new Map<string, string>();
  const position = (m: LintMessage): string => {
    let file = files.get(m.file);
    if (file === undefined) files.set(m.file, (file = cleanLine(m.file)));
    return `${file}:${m.line}:${m.column}`;
  };
  // A loop, not Math.max(...): a spread of 100,000 findings overflows the call stack.
  const columns = width;
  width = 0;
  for (const m of messages) width = Math.max(width, position(m).length);
  let file: string | null = null;
  for (let start = 0; start < messages.length; start += 1000) {
    const out: string[] = [];
    for (const m of messages.slice(start, start + 1000)) {
      if (file !== null && m.file !== file) out.push('');
      file = m.file;
      const severity = m.severity === 'error' ? style.error('error  ') : style.warn('warning');
      const lead = `${position(m).padEnd(width)}  ${severity}  `;
      const text = `${cleanLine(m.message)}  ${style.dim(m.rule)}`;
      out.push(columns === null ? lead + text : wrapFinding(lead, text, columns));
    }
    yield `${out.join('\n')}\n`;
  }
}

/**
 * On a terminal, a finding wraps under its message; when the location takes more than half the
 * line, the message goes on the lines below it, indented.
 */
function wrapFinding(lead: string, text: string, columns: number): string {
  const leadWidth = displayWidth(lead);
  if (leadWidth + displayWidth(text) <= columns) return lead + text;
  if (leadWidth <= columns / 2) return wrap(text, columns, ' '.repeat(leadWidth), lead);
  return `${wrap(lead.trimEnd(), columns, '    ', '')}\n${wrap(text, columns, '    ')}`;
}

export function formatStylish(messages: readonly LintMessage[], style: Style): string {
  return [...stylishChunks(messages, style)].join('');
}

/**
 * The closing count, for stderr: "2 errors and 1 warning in 2 of 5 briefs; 1 fixable with --fix".
 * `unread` folders could not be listed: the count then never claims that all was checked.
 * `hidden` warnings were left out of the report (--quiet): counted as such, never as "no problems".
 */
export function formatCount(messages: LintMessage[], files: number, style: Style, { unread = 0, hidden = 0 } = {}): string {
  const errors = messages.filter((m) => m.severity === 'error').length;
  const warnings = messages.length - errors;
  const fixable = messages.filter((m) => m.fix).length;
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  const briefs = plural(files, 'brief');
  const notRead = unread > 0 ? `; ${plural(unread, 'folder')} could not be read` : '';
  const found = hidden > 0 ? `${plural(errors, 'error')} (and ${plural(hidden, 'warning')} not shown: --quiet)` : `${plural(errors, 'error')} and ${plural(warnings, 'warning')}`;
  if (messages.length === 0 && unread > 0) return `${style.error('✖')} ${briefs} checked${notRead}\n`;
  if (messages.length === 0) return `${style.done('✔')} ${briefs} checked, no problems\n`;
  const withProblems = new Set(messages.map((m) => m.file)).size;
  const mark = errors > 0 || unread > 0 ? style.error('✖') : style.warn('⚠');
  return `${mark} ${found} in ${withProblems} of ${briefs}` +
    `${fixable > 0 ? `; ${fixable} fixable with --fix` : ''}${notRead}\n`;
}
