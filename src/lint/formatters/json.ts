/** `--format json`: the contract's array of {file, line, column, severity, rule, message}. */
import type { LintMessage } from '../types.js';
import { formatJSONArrayChunks } from '../../render/json.js';

const fields = ({ file, line, column, severity, rule, message }: LintMessage) => ({ file, line, column, severity, rule, message });

/** The output in pieces, to write as they come (see formatJSONArrayChunks). */
export function jsonChunks(messages: readonly LintMessage[]): Iterable<string> {
  return formatJSONArrayChunks(messages, fields);
}

export function formatJson(messages: readonly LintMessage[]): string {
  return [...jsonChunks(messages)].join('');
}
