/** `--format sarif`: SARIF 2.1.0, for code-scanning tools. */
import { sep } from 'node:path';
import type { LintMessage } from '../types.js';
import { formatJSON } from '../../render/json.js';
import { VERSION } from '../../version.js';

export interface RuleInfo { id: string; description: string; defaultSeverity: string }

const DOCS = 'docs/lint-rules.md';

/**
 * A file path as an RFC 3986 URI reference: each segment percent-encoded (space, newline, ESC,
 * `%`, `#`, `?`, `:` and non-ASCII included), `/` kept, so a name cannot end the path early or
 * pass a control character to the tool that reads the report. On Windows a drive (`C:`) becomes
 * `/C:`, a path-absolute reference whose colon is not read as a scheme.
 */
export function pathToUriReference(path: string, separator: string = sep): string {
  // On Windows a backslash separates folders; elsewhere it is a character of the name, and is encoded.
  const windows = separator === '\\';
  const slashed = windows ? path.split('\\').join('/') : path;
  const drive = windows ? /^[A-Za-z]:\//.exec(slashed)?.[0] : undefined;
  const rest = drive ? slashed.slice(drive.length) : slashed;
  // Lone surrogates (not from a file system, but a message's file is a plain string) become U+FFFD,
  // which encodeURIComponent can encode.
  const wellFormed = rest.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
  const encoded = wellFormed.split('/').map(encodeURIComponent).join('/');
  return drive ? `/${drive}${encoded}` : encoded;
}

export function formatSarif(messages: LintMessage[], rules: RuleInfo[]): string {
  const index = new Map(rules.map((r, i) => [r.id, i]));
  return formatJSON({
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'brief',
          version: VERSION,
          rules: rules.map((r) => ({
            id: r.id,
            shortDescription: { text: r.description },
            helpUri: `${DOCS}#${r.id}`,
            defaultConfiguration: { level: r.defaultSeverity === 'off' ? 'none' : r.defaultSeverity === 'error' ? 'error' : 'warning', enabled: r.defaultSeverity !== 'off' },
          })),
        },
      },
      results: messages.map((m) => ({
        ruleId: m.rule,
        ...(index.has(m.rule) ? { ruleIndex: index.get(m.rule) } : {}),
        level: m.severity === 'error' ? 'error' : 'warning',
        message: { text: m.message },
        locations: [{
          physicalLocation: {
            artifactLocation: { uri: pathToUriReference(m.file) },
            region: { startLine: m.line, startColumn: m.column },
          },
        }],
      })),
    }],
  });
}
