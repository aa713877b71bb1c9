/** The default output: one line per finding starting `path:line:column`, grouped by file. */
import type { LintMessage } from '../types.js';
import type { Style } from '../../render/style.js';
import { cleanLine } from '../../text/sanitize.js';

export function formatStylish(messages: LintMessage[], style: Style): string {
  const out: string[] = [];
  let file: string | null = null;
  const posWidth = Math.max(0, ...messages.map((m) => `${cleanLine(m.file)}:${m.line}:${m.column}`.length));
  for (const m of messages) {
    if (file !== null && m.file !== file) out.push('');
    file = m.file;
    const position = `${cleanLine(m.file)}:${m.line}:${m.column}`;
    const severity = m.severity === 'error' ? style.error('error  ') : style.warn('warning');
    out.push(`${position.padEnd(posWidth)}  ${severity}  ${cleanLine(m.message)}  ${style.dim(m.rule)}`);
  }
  return out.length > 0 ? `${out.join('\n')}\n` : '';
}

/** The closing count, for stderr: "2 errors and 1 warning in 2 of 5 briefs; 1 fixable with --fix". */
export function formatCount(messages: LintMessage[], files: number, style: Style): string {
  const errors = messages.filter((m) => m.severity === 'error').length;
  const warnings = messages.length - errors;
  const fixable = messages.filter((m) => m.fix).length;
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  const briefs = plural(files, 'brief');
  if (messages.length === 0) return `${style.done('✔')} ${briefs} checked, no problems\n`;
  const withProblems = new Set(messages.map((m) => m.file)).size;
  const mark = errors > 0 ? style.error('✖') : style.warn('⚠');
  return `${mark} ${plural(errors, 'error')} and ${plural(warnings, 'warning')} in ${withProblems} of ${briefs}` +
    `${fixable > 0 ? `; ${fixable} fixable with --fix` : ''}\n`;
}
