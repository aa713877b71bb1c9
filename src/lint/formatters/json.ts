/** `--format json`: the contract's array of {file, line, column, severity, rule, message}. */
import type { LintMessage } from '../types.js';
import { formatJSON } from '../../render/json.js';

export function formatJson(messages: LintMessage[]): string {
  return formatJSON(messages.map(({ file, line, column, severity, rule, message }) => ({ file, line, column, severity, rule, message })));
}
